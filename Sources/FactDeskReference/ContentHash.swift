import FactDeskKit

/// The content hash of reference data: SHA-256 of a canonical encoding that ignores file layout,
/// formatting, comments, source locations and the order of entities, series and properties
/// (which are sorted by id), but keeps the order of names (the first is canonical).
enum ContentHash {
    static func of(entities: [Entity], series: [Series], properties: [Property]) -> String {
        var encoder = CanonicalEncoder()
        for entity in entities.sorted(by: { $0.id < $1.id }) {
            encoder.field("entity", entity.id, entity.kind.rawValue)
            encoder.names(entity.names)
            for fact in entity.facts {
                encoder.field("fact", fact.property, fact.value.canonical, fact.unit, fact.source)
                encoder.period(fact.validity)
            }
            for role in entity.roles {
                encoder.field("role", role.organization)
                encoder.titles(role.title)
                encoder.period(role.validity)
            }
            encoder.field("event", entity.start?.description, entity.end?.description, entity.place)
        }
        for series in series.sorted(by: { $0.id < $1.id }) {
            encoder.field("series", series.id)
            encoder.names(series.names)
            for edition in series.editions {
                encoder.field(
                    "edition", String(edition.number), edition.start?.description, edition.end?.description,
                    edition.place)
            }
        }
        for property in properties.sorted(by: { $0.id < $1.id }) {
            encoder.field("property", property.id)
            for language in Language.allCases {
                encoder.field(language.rawValue, property.terms[language]?.joined(separator: "\u{1F}"))
            }
        }
        return "sha256:" + encoder.hash.hexDigest()
    }
}

/// Feeds length-prefixed fields to SHA-256, so that no two different contents encode alike.
private struct CanonicalEncoder {
    var hash = SHA256()

    mutating func field(_ values: String?...) {
        hash.update(Array(String(values.count).utf8) + [0x1E])
        for value in values {
            guard let value else {
                hash.update([0x15])
                continue
            }
            let bytes = Array(value.utf8)
            hash.update(Array(String(bytes.count).utf8) + [0x1F] + bytes)
        }
    }

    mutating func names(_ names: [Name]) {
        for name in names { field("name", name.text, name.language?.rawValue) }
    }

    mutating func titles(_ titles: [Language: String]) {
        for language in Language.allCases { field(language.rawValue, titles[language]) }
    }

    mutating func period(_ period: ValidityPeriod) {
        field("valid", period.from?.description, period.to?.description)
    }
}

extension FactValue {
    /// The value tagged with its type, so the number 2021 and the text "2021" differ.
    fileprivate var canonical: String {
        switch self {
        case .number(let number): "n:\(number)"
        case .date(let date): "d:\(date)"
        case .text(let text): "t:\(text)"
        }
    }
}
