import FactDeskKit
import Foundation

/// The values a number in a draft allows: one value within its rounding ("1,5 million"), a
/// range ("entre 150 et 200"), or a bound ("plus de 1 200", "environ 200").
struct ClaimedValue: Hashable {
    /// The lowest value allowed, or `nil` for no limit below.
    var lower: Decimal?
    var includesLower: Bool
    /// The highest value allowed, or `nil` for no limit above.
    var upper: Decimal?
    var includesUpper: Bool

    /// The precision of a number written to the unit ("60", "1 200"): half a unit.
    static let unitPrecision = Decimal(string: "0.5")!

    /// How far "environ" and "about" reach on either side: a tenth of the number.
    static let approximation = Decimal(string: "0.1")!

    /// The values a number mention allows.
    /// - Parameters:
    ///   - mention: a `number`, `percent` or `number-range` mention.
    ///   - precision: half a unit of the number's last written digit.
    init?(_ mention: Mention, precision: Decimal) {
        let value: Decimal
        switch mention.value {
        case .number(let number), .percent(let number):
            value = number
        case .numberRange(let low, let high):
            self.init(lower: low, includesLower: true, upper: high, includesUpper: true)
            return
        default:
            return nil
        }
        let reach = max(abs(value) * Self.approximation, precision)
        switch mention.bound?.relation {
        case nil:
            self.init(lower: value - precision, includesLower: true, upper: value + precision, includesUpper: true)
        case .approximately:
            self.init(lower: value - reach, includesLower: true, upper: value + reach, includesUpper: true)
        case .nearly:
            self.init(lower: value - reach, includesLower: true, upper: value + precision, includesUpper: true)
        // "more than 18 million": a figure rounded by its scale word may stand for the bound itself,
        // as the rounded figure of a reference often does; "more than 60" may not.
        case .moreThan: self.init(lower: value, includesLower: precision > Self.unitPrecision, upper: nil, includesUpper: false)
        case .atLeast: self.init(lower: value, includesLower: true, upper: nil, includesUpper: false)
        case .lessThan: self.init(lower: nil, includesLower: false, upper: value, includesUpper: precision > Self.unitPrecision)
        case .atMost: self.init(lower: nil, includesLower: false, upper: value, includesUpper: true)
        }
    }

    init(lower: Decimal?, includesLower: Bool, upper: Decimal?, includesUpper: Bool) {
        self.lower = lower
        self.includesLower = includesLower
        self.upper = upper
        self.includesUpper = includesUpper
    }

    /// The values with `amount` added to each ("his 50 co-defendants" and the person: 51).
    func adding(_ amount: Decimal) -> ClaimedValue {
        guard amount != 0 else { return self }
        return ClaimedValue(
            lower: lower.map { $0 + amount }, includesLower: includesLower, upper: upper.map { $0 + amount },
            includesUpper: includesUpper)
    }

    /// Whether a value is allowed.
    func contains(_ value: Decimal) -> Bool {
        if let lower, value < lower || (value == lower && !includesLower) { return false }
        if let upper, value > upper || (value == upper && !includesUpper) { return false }
        return true
    }

    /// Whether some value is allowed by both.
    func overlaps(_ other: ClaimedValue) -> Bool {
        !Self.isBelow(upper, includesUpper, other.lower, other.includesLower)
            && !Self.isBelow(other.upper, other.includesUpper, lower, includesLower)
    }

    /// Whether every value up to `upper` lies below every value from `lower`.
    private static func isBelow(_ upper: Decimal?, _ includesUpper: Bool, _ lower: Decimal?, _ includesLower: Bool)
        -> Bool
    {
        guard let upper, let lower else { return false }
        return upper < lower || (upper == lower && !(includesUpper && includesLower))
    }
}
