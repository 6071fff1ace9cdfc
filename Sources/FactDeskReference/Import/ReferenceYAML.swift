import FactDeskKit
import Yams

/// Writes reference data as the YAML that ``ReferenceLoader`` reads: one entity per item, its
/// names on one line, one fact per line.
public enum ReferenceYAML {
    /// The YAML document for some entities, after a comment line saying where they came from.
    public static func document(entities: [Entity], comment: String) throws -> String {
        let root = Node([(scalar("entities"), Node(entities.map(node), .implicit, .block))])
        let body = try Yams.serialize(node: root, indent: 2, width: -1, allowUnicode: true)
        return commentLines(comment) + body
    }

    /// A comment, each of its lines after `# `.
    static func commentLines(_ comment: String) -> String {
        comment.split(separator: "\n").map { "# \($0)\n" }.joined()
    }

    /// The items of the `entities:` list of ``document(entities:comment:)`` for some entities
    /// (at least one), without the key: a document is written a batch of entities at a time by
    /// writing `entities:` once, then the items of each batch.
    static func entityItems(_ entities: [Entity]) throws -> String {
        let document = try Self.document(entities: entities, comment: "")
        guard document.hasPrefix("entities:\n") else { return "" }
        return String(document.dropFirst("entities:\n".count))
    }

    private static func node(_ entity: Entity) -> Node {
        var pairs: [(Node, Node)] = [
            (scalar("id"), scalar(entity.id)),
            (scalar("kind"), scalar(entity.kind.rawValue)),
            (scalar("names"), Node(entity.names.map(node), .implicit, .flow)),
        ]
        if !entity.facts.isEmpty {
            pairs.append((scalar("facts"), Node(entity.facts.map(node), .implicit, .block)))
        }
        return Node(pairs, .implicit, .block)
    }

    private static func node(_ name: Name) -> Node {
        guard let language = name.language else { return scalar(name.text) }
        return Node(
            [(scalar("name"), scalar(name.text)), (scalar("lang"), scalar(language.rawValue))], .implicit, .flow)
    }

    private static func node(_ fact: Fact) -> Node {
        var pairs: [(Node, Node)] = [(scalar("property"), scalar(fact.property))]
        switch fact.value {
        case .number(let number): pairs.append((scalar("value"), Node(number.description, .implicit, .plain)))
        case .date(let date): pairs.append((scalar("value"), Node(date.description, .implicit, .plain)))
        case .text(let text): pairs.append((scalar("value"), Node(text, .implicit, .doubleQuoted)))
        }
        if let unit = fact.unit { pairs.append((scalar("unit"), scalar(unit))) }
        if let from = fact.validity.from { pairs.append((scalar("from"), Node(from.description, .implicit, .plain))) }
        if let to = fact.validity.to { pairs.append((scalar("to"), Node(to.description, .implicit, .plain))) }
        if let source = fact.source { pairs.append((scalar("source"), scalar(source))) }
        return Node(pairs, .implicit, .flow)
    }

    /// A text, quoted when YAML would otherwise read it as something else (a number, a date,
    /// `null`, `yes`…) or when it holds characters YAML gives a meaning to.
    private static func scalar(_ text: String) -> Node {
        let looksTyped =
            text.isEmpty || text.allSatisfy { $0.isNumber || "-.:+".contains($0) }
            || ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(text.lowercased())
        return Node(text, .implicit, looksTyped ? .doubleQuoted : .any)
    }
}
