import FactDeskKit

/// Rule `transliterated-name`: a name romanised otherwise than the reference data's accepted
/// spellings ("Sergei Lavrov" for "Sergey Lavrov", "Mohamed VI" for "Mohammed VI", "Poutine"
/// for "Putin", "Tchad" for "Chad", "Ka'bi" for "Kaabi": ``Transliteration``), found however
/// many letters apart within ``NameResolver/transliterationEdits(length:)``. Common in real
/// copy, so a warning, with the reference spelling as suggestion; a form the reference data
/// lists is accepted. Another Roman numeral is another name ("Mohammed VII", "World War II" for
/// "World War I").
struct TransliteratedNameRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: NameExamples.reference)
        }
        return RuleDescriptor(
            id: "transliterated-name", severity: .warning,
            summary: "A name romanised otherwise than the reference data's accepted spelling.",
            examples: [
                example("INTERPOL President ⟦Ahmed Naser Al-Raissi⟧ thanked King ⟦Mohamed VI⟧.", .en),
                example("Le roi ⟦Mohamed VI⟧ a reçu le président Ahmed Naser Al-Raisi.", .fr),
                example("Ahmed Naser Al-Raisi arrived; later Dr. ⟦Al-Raissi⟧ spoke first.", .en),
                example("Hier, le ministre ⟦Benaly⟧ a salué les délégués.", .fr),
                example("Hier, le ministre Benani a salué les délégués.", .fr),
                example("Le ministre Sergueï Lavrov est arrivé à Marrakech.", .fr),
                example("Le président Ahmed Naser Al-Raisi a remercié le roi Mohammed VI.", .fr),
                example("Le secrétaire général, Valdecy Urquisa, a salué les délégués.", .fr),
                example("Hier, le président ⟦Poutine⟧ a reçu ⟦Oleh Khmeltchenko⟧ à Marrakech.", .fr),
                example("Foreign Minister ⟦Khmelshenko⟧ then thanked Dr. ⟦Al-Raysi⟧ and King ⟦Mohammad VI⟧.", .en),
                example("Foreign Minister Oleh Khmelchenko met President Putin and Putin’s aides.", .en),
                example("Moody’s and the Pouting Club met Oleh Khmelchenko in Marrakesh.", .en),
                example("Le ministre Mohammed Ould Benali a salué Khmelchenko.", .fr),
                example("Les secours sont arrivés à ⟦Kahramanmarach⟧ puis à Kahramanmaras.", .fr),
                example("Adviser ⟦Mansour Kaddour⟧ met ⟦Mansour Qaddour⟧’s staff.", .en),
                example("Le conseiller ⟦Mansour Gaddour⟧ a reçu ⟦Evgueni Tarojine⟧.", .fr),
                example("Adviser Mansour Gaddour met Yevgeny Tarozhin; then Gaddour left.", .en),
                example("Le conseiller Mansour Kaddour a reçu Yevgeny Tarozhin.", .fr),
                example("King Mohammed VII is not King ⟦Mohamed VI⟧.", .en),
                example("INTERPOL President ⟦Ahmed Naser El-Raisi⟧ arrived; Ahmed Naser Raisi spoke.", .en),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        MisspelledNameRule.findings(of: descriptor, in: check) { $0 == .transliteration }
    }
}
