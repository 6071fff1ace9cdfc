import FactDeskKit

/// `name-mismatch`: the same person or organisation spelt otherwise in the other version, when
/// a spelling is off the reference data or, where it knows neither, the two are a few edits
/// apart. Spellings the reference accepts for one subject (« Marrakech », "Marrakesh") agree.
struct NameMismatchRule: ParityRule {
    var descriptor: RuleDescriptor {
        RuleDescriptor(
            id: "name-mismatch", severity: .error,
            summary: "The other-language version spells the same person or organisation otherwise, off the reference data.",
            examples: ParityExamples.nameMismatch)
    }

    func findings(in check: ParityCheck) -> [Finding] {
        check.comparison.divergences.compactMap { divergence in
            guard case .otherSpelling(let other) = divergence.outcome,
                case .name(let name) = divergence.fact.value, case .name(let otherName) = other.value
            else { return nil }
            let suggestion = name.suggestion ?? otherName.suggestion
            return check.finding(
                descriptor, at: divergence.fact,
                message: check.wording.otherSpelling(divergence.fact.text, other: other.text, suggestion: suggestion),
                suggestions: name.suggestion.map { [$0] } ?? [],
                evidence: [check.wording.evidence(other, in: check.other)])
        }
    }
}
