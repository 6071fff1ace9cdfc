import FactDeskKit

/// Examples of spoilt ballots given with their share beside the valid ones (``SpoiltShares``).
enum SpoiltSharesExamples {
    /// `internal-inconsistency`: a share of spoilt ballots that neither all the ballots cast nor
    /// the valid ones make, and shares that one of them makes.
    static let inconsistent: [RuleExample] = [
        NumberExamples.english("The board counted 9,840 valid votes and ⟦160 spoilt votes, which equates to 2.6%⟧."),
        NumberExamples.english("The board counted 920 310 valid votes and ⟦15 150 spoilt votes, which equates to 1.9%⟧."),
        NumberExamples.french("Le bureau a compté 9 840 suffrages exprimés et ⟦160 bulletins nuls, soit 2,6 %⟧."),
        NumberExamples.english("The board counted 9,840 valid votes and 160 spoilt votes, which equates to 1.6%."),
        NumberExamples.english("The board counted 920 310 valid votes and 15 150 spoilt votes, which equates to 1.6%."),
        NumberExamples.french("Le bureau a compté 9 840 suffrages exprimés et 160 bulletins nuls, soit 1,6 %."),
        NumberExamples.english("The board counted 9,840 valid votes and 160 spoilt votes; turnout was 2.6% higher."),
    ]
}
