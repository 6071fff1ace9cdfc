import Foundation

/// A decimal as the JSON schemas write it: a JSON number when a reader using doubles gets the
/// same value back, else a string holding the exact digits (`"12345678901234567890.5"`).
struct JSONDecimal: Codable, Hashable, Sendable {
    /// The exact value.
    var value: Decimal

    init(_ value: Decimal) {
        self.value = value
    }

    /// Whether the shortest double nearest to the value reads back as the same decimal.
    var survivesDouble: Bool {
        guard let double = Double(value.description), double.isFinite else { return false }
        return Decimal(string: "\(double)", locale: Locale(identifier: "en_US_POSIX")) == value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "not a decimal number: \(text)")
            }
            self.value = value
        } else {
            self.value = try container.decode(Decimal.self)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if survivesDouble {
            try container.encode(value)
        } else {
            try container.encode(value.description)
        }
    }
}
