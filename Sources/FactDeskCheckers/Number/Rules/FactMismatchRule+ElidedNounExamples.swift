import FactDeskKit

/// Examples of `fact-mismatch` for a count after « dont » whose noun is left out and whose words
/// finish a longer term of the noun before (« 83 films, dont 21 en compétition »): it states that
/// term's property, while the noun alone before « dont » counts more and is no claim of it (not
/// « 12 films français, dont 5 en compétition », whose noun is qualified). Their reference data:
/// the 2025 Lakeside Film Festival (21 films in competition), as for ``participleExamples``.
extension FactMismatchRule {
    static let elidedNounExamples: [RuleExample] = [
        french("Le Festival de Lakeside 2025 présente 83 films, dont ⟦23 en compétition⟧."),
        french("Le Festival de Lakeside 2025 présente 83 films, dont 21 en compétition."),
        french("Le Festival de Lakeside 2025 présente 12 films français, dont 5 en compétition."),
    ]

    private static func french(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: participleReference)
    }
}
