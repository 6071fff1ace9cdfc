import FactDeskKit
import Foundation

/// The reference model in the snapshot's encoding. Source locations name their file by its
/// number in a table written once, since every entity of a file repeats it.
///
/// Entities are written one record each, with a table of where each starts and a table of
/// their ids' hashes, so that a run decodes only the entities its lookups ask for
/// (``SnapshotEntities``); the series and properties, few, are written together and read whole.
struct ModelEncoding {
    private var files: [String] = []
    private var fileNumbers: [String: UInt32] = [:]

    /// Writes the entity records, where each starts, their ids by hash, then one section with
    /// the file table, the series and the properties.
    static func encode(
        entities: [Entity], series: [Series], properties: [Property], into out: inout SnapshotEncoder
    ) {
        var model = ModelEncoding()
        var records = SnapshotEncoder(reservingCapacity: entities.count * 96)
        var starts: [UInt64] = []
        starts.reserveCapacity(entities.count + 1)
        for entity in entities {
            starts.append(UInt64(records.bytes.count))
            model.entity(entity, into: &records)
        }
        starts.append(UInt64(records.bytes.count))
        out.table(records.bytes)
        out.table(starts)
        let ids = HashedNumbers(entities.enumerated().map { (NameIndex.keyHash($1.id), UInt32($0)) })
        out.table(ids.hashes)
        out.table(ids.numbers)
        var rest = SnapshotEncoder()
        rest.list(series) { model.series($1, into: &$0) }
        rest.list(properties) { model.property($1, into: &$0) }
        var head = SnapshotEncoder()
        head.list(model.files) { $0.string($1) }
        out.byteArray(head.bytes + rest.bytes)
    }

    private mutating func entity(_ entity: Entity, into out: inout SnapshotEncoder) {
        out.string(entity.id)
        out.byte(UInt8(Entity.Kind.allCases.firstIndex(of: entity.kind)!))
        out.list(entity.names) { Self.name($1, into: &$0) }
        out.list(entity.facts) { fact($1, into: &$0) }
        out.list(entity.roles) { role($1, into: &$0) }
        Self.date(entity.start, into: &out)
        Self.date(entity.end, into: &out)
        out.optionalString(entity.place)
        location(entity.location, into: &out)
    }

    private mutating func fact(_ fact: Fact, into out: inout SnapshotEncoder) {
        out.string(fact.property)
        switch fact.value {
        case .number(let number):
            // Most numbers are whole: kept as an integer, they decode without parsing.
            if let whole = Int64(number.description), Decimal(whole) == number {
                out.byte(0)
                out.int(Int(whole))
            } else {
                out.byte(1)
                out.string(number.description)
            }
        case .date(let date):
            out.byte(2)
            Self.date(date, into: &out)
        case .text(let text):
            out.byte(3)
            out.string(text)
        }
        out.optionalString(fact.unit)
        Self.period(fact.validity, into: &out)
        out.optionalString(fact.source)
        location(fact.location, into: &out)
    }

    private mutating func role(_ role: Role, into out: inout SnapshotEncoder) {
        Self.titles(role.title, into: &out)
        out.string(role.organization)
        Self.period(role.validity, into: &out)
        location(role.location, into: &out)
    }

    private mutating func series(_ series: Series, into out: inout SnapshotEncoder) {
        out.string(series.id)
        out.list(series.names) { Self.name($1, into: &$0) }
        out.list(series.editions) { out, edition in
            out.int(edition.number)
            Self.date(edition.start, into: &out)
            Self.date(edition.end, into: &out)
            out.optionalString(edition.place)
            location(edition.location, into: &out)
        }
        location(series.location, into: &out)
    }

    private mutating func property(_ property: Property, into out: inout SnapshotEncoder) {
        out.string(property.id)
        for language in Language.allCases {
            guard let terms = property.terms[language] else {
                out.byte(0)
                continue
            }
            out.byte(1)
            out.list(terms) { $0.string($1) }
        }
        location(property.location, into: &out)
    }

    private static func name(_ name: Name, into out: inout SnapshotEncoder) {
        out.string(name.text)
        language(name.language, into: &out)
    }

    private static func language(_ language: Language?, into out: inout SnapshotEncoder) {
        out.byte(language.map { UInt8(Language.allCases.firstIndex(of: $0)!) } ?? 0xFF)
    }

    private static func titles(_ titles: [Language: String], into out: inout SnapshotEncoder) {
        for language in Language.allCases { out.optionalString(titles[language]) }
    }

    /// Year (0: no date), month and day (0: not given).
    private static func date(_ date: ReferenceDate?, into out: inout SnapshotEncoder) {
        out.uint32(UInt32(date?.year ?? 0))
        out.byte(UInt8(date?.month ?? 0))
        out.byte(UInt8(date?.day ?? 0))
    }

    private static func period(_ period: ValidityPeriod, into out: inout SnapshotEncoder) {
        date(period.from, into: &out)
        date(period.to, into: &out)
    }

    private mutating func location(_ location: SourceLocation?, into out: inout SnapshotEncoder) {
        guard let location else { return out.uint32(.max) }
        out.uint32(fileNumber(location.file))
        out.uint32(UInt32(location.line))
        out.uint32(UInt32(location.column))
    }

    private mutating func fileNumber(_ file: String) -> UInt32 {
        if let number = fileNumbers[file] { return number }
        let number = UInt32(files.count)
        files.append(file)
        fileNumbers[file] = number
        return number
    }
}
