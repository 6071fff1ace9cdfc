import FactDeskKit
import Foundation

/// Reads the model written by ``ModelEncoding``.
struct ModelDecoding: Sendable {
    private let files: [String]

    /// The entities in place, each decoded when asked for, and the series and properties.
    static func decode(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> (
        entities: SnapshotEntities, series: [Series], properties: [Property]
    ) {
        let records = try input.table(of: UInt8.self)
        let starts = try input.table(of: UInt64.self)
        let ids = HashedNumbers(hashes: try input.table(of: UInt64.self), numbers: try input.table(of: UInt32.self))
        var rest = try input.section()
        let model = ModelDecoding(files: try rest.list { (input) throws(SnapshotDamage) in try input.string() })
        let series = try rest.list { (input) throws(SnapshotDamage) in try model.series(&input) }
        let properties = try rest.list { (input) throws(SnapshotDamage) in try model.property(&input) }
        guard rest.isAtEnd else { throw SnapshotDamage("the series and properties have trailing bytes") }
        let entities = try SnapshotEntities(records: records, starts: starts, ids: ids, model: model)
        return (entities, series, properties)
    }

    /// One entity's record.
    func entity(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Entity {
        let id = try input.string()
        let kind = try Self.element(of: Entity.Kind.allCases, at: input.byte())
        let names = try input.list { (input) throws(SnapshotDamage) in try Self.name(&input) }
        let facts = try input.list { (input) throws(SnapshotDamage) in try fact(&input) }
        let roles = try input.list { (input) throws(SnapshotDamage) in try role(&input) }
        return Entity(
            id: id, kind: kind, names: names, facts: facts, roles: roles, start: try Self.date(&input),
            end: try Self.date(&input), place: try input.optionalString(), location: try location(&input))
    }

    private func fact(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Fact {
        let property = try input.string()
        let value: FactValue
        switch try input.byte() {
        case 0:
            value = .number(Decimal(try input.int()))
        case 1:
            guard let number = Decimal(string: try input.string(), locale: Locale(identifier: "en_US_POSIX")) else {
                throw SnapshotDamage("a number does not parse")
            }
            value = .number(number)
        case 2:
            guard let date = try Self.date(&input) else { throw SnapshotDamage("a date value is missing") }
            value = .date(date)
        case 3:
            value = .text(try input.string())
        default:
            throw SnapshotDamage("unknown fact value type")
        }
        return Fact(
            property: property, value: value, unit: try input.optionalString(), validity: try Self.period(&input),
            source: try input.optionalString(), location: try location(&input))
    }

    private func role(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Role {
        Role(
            title: try Self.titles(&input), organization: try input.string(), validity: try Self.period(&input),
            location: try location(&input))
    }

    private func series(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Series {
        let id = try input.string()
        let names = try input.list { (input) throws(SnapshotDamage) in try Self.name(&input) }
        let editions = try input.list { (input) throws(SnapshotDamage) in
            Edition(
                number: try input.int(), start: try Self.date(&input), end: try Self.date(&input),
                place: try input.optionalString(), location: try location(&input))
        }
        return Series(id: id, names: names, editions: editions, location: try location(&input))
    }

    private func property(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Property {
        let id = try input.string()
        var terms: [Language: [String]] = [:]
        for language in Language.allCases {
            guard try input.byte() == 1 else { continue }
            terms[language] = try input.list { (input) throws(SnapshotDamage) in try input.string() }
        }
        return Property(id: id, terms: terms, location: try location(&input))
    }

    private static func name(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Name {
        Name(try input.string(), language: try language(&input))
    }

    private static func language(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> Language? {
        let number = try input.byte()
        return number == 0xFF ? nil : try element(of: Language.allCases, at: number)
    }

    private static func titles(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> [Language: String] {
        var titles: [Language: String] = [:]
        for language in Language.allCases {
            if let title = try input.optionalString() { titles[language] = title }
        }
        return titles
    }

    private static func date(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> ReferenceDate? {
        let year = Int(try input.uint32())
        let month = Int(try input.byte())
        let day = Int(try input.byte())
        guard year != 0 else { return nil }
        guard let date = ReferenceDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw SnapshotDamage("a date does not exist")
        }
        return date
    }

    private static func period(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> ValidityPeriod {
        ValidityPeriod(from: try date(&input), to: try date(&input))
    }

    private func location(_ input: inout SnapshotDecoder) throws(SnapshotDamage) -> SourceLocation? {
        let file = try input.uint32()
        guard file != .max else { return nil }
        guard Int(file) < files.count else { throw SnapshotDamage("a location names no file") }
        return SourceLocation(file: files[Int(file)], line: Int(try input.uint32()), column: Int(try input.uint32()))
    }

    private static func element<Value>(of values: [Value], at number: UInt8) throws(SnapshotDamage) -> Value {
        guard Int(number) < values.count else { throw SnapshotDamage("an enumeration value is out of range") }
        return values[Int(number)]
    }
}
