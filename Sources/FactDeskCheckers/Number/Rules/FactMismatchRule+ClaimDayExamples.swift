import FactDeskKit

/// Examples of `fact-mismatch` for a count dated in the weeks after the publication date, held
/// against the facts of that day, and for a count in a draft without a publication date, held
/// against the facts of the day the text's own dates give (Europol: 27 member states since
/// February 2020, in ``NumberExamples``, published on 24 November 2025).
extension FactMismatchRule {
    static let claimDayExamples: [RuleExample] = [
        NumberExamples.english("On December 12, 2025, Europol’s ⟦28 member states⟧ will meet in The Hague."),
        NumberExamples.english("On December 12, 2025, Europol’s 27 member states will meet in The Hague."),
        NumberExamples.french("Le 12 décembre 2025, les ⟦28 États membres⟧ d’Europol se réuniront à La Haye."),
        NumberExamples.french("Le 12 décembre 2025, les 27 États membres d’Europol se réuniront à La Haye."),
        // Years ahead, the count may have changed.
        NumberExamples.english("In 2031, Europol’s 28 member states will meet in The Hague."),
        NumberExamples.english("On 12 December 2025, the ⟦28 member states⟧ of Europol met in The Hague.", published: nil),
        NumberExamples.english("On 12 December 2025, the 27 member states of Europol met in The Hague.", published: nil),
        NumberExamples.french("Le 12 décembre 2025, les ⟦28 États membres⟧ d’Europol se sont réunis.", published: nil),
    ]
}
