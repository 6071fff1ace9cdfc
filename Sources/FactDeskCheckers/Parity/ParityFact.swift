import FactDeskKit
import Foundation

/// One thing a version of a story states, as parity compares it with the other version: a
/// figure, a date, a weekday or a name, at its place in the draft.
struct ParityFact {
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

    /// Whether the two facts, of one kind, state the same thing. Bounded figures agree with
    /// the figures they round; dates agree when what both give is the same and no weekday
    /// differs.
    func agrees(with other: ParityFact) -> Bool {
        switch (value, other.value) {
        case (.number(let a), .number(let b)):
            a == b || ((approximate || other.approximate) && ParityRounding.rounds(a, b))
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

    /// Loose keys of what the fact says, to tell whether a figure or date is present anywhere in
    /// another text whatever form carries it (a count there, a duration here).
    var presenceKeys: [String] {
        switch value {
        case .number(let number): ["n:\(number)"] + (Self.mayBeYear(number) ? ["y:\(number)"] : [])
        case .range(let low, let high): ["n:\(low)", "n:\(high)"]
        case .duration(let amount, _): ["n:\(amount)"]
        case .date(let date, let weekday): Self.keys(date) + (weekday.map { ["w:\($0.rawValue)"] } ?? [])
        case .dateRange(let start, let end): Self.keys(start) + Self.keys(end)
        case .weekday(let weekday): ["w:\(weekday.rawValue)"]
        case .name(let name): (name.subject ?? name.misspeltSubject).map { ["s:\($0)"] } ?? []
        }
    }

    /// Whether a figure may be a year read as a count on one side ("d’ici à 2028") and as a
    /// date on the other ("by 2028").
    private static func mayBeYear(_ number: Decimal) -> Bool {
        number >= 1000 && number <= 2200 && number == Decimal(Int(truncating: number as NSDecimalNumber))
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

    private static func keys(_ date: PartialDate) -> [String] {
        var keys: [String] = []
        if let month = date.month, let day = date.day { keys.append("md:\(month)-\(day)") }
        if let year = date.year, date.month == nil { keys.append("y:\(year)") }
        if let year = date.year, let month = date.month, date.day == nil { keys.append("ym:\(year)-\(month)") }
        if let day = date.day, date.month == nil { keys.append("n:\(day)") }
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
    /// Whether the rounder of two numbers is the other rounded to its last significant digit.
    static func rounds(_ a: Decimal, _ b: Decimal) -> Bool {
        let (round, precise) = significantDigits(a) <= significantDigits(b) ? (a, b) : (b, a)
        let scale = scaleOfLastDigit(round)
        guard scale > 1 else { return false }
        var quotient = precise / scale
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 0, .plain)
        return rounded * scale == round
    }

    private static func significantDigits(_ number: Decimal) -> Int {
        let digits = "\(number)".filter(\.isNumber).drop { $0 == "0" }
        return digits.reversed().drop { $0 == "0" }.count
    }

    /// The largest power of ten that divides a whole number (1 for others).
    private static func scaleOfLastDigit(_ number: Decimal) -> Decimal {
        guard number > 0, number == number.rounded(0) else { return 1 }
        var scale: Decimal = 1
        while scale < number, (number / (scale * 10)).isWhole { scale *= 10 }
        return scale
    }
}

extension Decimal {
    /// The number rounded to `places` decimals.
    fileprivate func rounded(_ places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    fileprivate var isWhole: Bool { self == rounded(0) }
}
