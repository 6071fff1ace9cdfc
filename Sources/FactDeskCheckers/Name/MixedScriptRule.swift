import FactDeskKit

/// Rule `mixed-script`: a name whose words mix Latin letters with Cyrillic or Greek look-alikes
/// ("Mаrrakech" with a Cyrillic а), the classic copy-paste and spoofing error. The suggestion is
/// the name in Latin letters; the name is checked against the reference data in that form, so
/// it is not also reported as misspelt. Needs no reference data.
struct MixedScriptRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        RuleDescriptor(
            id: "mixed-script", severity: .warning,
            summary: "A name that mixes Latin letters with Cyrillic or Greek look-alikes.",
            examples: [
                RuleExample("Les délégués sont arrivés à ⟦M\u{0430}rrakech⟧ lundi.", language: .fr),
                RuleExample("The INTERPOL delegates met ⟦Valde\u{0441}y Urquiza⟧.", language: .en),
                RuleExample("⟦\u{0399}NTERPOL⟧ met in Lyon.", language: .en),
                RuleExample("La délégation de Москва et d’Αθήνα est arrivée à Marrakech.", language: .fr),
                RuleExample("Valdecy Urquiza met Ahmed Naser Al-Raisi in Marrakesh.", language: .en),
            ], scope: .paragraph)
    }()

    func findings(in check: NameCheck) -> [Finding] {
        check.candidates.compactMap { candidate in
            guard let latinised = Lookalikes.latinised(candidate.text) else { return nil }
            let isLatin = Lookalikes.latinised(latinised.text) == nil
            return check.finding(
                descriptor, span: candidate.span,
                message: check.wording.mixedScript(candidate.text, foreign: latinised.foreign),
                suggestions: isLatin ? [latinised.text] : [],
                evidence: latinised.foreign.map { letter in
                    Evidence(
                        statement:
                            "U+\(String(letter.value, radix: 16, uppercase: true)) \(letter.properties.name ?? "") is not a Latin letter"
                    )
                })
        }
    }
}
