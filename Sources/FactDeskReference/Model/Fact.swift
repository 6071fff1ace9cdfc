import Foundation

/// A sourced statement about an entity: a property's value over a period.
public struct Fact: Hashable, Sendable {
    /// The property, e.g. `member-countries` or `founded`.
    public var property: String
    /// The value.
    public var value: FactValue
    /// The unit of a number, when it has one (`km2`, `EUR`).
    public var unit: String?
    /// When the value holds.
    public var validity: ValidityPeriod
    /// Where the value comes from: a URL or a citation.
    public var source: String?
    /// Where the fact is written.
    public var location: SourceLocation?

    /// Creates a fact.
    public init(
        property: String, value: FactValue, unit: String? = nil, validity: ValidityPeriod = .always,
        source: String? = nil, location: SourceLocation? = nil
    ) {
        self.property = property
        self.value = value
        self.unit = unit
        self.validity = validity
        self.source = source
        self.location = location
    }
}

/// The value of a fact.
public enum FactValue: Hashable, Sendable, CustomStringConvertible {
    /// A number, kept exact (`196`, `12.5`).
    case number(Decimal)
    /// A date as precise as its source (`1923`, `2015-04`).
    case date(ReferenceDate)
    /// Anything else, as written.
    case text(String)

    /// The number, when the value is one.
    public var number: Decimal? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The date, when the value is one.
    public var date: ReferenceDate? {
        if case .date(let date) = self { date } else { nil }
    }

    /// The value as written in reference data.
    public var description: String {
        switch self {
        case .number(let number): number.description
        case .date(let date): date.description
        case .text(let text): text
        }
    }
}
