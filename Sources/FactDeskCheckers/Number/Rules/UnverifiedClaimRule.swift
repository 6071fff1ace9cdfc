import FactDeskKit

/// Rule `unverified-claim` (off by default): a figure for a property the reference data knows,
/// that no reference fact could confirm — no subject the reference data knows, or no fact of that
/// property for the subject on the day the claim speaks of.
struct UnverifiedClaimRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "unverified-claim", severity: .info,
        summary: "A figure for a known property that no reference fact confirms.",
        examples: [
            NumberExamples.french("Selon les organisateurs, l’assemblée réunit ⟦plus de 1 200 participants⟧."),
            NumberExamples.french("L’ONU compte ⟦193 États membres⟧."),
            NumberExamples.english("Europol had a ⟦budget of €200m⟧ last year."),
            NumberExamples.french("INTERPOL compte 196 pays membres et un budget de 176 M€."),
            NumberExamples.french("Selon les organisateurs, plus de 1 200 délégués sont inscrits."),
            NumberExamples.english("INTERPOL’s 195 member countries met."),
        ],
        enabledByDefault: false)

    func findings(in check: NumberCheck) -> [Finding] {
        zip(check.claims, check.verdicts).compactMap { claim, verdict -> Finding? in
            guard !claim.isPart else { return nil }
            let quoted = check.document.text(in: claim.span)
            guard let subject = claim.subject else {
                return check.finding(
                    descriptor, at: claim.span, message: check.wording.unverifiedWithoutSubject(quoted: quoted))
            }
            guard case .unverified = verdict else { return nil }
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.unverified(
                    quoted: quoted, term: check.document.text(in: claim.term), subject: subject.name))
        }
    }
}
