import FactDeskKit

/// Rule `fact-outdated`: a figure that was right at an earlier date but not on the day the claim
/// speaks of ("195 pays membres" in 2025, when INTERPOL had 195 until October 2024).
struct FactOutdatedRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "fact-outdated", severity: .warning,
        summary: "A figure that was right at an earlier date but not on the publication date.",
        examples: [
            NumberExamples.french("Les chefs de police des ⟦195 pays membres⟧ d’INTERPOL sont à Marrakech."),
            NumberExamples.french("INTERPOL, qui compte ⟦cent quatre-vingt-quinze États membres⟧, se réunit."),
            NumberExamples.english("INTERPOL’s ⟦195 member countries⟧ met in Marrakesh."),
            NumberExamples.french("Les chefs de police des 196 pays membres d’INTERPOL sont à Marrakech."),
            NumberExamples.french("En 2024, avant Glasgow, INTERPOL comptait 195 pays membres."),
            NumberExamples.english("INTERPOL had 195 member countries in 2023; it has 196 today."),
            NumberExamples.english("INTERPOL’s 194 member countries were invited."),
        ])

    func findings(in check: NumberCheck) -> [Finding] {
        zip(check.claims, check.verdicts).compactMap { claim, verdict -> Finding? in
            guard let subject = claim.subject, case .outdated(let current, let earlier) = verdict,
                claim.canClaimTotal(current.value)
            else { return nil }
            let quoted = check.document.text(in: claim.span)
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.factOutdated(
                    quoted: quoted, subject: subject.name, current: current, earlier: earlier),
                suggestions: [check.correction(of: claim, to: current.value)],
                evidence: [
                    FactEvidence.statement(current, subject: subject.id),
                    FactEvidence.statement(earlier, subject: subject.id),
                ] + FactEvidence.reading(of: claim, wording: check.wording))
        }
    }
}
