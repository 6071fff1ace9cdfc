import FactDeskKit

/// Examples of a gap stated between two percentages (``PercentGaps``).
enum PercentGapsExamples {
    /// `internal-inconsistency`: a gap between two percentages that neither reading, in points or
    /// as a share, allows (``PercentGaps``), and gaps that one reading allows.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("Attendance was ⟦52.2%, over 9% less than the 55%⟧ of the last season."),
        NumberExamples.french("La fréquentation atteint ⟦52,2 %, soit plus de 9 points de moins que les 55 %⟧ de 2020."),
        NumberExamples.english("Attendance was 44.2%, over 9% less than the 55% of the last season."),
        NumberExamples.english("Attendance was 50.2%, 9% less than the 55% of the last season."),
        NumberExamples.french("La fréquentation atteint 44,2 %, soit plus de 9 points de moins que les 55 % de 2020."),
        NumberExamples.english("Attendance was 61.5%, some 7% more than the 57% of 2020."),
    ]
}
