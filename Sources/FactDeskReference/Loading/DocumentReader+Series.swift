import FactDeskKit
import Yams

extension DocumentReader {
    /// A series: `{id, names, editions}`.
    mutating func readSeries(_ node: Node) -> Series? {
        guard
            let fields = reader.fields(
                node, of: "series", allowed: ["id", "names", "editions"], required: ["id", "names"])
        else { return nil }
        let id = fields["id"].flatMap { reader.identifier($0, "id") }
        if let id { document.declaredIDs.append(DeclaredID(id: id, location: reader.location(node), isSeries: true)) }
        let names = fields["names"].flatMap { readNames($0) }
        let editions = fields["editions"].flatMap { reader.list($0, "editions") }?.compactMap { readEdition($0) } ?? []
        guard let id, let names else { return nil }
        return Series(id: id, names: names, editions: editions, location: reader.location(node))
    }

    /// An edition: `{number, start, end, place}`.
    private mutating func readEdition(_ node: Node) -> Edition? {
        let allowed = ["number", "start", "end", "place"]
        guard let fields = reader.fields(node, of: "edition", allowed: allowed, required: ["number"]) else {
            return nil
        }
        let number = fields["number"].flatMap { reader.integer($0, "number") }
        if let number, number < 1, let node = fields["number"] {
            reader.report("'number' must be 1 or more, not \(number)", at: node)
            return nil
        }
        let start = fields["start"].flatMap { reader.date($0, "start") }
        let end = fields["end"].flatMap { reader.date($0, "end") }
        let place = fields["place"].flatMap { reader.text($0, "place") }
        checkOrder(start, end, at: fields["end"])
        guard let number else { return nil }
        return Edition(number: number, start: start, end: end, place: place, location: reader.location(node))
    }

    /// A property: `{id, terms: {lang: [words]}}`.
    mutating func readProperty(_ node: Node) -> Property? {
        guard let fields = reader.fields(node, of: "property", allowed: ["id", "terms"], required: ["id", "terms"])
        else {
            return nil
        }
        let id = fields["id"].flatMap { reader.identifier($0, "id") }
        let terms = fields["terms"].flatMap { readTerms($0) }
        guard let id, let terms else { return nil }
        return Property(id: id, terms: terms, location: reader.location(node))
    }

    private mutating func readTerms(_ node: Node) -> [Language: [String]]? {
        guard case .mapping(let mapping) = node else {
            reader.report("'terms' must map languages to lists of words, not \(reader.describe(node))", at: node)
            return nil
        }
        var terms: [Language: [String]] = [:]
        for (key, value) in mapping {
            guard let language = reader.language(key, "terms") else { return nil }
            let words: [String]?
            if case .scalar = value {
                words = reader.text(value, "terms").map { [$0] }
            } else {
                words = reader.list(value, "terms").flatMap { items in
                    let texts = items.compactMap { reader.text($0, "terms") }
                    return texts.count == items.count ? texts : nil
                }
            }
            guard let words else { return nil }
            terms[language] = words
        }
        return terms
    }
}
