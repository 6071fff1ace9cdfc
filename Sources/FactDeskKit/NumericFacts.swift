import Foundation

/// Reference data that states numbers about its subjects ("INTERPOL has 196 member countries
/// since November 2024"), for the `number` checker.
///
/// A ``ReferenceLookup`` in ``CheckContext/reference`` that also conforms to this protocol lets
/// the number checker compare claims with facts; one that does not leaves those rules silent.
/// ``InMemoryReference`` conforms, so rule examples and plugins' fixtures can carry facts inline.
public protocol NumericFacts: Sendable {
    /// Every property's terms in a language: the words that introduce it in a draft
    /// ("pays membres", "États membres" for `member-countries`).
    func propertyTerms(in language: Language) -> [PropertyTerm]

    /// Every numeric fact of one property of one subject, whatever its validity, in any order.
    func numericFacts(_ property: String, of subjectID: String) -> [NumericFact]
}

/// Words that introduce a property in a draft.
public struct PropertyTerm: Hashable, Sendable, Codable {
    /// The property's id (`member-countries`).
    public var property: String
    /// The words ("pays membres").
    public var term: String

    /// Creates a term.
    public init(property: String, term: String) {
        self.property = property
        self.term = term
    }
}

/// A property numeric facts state, with the words drafts use for it in each language.
public struct ReferenceProperty: Hashable, Sendable, Codable {
    /// The id (`member-countries`).
    public var id: String
    /// The words that introduce it, per language.
    public var terms: [Language: [String]]

    /// Creates a property.
    public init(id: String, terms: [Language: [String]]) {
        self.id = id
        self.terms = terms
    }
}

/// A number reference data states about a subject, over a period, with its source.
public struct NumericFact: Hashable, Sendable, Codable {
    /// The property (`member-countries`).
    public var property: String
    /// The value, exact.
    public var value: Decimal
    /// The unit, when the value has one (`EUR`, `km2`).
    public var unit: String?
    /// The first day the value holds, as precise as the source gives it; `nil` for always before.
    public var from: PartialDate?
    /// The last day the value holds; `nil` while it still does.
    public var to: PartialDate?
    /// Where the value comes from.
    public var source: ReferenceSource

    /// Creates a fact.
    public init(
        property: String, value: Decimal, unit: String? = nil, from: PartialDate? = nil, to: PartialDate? = nil,
        source: ReferenceSource = ReferenceSource()
    ) {
        self.property = property
        self.value = value
        self.unit = unit
        self.from = from
        self.to = to
        self.source = source
    }

    /// The first day the fact holds, or `nil` when it holds since always.
    public var firstDay: CalendarDate? {
        guard let from, let year = from.year else { return nil }
        return CalendarDate(year: year, month: from.month ?? 1, day: from.day ?? 1)
    }

    /// The last day the fact holds, or `nil` while it still holds.
    public var lastDay: CalendarDate? {
        guard let to, let year = to.year else { return nil }
        let month = to.month ?? 12
        return CalendarDate(year: year, month: month, day: to.day ?? CalendarDate.daysIn(month: month, year: year))
    }

    /// Whether the fact holds on some day of a period (both ends included).
    public func holds(during period: ClosedRange<CalendarDate>) -> Bool {
        if let firstDay, period.upperBound < firstDay { return false }
        if let lastDay, lastDay < period.lowerBound { return false }
        return true
    }
}
