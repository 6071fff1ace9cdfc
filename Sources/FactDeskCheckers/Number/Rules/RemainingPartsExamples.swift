import FactDeskKit

/// Examples of a part filled and the rest still to fill that do not make their whole (``RemainingParts``).
enum RemainingPartsExamples {
    /// `internal-inconsistency`: « A sièges sur B … il reste C sièges à pourvoir » and "A of the B
    /// seats … leaving C seats to be decided" with A + C ≠ B; not when they add up, when the
    /// rest counts another noun, nor when the part is a side's share ("won 31 of the 92 seats").
    static let inconsistent: [RuleExample] = [
        NumberExamples.french(
            "Au total, ⟦40 sièges sur 118⟧ ont été pourvus dimanche. Il reste donc 80 sièges à pourvoir au second tour."),
        NumberExamples.english(
            "Voters filled ⟦31 of the 92⟧ seats on Sunday, leaving 63 seats to be decided in the run-off."),
        NumberExamples.english("Voters filled ⟦31 of the 92⟧ seats on Sunday. 63 seats remain to be filled next week."),
        NumberExamples.french(
            "Au total, 40 sièges sur 120 ont été pourvus dimanche. Il reste donc 80 sièges à pourvoir au second tour."),
        NumberExamples.english(
            "Voters filled 31 of the 92 seats on Sunday, leaving 61 seats to be decided in the run-off."),
        NumberExamples.french(
            "Au total, 40 sièges sur 118 ont été pourvus dimanche. Il reste donc 80 mandats à attribuer ailleurs."),
        NumberExamples.english(
            "Lakeland Unity won 31 of the 92 seats on Sunday, leaving 40 seats to be decided in the run-off."),
    ]
}
