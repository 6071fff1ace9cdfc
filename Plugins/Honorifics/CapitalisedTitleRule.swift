import FactDeskKit

/// Rule `capitalised-title`: in French, a title right before a person's name takes a lowercase
/// initial ("le roi Mohammed VI", "le général-major Ahmed Naser Al-Raisi", "le secrétaire
/// général Valdecy Urquiza"). Titles come from the module's list and from the roles of the
/// reference data.
enum CapitalisedTitleRule {
    /// The words a title follows: articles, alone or merged with a preposition.
    static let articles: Set<String> = ["le", "la", "l", "les", "du", "au", "aux", "des"]

    static let descriptor: RuleDescriptor = {
        let reference = InMemoryReference([
            .init(
                id: "anne-martin", kind: .person, names: ["Anne Martin"],
                roles: [
                    ReferenceRole(title: [.fr: "procureure fédérale", .en: "Federal Prosecutor"], organization: "ch")
                ])
        ])
        return RuleDescriptor(
            id: "capitalised-title", severity: .info,
            summary: "A French title before a name written with a capital (le Roi Mohammed VI).",
            examples: [
                RuleExample("Le ⟦Roi⟧ Mohammed VI a adressé un message aux délégués.", language: .fr),
                RuleExample("Le discours du ⟦Général-Major⟧ Ahmed Naser Al-Raisi a ouvert la session.", language: .fr),
                RuleExample("Selon le ⟦Secrétaire Général⟧ Valdecy Urquiza, la coopération progresse.", language: .fr),
                RuleExample("La ⟦Procureure fédérale⟧ Anne Martin a témoigné.", language: .fr, reference: reference),
                RuleExample("Le roi Mohammed VI a adressé un message aux délégués.", language: .fr),
                RuleExample("Le Secrétaire général a salué les délégués.", language: .fr),
                RuleExample("La Procureure fédérale Anne Martin a témoigné.", language: .fr),
                RuleExample("Le GÉNÉRAL Dupont a parlé.", language: .fr),
            ])
    }()

    /// The capitalised titles before names in a French document.
    static func findings(in words: WordSequence, titles: TitleLexicon, checker: String) -> [Finding] {
        guard words.document.language == .fr else { return [] }
        var findings: [Finding] = []
        var index = 1
        while index < words.words.count {
            guard articles.contains(words.folded(index - 1)), words.areAdjacent(index - 1, index),
                let length = titles.longestTitle(at: index, in: words),
                (index..<index + length).contains(where: words.isCapitalised),
                !(index..<index + length).contains(where: words.isAllCapitals),
                index + length < words.words.count, words.areAdjacent(index + length - 1, index + length),
                words.isCapitalised(index + length)
            else {
                index += 1
                continue
            }
            let span = words.span(index...(index + length - 1))
            let written = words.document.text(in: span)
            let lowered = written.lowercased()
            findings.append(
                words.document.finding(
                    checker: checker, rule: descriptor.id, severity: descriptor.severity, span: span,
                    message: "« \(written) » : devant un nom, le titre s’écrit en minuscules (« \(lowered) »).",
                    suggestions: [lowered]))
            index += length
        }
        return findings
    }
}
