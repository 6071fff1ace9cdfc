import FactDeskKit

/// Examples of a figure compared with another (``ComparedFigures``).
enum ComparedFiguresExamples {
    /// `internal-inconsistency`: a figure said to be below or above another that it is not, and
    /// comparisons the figures bear out.
    static let inconsistent: [RuleExample] = [
        NumberExamples.french(
            "La foire a attiré ⟦88 600 visiteurs en dix jours, soit un peu moins que le record de 2019 (85 200⟧ visiteurs)."),
        NumberExamples.french(
            "La foire a attiré 84 600 visiteurs en dix jours, soit un peu moins que le record de 2019 (85 200 visiteurs)."),
        NumberExamples.english("Turnout reached ⟦61%, higher than the 63%⟧ of 2020."),
        NumberExamples.english("Turnout reached 61%, lower than the 63% of 2020."),
        // A figure right after "than" is a bound; a gap before "more" compares nothing itself.
        NumberExamples.english("The fair drew 300 visitors, more than 250 of them professionals."),
        NumberExamples.english("The city now has 343 districts, five more than the previous 338."),
    ]
}
