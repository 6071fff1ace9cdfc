import FactDeskKit
import Foundation

/// What reference data says of a claim on the day it speaks of.
enum FactVerdict {
    /// A fact in force then allows the claimed value.
    case consistent
    /// No fact in force then allows it; `current` is the most recently started one.
    case mismatch(current: NumericFact)
    /// No fact in force then allows it, but an earlier one did.
    case outdated(current: NumericFact, earlier: NumericFact)
    /// No fact is in force on that day (or the day is unknown) and no fact of any period allows
    /// the claimed value, against the way counts move: `facts` are the known periods, in order.
    case neverHeld(facts: [NumericFact])
    /// Reference data has no comparable fact for that day.
    case unverified

    /// How many days after the publication date a claim may speak of and still be held against
    /// the facts of its day: reference data knows the changes of the weeks ahead (a parliament's
    /// new size from an election day) as it knows today's.
    static let nearFuture = 92

    /// Compares a claim about `subject` with the facts of its property.
    /// - Parameters:
    ///   - claim: a claim with a subject.
    ///   - facts: every fact of the claim's property of its subject.
    ///   - published: the publication date, the day a claim speaks of unless its sentence says.
    ///     Without one, a claim is held against every period: a value no fact ever allowed is a
    ///     mismatch when the facts cover all time. A claim about a later day is held against the
    ///     facts of that day when it lies within ``nearFuture`` days of publication ("the
    ///     Lake Assembly will count 130 members on 3 May"), else only against facts without a
    ///     period.
    ///   - textPeriod: without a publication date, the days the text speaks from (``TextPeriod``):
    ///     when they all lie before the first period, the claim's day is one the facts do not
    ///     cover, as on such a publication date.
    init(_ claim: Claim, facts: [NumericFact], published: CalendarDate?, textPeriod: ClosedRange<CalendarDate>? = nil) {
        let period: ClosedRange<CalendarDate>
        switch claim.time {
        case .past(let days):
            period = days
        case .published:
            guard let published else {
                let comparable = facts.filter { Self.isComparable($0, with: claim) }
                let starts = comparable.map(\.firstDay)
                if let textPeriod, !starts.isEmpty,
                    starts.allSatisfy({ $0.map { textPeriod.upperBound < $0 } ?? false })
                {
                    self = Self.beyondCoverage(claim, facts: comparable, published: textPeriod.upperBound)
                    return
                }
                self = Self.anyTime(claim, facts: comparable)
                return
            }
            period = published...published
        case .future(let days):
            if let published, days.upperBound <= published.adding(days: Self.nearFuture) {
                // "the fair on 1-5 December, with exhibitors from 48 countries", written when 48
                // were announced: a figure of the days ahead that held on the publication date is
                // what was known then.
                let known = facts.filter { Self.isComparable($0, with: claim) && $0.holds(during: published...published) }
                if !known.isEmpty, known.contains(where: { Self.allows(claim, $0.value) }),
                    known.allSatisfy({ $0.firstDay != nil || $0.lastDay != nil })
                {
                    self = .consistent
                    return
                }
                period = days
                break
            }
            // "In 2030 the probe will fly past Titan 30 times": facts that hold at every time
            // (a mission's plan) hold then too; counts with periods may change before.
            let comparable = facts.filter { Self.isComparable($0, with: claim) }
            guard !comparable.isEmpty, comparable.allSatisfy({ $0.firstDay == nil && $0.lastDay == nil }) else {
                self = .unverified
                return
            }
            self = comparable.contains { Self.allows(claim, $0.value) } ? .consistent : .mismatch(current: comparable[0])
            return
        }
        let comparable = facts.filter { Self.isComparable($0, with: claim) }
        let inForce = comparable.filter { $0.holds(during: period) }
            .sorted { ($0.firstDay ?? .distantPast) > ($1.firstDay ?? .distantPast) }
        guard let current = inForce.first else {
            self = claim.time == .published ? Self.beyondCoverage(claim, facts: comparable, published: period.lowerBound) : .unverified
            return
        }
        if inForce.contains(where: { Self.allows(claim, $0.value) }) {
            self = .consistent
        } else if let earlier = comparable.filter({
            ($0.lastDay.map { $0 < period.lowerBound } ?? false) && Self.allows(claim, $0.value)
        })
        .max(by: { ($0.lastDay ?? .distantPast) < ($1.lastDay ?? .distantPast) }) {
            self = .outdated(current: current, earlier: earlier)
        } else {
            self = .mismatch(current: current)
        }
    }

    /// The verdict on a claim whose day is unknown: a mismatch when no fact ever allowed its
    /// value and the facts hold at every time, with no gap; else unverified.
    private static func anyTime(_ claim: Claim, facts: [NumericFact]) -> FactVerdict {
        let ordered = facts.sorted { ($0.firstDay ?? .distantPast) < ($1.firstDay ?? .distantPast) }
        guard let last = ordered.last, !facts.contains(where: { Self.allows(claim, $0.value) }),
            ordered.first?.firstDay == nil, last.lastDay == nil,
            zip(ordered, ordered.dropFirst()).allSatisfy({ earlier, later in
                guard let end = earlier.lastDay, let start = later.firstDay else { return false }
                return start <= end.adding(days: 1)
            })
        else {
            return claim.isDated || facts.isEmpty || facts.contains(where: { Self.allows(claim, $0.value) })
                ? .unverified : .neverHeld(facts: ordered)
        }
        return .mismatch(current: last)
    }

    /// The verdict on a claim of the publication date that no fact covers: never held when no
    /// fact allows its value and the value does not lie beyond the known ones on the side of the
    /// uncovered time (54 before a period of 56 may be an earlier count; 84 after a period of 88
    /// is no count the reference knows).
    private static func beyondCoverage(_ claim: Claim, facts: [NumericFact], published: CalendarDate) -> FactVerdict {
        let ordered = facts.sorted { ($0.firstDay ?? .distantPast) < ($1.firstDay ?? .distantPast) }
        guard let first = ordered.first, let last = ordered.last,
            !facts.contains(where: { Self.allows(claim, $0.value) })
        else { return .unverified }
        if let start = first.firstDay, published < start, claim.value.upper.map({ $0 <= first.value }) ?? false {
            return .unverified
        }
        if let end = last.lastDay, published > end, claim.value.lower.map({ $0 >= last.value }) ?? true {
            return .unverified
        }
        if (first.firstDay.map { published < $0 } ?? false) || (last.lastDay.map { published > $0 } ?? false) {
            return .neverHeld(facts: ordered)
        }
        // A gap between two periods: the count then may lie between them.
        return .unverified
    }

    /// Whether the claim allows a fact's value: within its written bounds, or, for a whole
    /// number written plainly, a value with decimals it rounds ("232 kilometres" for 231.6).
    static func allows(_ claim: Claim, _ value: Decimal) -> Bool {
        if claim.value.contains(value) { return true }
        guard claim.mention.bound == nil, case .number(let written) = claim.mention.value,
            Self.wholePart(written) == written, Self.wholePart(value) != value
        else { return false }
        return Self.wholePart(value + half) == written
    }

    /// One half, what a value with decimals takes on to round to its nearest whole number.
    private static let half = Decimal(string: "0.5")!

    /// A non-negative value without its decimals.
    private static func wholePart(_ value: Decimal) -> Decimal {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }

    /// Whether a fact counts what the claim counts: percentages against percentages, amounts in
    /// the same currency.
    static func isComparable(_ fact: NumericFact, with claim: Claim) -> Bool {
        if claim.isPercent != (fact.unit == "%") { return false }
        if let unit = claim.mention.unit, let factUnit = fact.unit, unit != factUnit { return false }
        return true
    }
}

extension CalendarDate {
    /// A day before any the reference data uses, to order facts without a start.
    fileprivate static let distantPast = CalendarDate(year: 1, month: 1, day: 1)!
}
