import FactDeskKit

/// Rule `missing-accent`: in a French draft, a name written without the accents of the lowercase
/// letters of its accepted spelling (« Sebastien Ogier », « Leila Slimani », « Benoit XVI »).
/// French spelling keeps those accents, and published French copy writes them; English copy
/// often folds them, so English drafts are left alone (a workspace that wants them everywhere
/// sets `strict-accents: true`, and `folded-accents` reports them instead). A capital without
/// its accent (« Etienne ») is accepted.
struct MissingAccentRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: NameExamples.accentedReference)
        }
        return RuleDescriptor(
            id: "missing-accent", severity: .warning,
            summary: "A name in a French draft written without the accents of its lowercase letters.",
            examples: [
                example("Le ministre ⟦Jose Mujica⟧ est arrivé à Montevideo.", .fr),
                example("Le pilote ⟦Sebastien Ogier⟧ a gagné ; José Mujica a applaudi.", .fr),
                example("Le ministre José Mujica est arrivé ; Sébastien Ogier a gagné.", .fr),
                example("JOSE MUJICA ARRIVE À MONTEVIDEO", .fr),
                example("The driver Sebastien Ogier won the rally.", .en),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        guard check.document.language == .fr, !check.strictAccents else { return [] }
        return MisspelledNameRule.findings(of: descriptor, in: check) { $0 == .foldedAccents }
    }
}
