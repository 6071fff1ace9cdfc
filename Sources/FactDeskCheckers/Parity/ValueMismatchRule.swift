import FactDeskKit

/// `value-mismatch`: the same fact with another value in the other version — a count, a
/// percentage, a date, a weekday, an edition number, a duration.
struct ValueMismatchRule: ParityRule {
    var descriptor: RuleDescriptor {
        RuleDescriptor(
            id: "value-mismatch", severity: .error,
            summary: "The other-language version gives the same fact another value: a count, a percentage, a date, an edition, a duration.",
            examples: ParityExamples.valueMismatch)
    }

    func findings(in check: ParityCheck) -> [Finding] {
        check.comparison.divergences.compactMap { divergence in
            guard case .otherValue(let other) = divergence.outcome else { return nil }
            return check.finding(
                descriptor, at: divergence.fact, message: check.wording.otherValue(divergence.fact.text, other: other.text),
                evidence: [check.wording.evidence(other, in: check.other)])
        }
    }
}
