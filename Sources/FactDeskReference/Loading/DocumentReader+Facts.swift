import FactDeskKit
import FactDeskText
import Foundation
import Yams

extension DocumentReader {
    /// A fact: `{property, value, unit, from, to, source}`.
    mutating func readFact(_ node: Node) -> Fact? {
        let allowed = ["property", "value", "unit", "from", "to", "source"]
        guard let fields = reader.fields(node, of: "fact", allowed: allowed, required: ["property", "value"]) else {
            return nil
        }
        let property = fields["property"].flatMap { reader.identifier($0, "property") }
        let value = fields["value"].flatMap { readValue($0, property: property) }
        let unit = fields["unit"].flatMap { reader.text($0, "unit") }
        let source = fields["source"].flatMap { reader.text($0, "source") }
        let validity = readValidity(fields)
        guard let property, let value, let validity else { return nil }
        return Fact(
            property: property, value: value, unit: unit, validity: validity, source: source,
            location: reader.location(node))
    }

    /// A role: `{title: {lang: text}, of: id, from, to}`.
    mutating func readRole(_ node: Node) -> Role? {
        guard
            let fields = reader.fields(
                node, of: "role", allowed: ["title", "of", "from", "to"], required: ["title", "of"])
        else { return nil }
        let title = fields["title"].flatMap { readTitle($0) }
        let organization = fields["of"].flatMap { reader.identifier($0, "of") }
        let validity = readValidity(fields)
        guard let title, let organization, let validity else { return nil }
        return Role(title: title, organization: organization, validity: validity, location: reader.location(node))
    }

    /// The `from` and `to` of a fact or role; `nil` when one is malformed or they are reversed.
    private mutating func readValidity(_ fields: Fields) -> ValidityPeriod? {
        let from = fields["from"].flatMap { reader.date($0, "from") }
        let to = fields["to"].flatMap { reader.date($0, "to") }
        if (fields["from"] != nil && from == nil) || (fields["to"] != nil && to == nil) { return nil }
        let period = ValidityPeriod(from: from, to: to)
        if period.isReversed, let node = fields["to"] {
            checkOrder(from, to, at: node)
            return nil
        }
        return period
    }

    /// A number written plainly, a date (`2021`, `2021-11`, `"2021-11-24"`), or a text;
    /// `founded` reads a plain year as a date. A number in words (`onze`, `eleven`) is refused,
    /// with the digits to write instead.
    private mutating func readValue(_ node: Node, property: String?) -> FactValue? {
        guard case .scalar(let scalar) = node else {
            reader.report("'value' must be a number, a date or a text, not \(reader.describe(node))", at: node)
            return nil
        }
        let text = scalar.string
        let isPlain = scalar.style == .plain || scalar.style == .any
        if property == Property.founded {
            guard let date = ReferenceDate(iso: text) else {
                reader.report("'value' of 'founded' must be a year or a date YYYY-MM(-DD), not '\(text)'", at: node)
                return nil
            }
            return .date(date)
        }
        if isPlain, let number = Self.number(text) { return .number(number) }
        if text.contains("-"), let date = ReferenceDate(iso: text) { return .date(date) }
        // A count in words would be compared with nothing: the checkers compare numbers.
        if let reading = NumberWords.read(text) {
            reader.report(
                "'value' '\(text)' is a number written in words: write it in digits (\(reading.value))", at: node)
            return nil
        }
        return .text(text)
    }

    private mutating func readTitle(_ node: Node) -> [Language: String]? {
        guard case .mapping(let mapping) = node else {
            reader.report(
                "'title' must map languages to titles ({en: President, fr: président}), not \(reader.describe(node))",
                at: node)
            return nil
        }
        var title: [Language: String] = [:]
        for (key, value) in mapping {
            guard let language = reader.language(key, "title"), let text = reader.text(value, "title") else {
                return nil
            }
            title[language] = text
        }
        return title.isEmpty ? nil : title
    }

    /// A decimal written plainly: `196`, `-3`, `12.5`.
    static func number(_ text: String) -> Decimal? {
        var digits = text.utf8[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        let parts = digits.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
