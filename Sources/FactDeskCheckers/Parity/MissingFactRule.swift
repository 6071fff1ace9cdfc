import FactDeskKit

/// `missing-fact`: a figure, date or reference name in the draft that the other version states
/// neither in the aligned paragraph nor anywhere else, in any form (rounded and bounded figures
/// count: « plus de 1 200 » states "1,200").
struct MissingFactRule: ParityRule {
    var descriptor: RuleDescriptor {
        RuleDescriptor(
            id: "missing-fact", severity: .warning,
            summary: "A figure, date or name of the draft that its other-language version does not state.",
            examples: ParityExamples.missingFact)
    }

    func findings(in check: ParityCheck) -> [Finding] {
        check.comparison.divergences.compactMap { divergence in
            guard case .missing = divergence.outcome else { return nil }
            return check.finding(
                descriptor, at: divergence.fact, message: check.wording.missing(divergence.fact.text),
                evidence: [check.wording.paragraphEvidence(divergence.paragraph, in: check.other)])
        }
    }
}
