import Foundation

/// The parts of a Wikidata entity (dump or `Special:EntityData` JSON) the importer reads.
struct WikidataEntity: Decodable {
    let id: String
    let labels: [String: LanguageValue]?
    let aliases: [String: [LanguageValue]]?
    let claims: [String: [Statement]]?

    struct LanguageValue: Decodable {
        let value: String
    }

    struct Statement: Decodable {
        let mainsnak: Snak
        let qualifiers: [String: [Snak]]?
        let rank: String?
    }

    struct Snak: Decodable {
        let snaktype: String
        let datavalue: DataValue?
    }

    /// A snak's value, for the types the importer uses.
    enum DataValue: Decodable {
        case time(String, precision: Int)
        case quantity(amount: String, unit: String)
        case item(String)
        case other

        private enum Keys: String, CodingKey { case type, value }
        private enum TimeKeys: String, CodingKey { case time, precision }
        private enum QuantityKeys: String, CodingKey { case amount, unit }
        private enum ItemKeys: String, CodingKey { case id }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "time":
                let value = try container.nestedContainer(keyedBy: TimeKeys.self, forKey: .value)
                self = .time(
                    try value.decode(String.self, forKey: .time),
                    precision: try value.decode(Int.self, forKey: .precision))
            case "quantity":
                let value = try container.nestedContainer(keyedBy: QuantityKeys.self, forKey: .value)
                self = .quantity(
                    amount: try value.decode(String.self, forKey: .amount),
                    unit: try value.decode(String.self, forKey: .unit))
            case "wikibase-entityid":
                let value = try container.nestedContainer(keyedBy: ItemKeys.self, forKey: .value)
                self = .item(try value.decode(String.self, forKey: .id))
            default:
                self = .other
            }
        }
    }

    /// The entities of a file: a dump (a JSON array of entities), `Special:EntityData` JSON
    /// (`{"entities": {"Q…": {…}}}`), or one entity.
    static func decodeAll(_ data: Data) throws -> [WikidataEntity] {
        let decoder = JSONDecoder()
        if let array = try? decoder.decode([WikidataEntity].self, from: data) { return array }
        struct EntityData: Decodable { let entities: [String: WikidataEntity] }
        if let wrapped = try? decoder.decode(EntityData.self, from: data) {
            return wrapped.entities.keys.sorted().compactMap { wrapped.entities[$0] }
        }
        return [try decoder.decode(WikidataEntity.self, from: data)]
    }
}

extension WikidataEntity.DataValue {
    /// A time as a reference date at its precision (9 year, 10 month, 11 day); `nil` before
    /// year 1 or at a coarser precision.
    var date: ReferenceDate? {
        guard case .time(let time, let precision) = self, precision >= 9, time.hasPrefix("+") else { return nil }
        let digits = time.dropFirst().prefix { $0 != "T" }.split(separator: "-").compactMap { Int($0) }
        guard digits.count == 3 else { return nil }
        return ReferenceDate(
            year: digits[0], month: precision >= 10 ? digits[1] : nil, day: precision >= 11 ? digits[2] : nil)
    }

    /// A quantity's amount, and its unit's item id unless it is a plain count.
    var quantity: (amount: Decimal, unit: String?)? {
        guard case .quantity(let amount, let unit) = self,
            let number = Decimal(
                string: amount.hasPrefix("+") ? String(amount.dropFirst()) : amount,
                locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        return (number, unit == "1" ? nil : unit.split(separator: "/").last.map(String.init))
    }
}
