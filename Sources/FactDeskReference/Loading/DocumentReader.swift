import FactDeskKit
import Foundation
import Yams

/// The entities, series and properties one file declares.
struct ReferenceDocument: Sendable {
    var entities: [Entity] = []
    var series: [Series] = []
    var properties: [Property] = []
    /// Every entity and series id written, with where, even of an entity or series that has
    /// other problems: a duplicate id or a reference to it is then still told apart.
    var declaredIDs: [DeclaredID] = []
}

/// An entity or series id as written, and where.
struct DeclaredID: Sendable {
    var id: String
    var location: SourceLocation?
    var isSeries: Bool
}

/// Reads one reference file's text into a ``ReferenceDocument``, collecting every problem: YAML
/// syntax, anchors and aliases, size and nesting (see ``YAMLEventScreen``), unknown keys, wrong
/// types, malformed values, over-long names.
struct DocumentReader {
    var reader: NodeReader
    let limits: ReferenceLimits
    var document = ReferenceDocument()

    /// Reads a YAML or JSON text; `diagnostics` is empty when it is fine.
    static func read(_ text: String, file: String, limits: ReferenceLimits) -> (
        ReferenceDocument, [ReferenceDiagnostic]
    ) {
        var documentReader = DocumentReader(reader: NodeReader(file: file), limits: limits)
        documentReader.read(text)
        return (documentReader.document, documentReader.reader.diagnostics)
    }

    private mutating func read(_ text: String) {
        let refused = YAMLEventScreen.problems(in: text, limits: limits)
        guard refused.isEmpty else {
            for problem in refused {
                reader.report(
                    problem.reason, at: SourceLocation(file: reader.file, line: problem.line, column: problem.column))
            }
            return
        }
        let root: Node?
        do {
            root = try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch {
            let diagnostic = YAMLSyntaxError.diagnostic(error, text: text, file: reader.file)
            reader.report(diagnostic.reason, at: diagnostic.location)
            return
        }
        if let root { readRoot(root) }
    }

    private mutating func readRoot(_ root: Node) {
        guard let fields = reader.fields(root, of: "reference file", allowed: ["entities", "series", "properties"])
        else {
            return
        }
        for item in fields["entities"].flatMap({ reader.list($0, "entities") }) ?? [] {
            if let entity = readEntity(item) { document.entities.append(entity) }
        }
        for item in fields["series"].flatMap({ reader.list($0, "series") }) ?? [] {
            if let series = readSeries(item) { document.series.append(series) }
        }
        for item in fields["properties"].flatMap({ reader.list($0, "properties") }) ?? [] {
            if let property = readProperty(item) { document.properties.append(property) }
        }
    }

    private mutating func readEntity(_ node: Node) -> Entity? {
        let allowed = ["id", "kind", "names", "facts", "roles", "start", "end", "place"]
        guard let fields = reader.fields(node, of: "entity", allowed: allowed, required: ["id", "kind", "names"]) else {
            return nil
        }
        let id = fields["id"].flatMap { reader.identifier($0, "id") }
        if let id { document.declaredIDs.append(DeclaredID(id: id, location: reader.location(node), isSeries: false)) }
        let kind = fields["kind"].flatMap { readKind($0) }
        let names = fields["names"].flatMap { readNames($0) }
        let facts = fields["facts"].flatMap { reader.list($0, "facts") }?.compactMap { readFact($0) } ?? []
        let roles = fields["roles"].flatMap { reader.list($0, "roles") }?.compactMap { readRole($0) } ?? []
        let start = fields["start"].flatMap { reader.date($0, "start") }
        let end = fields["end"].flatMap { reader.date($0, "end") }
        let place = fields["place"].flatMap { reader.identifier($0, "place") }
        if let kind {
            if kind != .person, let node = fields["roles"] {
                reader.report("only a person has 'roles', not \(kind.article) \(kind.rawValue)", at: node)
            }
            for key in ["start", "end", "place"] where kind != .event {
                if let node = fields[key] {
                    reader.report("only an event has '\(key)', not \(kind.article) \(kind.rawValue)", at: node)
                }
            }
        }
        checkOrder(start, end, at: fields["end"])
        guard let id, let kind, let names else { return nil }
        return Entity(
            id: id, kind: kind, names: names, facts: facts, roles: roles, start: start, end: end, place: place,
            location: reader.location(node))
    }

    private mutating func readKind(_ node: Node) -> Entity.Kind? {
        guard let text = reader.text(node, "kind") else { return nil }
        guard let kind = Entity.Kind(rawValue: text) else {
            let kinds = Entity.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            reader.report("unknown kind '\(text)' (expected \(kinds))", at: node)
            return nil
        }
        return kind
    }

    /// A non-empty list of spellings, each a text or `{name: …, lang: …}`.
    mutating func readNames(_ node: Node) -> [Name]? {
        guard let items = reader.list(node, "names") else { return nil }
        guard !items.isEmpty else {
            reader.report("'names' must list at least one spelling", at: node)
            return nil
        }
        let names = items.compactMap { item -> Name? in
            if case .scalar = item { return spelling(item).map { Name($0) } }
            guard let fields = reader.fields(item, of: "name", allowed: ["name", "lang"], required: ["name"]),
                let text = fields["name"].flatMap({ spelling($0) })
            else { return nil }
            return Name(text, language: fields["lang"].flatMap { reader.language($0, "lang") })
        }
        return names.count == items.count ? names : nil
    }

    /// One spelling of a name, no longer than the limit.
    private mutating func spelling(_ node: Node) -> String? {
        guard let text = reader.text(node, "name") else { return nil }
        guard text.count <= limits.maxNameLength else {
            reader.report("name is \(text.count) characters long, over the \(limits.maxNameLength) limit", at: node)
            return nil
        }
        return text
    }

    /// Reports an end before its start.
    mutating func checkOrder(_ start: ReferenceDate?, _ end: ReferenceDate?, at node: Node?) {
        guard let start, let end, let node, end.latestDay < start.earliestDay else { return }
        reader.report("ends (\(end)) before it starts (\(start))", at: node)
    }
}

extension Entity.Kind {
    fileprivate var article: String { self == .organization || self == .event || self == .other ? "an" : "a" }
}
