import FactDeskKit

/// Rule `fact-never-held`: a figure that no period of the reference data ever had, for a claim
/// whose day the reference data does not cover — the draft has no publication date, or was
/// published outside the known periods — as long as the figure does not lie beyond the known
/// values on the side of the uncovered time ("54 member countries" in 2022, before a period of
/// 56, may be the count then). The evidence lists the known values and their periods.
struct FactNeverHeldRule: NumberRule {
    let descriptor = RuleDescriptor(
        id: "fact-never-held", severity: .warning,
        summary: "A figure that no known period of the reference data had, on a day it does not cover.",
        examples: [
            NumberExamples.french("INTERPOL compte ⟦190 pays membres⟧.", published: nil),
            NumberExamples.english("Europol’s ⟦28 member states⟧ agreed.", published: nil),
            NumberExamples.english(
                "INTERPOL has ⟦199 member countries⟧.", published: CalendarDate(year: 2022, month: 3, day: 1)),
            NumberExamples.french("INTERPOL compte 195 pays membres.", published: nil),
            NumberExamples.english("Europol’s 27 member states agreed.", published: nil),
            NumberExamples.english(
                "INTERPOL has 194 member countries.", published: CalendarDate(year: 2022, month: 3, day: 1)),
            NumberExamples.english("In 2019, INTERPOL had 194 member countries.", published: nil),
        ])

    func findings(in check: NumberCheck) -> [Finding] {
        zip(check.claims, check.verdicts).compactMap { claim, verdict -> Finding? in
            guard let subject = claim.subject, case .neverHeld(let known) = verdict, let latest = known.last,
                claim.canClaimTotal(latest.value)
            else { return nil }
            return check.finding(
                descriptor, at: claim.span,
                message: check.wording.factNeverHeld(
                    quoted: check.document.text(in: claim.span), subject: subject.name, facts: known,
                    published: check.document.published),
                evidence: known.map { FactEvidence.statement($0, subject: subject.id) }
                    + FactEvidence.reading(of: claim, wording: check.wording))
        }
    }
}
