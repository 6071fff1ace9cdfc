import FactDeskKit
import FactDeskReference
import Yams

extension PackRuleReader {
    /// A rule's examples: texts, or `{text, language}` mappings, with `⟦…⟧` around each span the
    /// rule must flag; at least one that triggers and one that does not.
    mutating func examples(_ node: Node, languages: [Language]) -> [PackExample] {
        guard let items = nodes.list(node, "examples") else { return [] }
        guard items.count <= limits.examplesPerRule else {
            nodes.report(
                "'examples' has \(items.count) entries, more than the limit of \(limits.examplesPerRule)", at: node)
            return []
        }
        let defaultLanguage = Language.allCases.first(where: languages.contains) ?? .fr
        let examples = items.compactMap { item -> PackExample? in
            let line = item.mark?.line ?? 1
            if case .scalar = item {
                return nodes.text(item, "example").map {
                    PackExample(example: RuleExample($0, language: defaultLanguage), line: line)
                }
            }
            guard let fields = nodes.fields(item, of: "example", allowed: ["text", "language"], required: ["text"]),
                let text = fields["text"].flatMap({ nodes.text($0, "text") })
            else { return nil }
            let language = fields["language"].flatMap { nodes.language($0, "language") } ?? defaultLanguage
            if let languageNode = fields["language"], !languages.contains(language) {
                nodes.report("the rule has no message in '\(language.rawValue)'", at: languageNode)
            }
            return PackExample(example: RuleExample(text, language: language), line: line)
        }
        if !examples.contains(where: \.example.triggers) {
            nodes.report("'examples' needs at least one text with ⟦…⟧ around what the rule flags", at: node)
        }
        if !examples.contains(where: { !$0.example.triggers }) {
            nodes.report("'examples' needs at least one text the rule must leave alone (no ⟦…⟧)", at: node)
        }
        return examples
    }
}
