import FactDeskKit
import Foundation

/// One thing a version of a story states, as parity compares it with the other version: a
/// figure, a date, a weekday or a name, at its place in the draft. A class: the alignment hands
/// each fact to hundreds of comparisons, which share it instead of copying it.
final class ParityFact {
    /// What the fact is; only facts of one kind are compared value with value.
    enum Kind: Hashable, CaseIterable {
        case count, range, percent, ordinal, anniversary, duration, date, dateRange, weekday, name
    }

    /// A fact's value, in language-neutral form: « 1 200 » and "1,200" are one number,
    /// « 24 novembre » and "November 24" one date.
    enum Value {
        case number(Decimal)
        case range(low: Decimal, high: Decimal)
        case duration(amount: Decimal, unit: Mention.DurationUnit)
        case date(PartialDate, weekday: Weekday?)
        case dateRange(start: PartialDate, end: PartialDate)
        case weekday(Weekday)
        case name(ParityName)
    }

    let kind: Kind
    /// Where it is in its version.
    let span: Span
    /// The words as written.
    let text: String
    let value: Value
    /// Whether the text bounds the figure rather than giving it ("some 1,200", « plus de 1 200 »).
    let approximate: Bool
    /// Loose keys of what the fact says, to tell whether a figure or date is present anywhere in
    /// another text whatever form carries it (a count there, a duration here). Computed once:
    /// alignment and comparison read them many times.
    let presenceKeys: [PresenceKey]
    /// How round a figure is, read once: alignment compares each figure with many others.
    let rounding: ParityRounding.Figure?

    init(kind: Kind, span: Span, text: String, value: Value, approximate: Bool) {
        self.kind = kind
        self.span = span
        self.text = text
        self.value = value
        self.approximate = approximate
        presenceKeys = Self.presenceKeys(of: value)
        if case .number(let number) = value { rounding = ParityRounding.Figure(number) } else { rounding = nil }
    }

    /// What a figure, date or name states, whatever form carries it: a number, a year, a day of
    /// a month, a month of a year, a weekday or a reference subject.
    enum PresenceKey: Hashable {
        case number(Decimal)
        case year(Int)
        case monthDay(month: Int, day: Int)
        case yearMonth(year: Int, month: Int)
        case weekday(Weekday)
        case subject(String)
    }

    /// Whether the two facts, of one kind, state the same thing. Bounded figures agree with
    /// the figures they round; dates agree when what both give is the same and no weekday
    /// differs.
    func agrees(with other: ParityFact) -> Bool {
        switch (value, other.value) {
        case (.number(let a), .number(let b)):
            a == b
                || ((approximate || other.approximate) && rounding.flatMap { mine in
                    other.rounding.map { ParityRounding.rounds(mine, $0) }
                } == true)
        case (.range(let lowA, let highA), .range(let lowB, let highB)):
            lowA == lowB && highA == highB
        case (.duration(let a, let unitA), .duration(let b, let unitB)):
            a == b && unitA == unitB
        case (.date(let a, let weekdayA), .date(let b, let weekdayB)):
            Self.compatible(a, b) && (weekdayA == nil || weekdayB == nil || weekdayA == weekdayB)
        case (.dateRange(let startA, let endA), .dateRange(let startB, let endB)):
            Self.compatible(startA, startB) && Self.compatible(endA, endB)
        case (.weekday(let a), .weekday(let b)):
            a == b
        default:
            false
        }
    }

    private static func presenceKeys(of value: Value) -> [PresenceKey] {
        switch value {
        case .number(let number): [.number(number)] + (year(number).map { [.year($0)] } ?? [])
        case .range(let low, let high): [.number(low), .number(high)]
        case .duration(let amount, _): [.number(amount)]
        case .date(let date, let weekday): keys(date) + (weekday.map { [.weekday($0)] } ?? [])
        case .dateRange(let start, let end): keys(start) + keys(end)
        case .weekday(let weekday): [.weekday(weekday)]
        case .name(let name): (name.subject ?? name.misspeltSubject).map { [.subject($0)] } ?? []
        }
    }

    /// The year a figure may be, read as a count on one side ("d’ici à 2028") and as a date on
    /// the other ("by 2028").
    private static func year(_ number: Decimal) -> Int? {
        guard number >= 1000, number <= 2200 else { return nil }
        let whole = Int(truncating: number as NSDecimalNumber)
        return number == Decimal(whole) ? whole : nil
    }

    /// Whether two partial dates give the same value for every part both give, and share one.
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        var shared = 0
        for (x, y) in [(a.year, b.year), (a.month, b.month), (a.day, b.day)] {
            guard let x, let y else { continue }
            if x != y { return false }
            shared += 1
        }
        return shared > 0
    }

    private static func keys(_ date: PartialDate) -> [PresenceKey] {
        var keys: [PresenceKey] = []
        if let month = date.month, let day = date.day { keys.append(.monthDay(month: month, day: day)) }
        if let year = date.year, date.month == nil { keys.append(.year(year)) }
        if let year = date.year, let month = date.month, date.day == nil { keys.append(.yearMonth(year: year, month: month)) }
        if let day = date.day, date.month == nil { keys.append(.number(Decimal(day))) }
        return keys
    }
}

/// A name as parity reads it: the reference subject it names, if any, and its folded words.
struct ParityName {
    /// The subject an accepted spelling or variant names, or an earlier full name gives a short form.
    let subject: String?
    /// The subject of the reference spellings a misspelt name is close to, when they are one.
    let misspeltSubject: String?
    /// The reference spelling a misspelt name is closest to.
    let suggestion: String?
    /// The folded words, particles included ("ahmed", "naser", "al", "raisi").
    let folded: [String]
    /// Whether the reference data lists the subject as a person: organisations and places are
    /// renamed in translation (« Assemblée générale », "General Assembly"), people are not.
    let isPerson: Bool
}

/// Figures given in round numbers: « plus de 1 200 » for 1,196.
enum ParityRounding {
    /// A figure with what rounding needs of it, computed once.
    struct Figure {
        let value: Decimal
        let significantDigits: Int
        /// The largest power of ten that divides the figure (1 for figures that are not whole).
        let scale: Decimal
        /// The interval of the figures that round to this one at its last significant digit:
        /// `value - scale / 2 ..< value + scale / 2`.
        let low: Decimal
        let high: Decimal

        /// Reads the figure's digits once, from its decimal form ("1200", "12.5").
        init(_ value: Decimal) {
            self.value = value
            var written = "\(value)"
            if written.contains(".") {
                while written.hasSuffix("0") { written.removeLast() }
                if written.hasSuffix(".") { written.removeLast() }
            }
            let digits = written.filter(\.isNumber).drop { $0 == "0" }
            let trailingZeros = digits.reversed().prefix { $0 == "0" }.count
            significantDigits = digits.count - trailingZeros
            if value > 0, !written.contains("."), trailingZeros > 0 {
                scale = Decimal(sign: .plus, exponent: trailingZeros, significand: 1)
                let half = Decimal(sign: .plus, exponent: trailingZeros - 1, significand: 5)
                low = value - half
                high = value + half
            } else {
                scale = 1
                low = value
                high = value
            }
        }
    }

    /// Whether the rounder of two figures is the other rounded to its last significant digit
    /// (half up, as figures are rounded in copy): 1,196 and 1,150 round to 1,200, 1,149 does not.
    static func rounds(_ a: Figure, _ b: Figure) -> Bool {
        let (round, precise) = a.significantDigits <= b.significantDigits ? (a, b) : (b, a)
        guard round.scale > 1 else { return false }
        return round.low <= precise.value && precise.value < round.high
    }
}
