import FactDeskKit

/// Rule `folded-accents` (off by default): a name written without the accents of its accepted
/// spelling ("Francois Hollande", "Jose Mujica", "Sebastien Ogier"), in any draft. English copy
/// often drops accents, so the name checker accepts these forms there (French drafts report
/// them through `missing-accent`); a workspace that wants them written in full everywhere sets
/// `strict-accents: true` in its `factdesk.yml` (or a run passes `--enable name/folded-accents`),
/// and they are warnings. Accents added or changed ("Urquizá") are misspellings either way.
struct FoldedAccentsRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: NameExamples.accentedReference)
        }
        return RuleDescriptor(
            id: "folded-accents", severity: .warning,
            summary: "A name written without the accents of its accepted spelling (on with strict-accents: true).",
            examples: [
                example("Le ministre ⟦Jose Mujica⟧ est arrivé à Montevideo.", .fr),
                example("Le pilote ⟦Sebastien Ogier⟧ a gagné ; José Mujica a applaudi.", .fr),
                example("Le ministre José Mujica est arrivé ; Sébastien Ogier a gagné.", .fr),
                example("JOSE MUJICA ARRIVE À MONTEVIDEO", .fr),
            ],
            enabledByDefault: false)
    }()

    func findings(in check: NameCheck) -> [Finding] {
        MisspelledNameRule.findings(of: descriptor, in: check) { $0 == .foldedAccents }
    }
}
