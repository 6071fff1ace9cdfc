import FactDeskKit

/// Rule `fact-never-held`: a figure that no period of the reference data ever had, for a claim
/// whose day the reference data does not cover — the draft has no publication date, or was
/// published outside the known periods — as long as the figure does not lie beyond the known
/// values on the side of the uncovered time ("54 member countries" in 2022, before a period of
/// 56, may be the count then). Without a publication date, the text's own time (``TextPeriod``:
/// its complete dates, the editions it names by their place or their number) stands for it when it
/// lies before every period. The evidence lists the known values and their periods.
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
            NumberExamples.french(
                "Les délégués se sont réunis à Lyon le 3 mars 2022. INTERPOL compte 190 pays membres.", published: nil),
            NumberExamples.english(
                "Delegates met in Lyon on March 3, 2022. INTERPOL has 190 member countries.", published: nil),
            RuleExample(
                "The Harbour Summit opened in Tallinn. The 30-nation Harbour League elected its chair.", language: .en,
                reference: harbour),
            RuleExample(
                "Le sommet du Port s’est ouvert à Tallinn. La Ligue du Port compte 30 pays membres.", language: .fr,
                reference: harbour),
            RuleExample(
                "The Harbour Summit opened in Riga. The ⟦30-nation⟧ Harbour League elected its chair.", language: .en,
                reference: harbour),
            RuleExample("The ⟦30-nation⟧ Harbour League elected its chair.", language: .en, reference: harbour),
            RuleExample(
                "The 11th Harbour Summit opened on Friday. The 30-nation Harbour League elected its chair.",
                language: .en, reference: harbour),
            RuleExample(
                "Le 11e sommet du Port s’est ouvert vendredi. La Ligue du Port compte 30 pays membres.",
                language: .fr, reference: harbour),
            RuleExample(
                "The 12th Harbour Summit opened on Friday. The ⟦30-nation⟧ Harbour League elected its chair.",
                language: .en, reference: harbour),
        ])

    /// An invented league of 32 members since July 2023 and its summit, held in Tallinn in 2022
    /// and in Riga in 2024, for the examples of a text that tells its time by an edition.
    static let harbour = InMemoryReference(
        [
            .init(
                id: "harbour-league", kind: .organization, names: ["Harbour League", "Ligue du Port"],
                facts: [NumericFact(property: "member-countries", value: 32, from: PartialDate(year: 2023, month: 7, day: 3))]),
            .init(
                id: "harbour-summit", kind: .series, names: ["Harbour Summit", "sommet du Port"],
                editions: [
                    ReferenceEdition(
                        number: 11, start: PartialDate(year: 2022), end: nil, placeSpellings: ["Tallinn"],
                        source: ReferenceSource()),
                    ReferenceEdition(
                        number: 12, start: PartialDate(year: 2024, month: 5, day: 2), end: PartialDate(year: 2024, month: 5, day: 4),
                        placeSpellings: ["Riga"], source: ReferenceSource()),
                ]),
        ],
        properties: [
            ReferenceProperty(
                id: "member-countries",
                terms: [.fr: ["pays membres"], .en: ["member countries"]])
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
