import FactDeskKit

/// Rule `fact-mismatch`: a claim that contradicts the reference value in force on the day it
/// speaks of ("195 pays membres" when INTERPOL has 196 since November 2024).
struct FactMismatchRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "fact-mismatch", severity: .error,
        summary: "A figure that contradicts the reference value in force on the publication date.",
        examples: [
            NumberExamples.french("Les délégués des ⟦194 pays membres⟧ d’INTERPOL sont réunis."),
            NumberExamples.french("INTERPOL compte désormais ⟦cent quatre-vingt-dix-sept pays membres⟧."),
            NumberExamples.french("Pour INTERPOL, le ⟦nombre de pays membres est de 190⟧."),
            NumberExamples.french("INTERPOL réunit ⟦plus de 200 pays membres⟧ cette semaine."),
            NumberExamples.english("Delegates from Europol’s ⟦28 member states⟧ attended."),
            NumberExamples.english("INTERPOL has a ⟦budget of €1.5bn⟧ this year."),
            NumberExamples.french("Les délégués des 196 pays membres d’INTERPOL sont réunis."),
            NumberExamples.french("INTERPOL réunit près de 200 pays membres et plus de 190 États membres."),
            NumberExamples.french("Europol et ses 27 États membres ; INTERPOL, 196 pays membres."),
            NumberExamples.french("À la page 195 pays membres du rapport d’INTERPOL."),
            NumberExamples.french("L’ONU compte 193 États membres, INTERPOL en compte davantage."),
            NumberExamples.french("« Nous étions 190 pays membres », rappelle le président d’INTERPOL."),
            NumberExamples.english("INTERPOL’s 196 member countries and a budget of €176m."),
            NumberExamples.english("In 2024, INTERPOL had 195 member countries before Glasgow."),
        ])

    func findings(in check: NumberCheck) -> [Finding] {
        guard let facts = check.facts else { return [] }
        return check.claims.compactMap { claim -> Finding? in
            guard !claim.isPart, let subject = claim.subject,
                case .mismatch(let fact) = FactVerdict(
                    claim, facts: facts.numericFacts(claim.property, of: subject.id),
                    published: check.document.published),
                claim.canClaimTotal(fact.value)
            else { return nil }
            let quoted = check.document.text(in: claim.span)
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.factMismatch(
                    quoted: quoted, subject: subject.name, period: claim.period, fact: fact),
                suggestions: [check.correction(of: claim, to: fact.value)],
                evidence: [FactEvidence.statement(fact, subject: subject.id)]
                    + FactEvidence.reading(of: claim, wording: check.wording))
        }
    }
}
