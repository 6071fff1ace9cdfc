import FactDeskKit
import FactDeskText

/// Rule `range-duration-mismatch`: a range of days and the length the text gives the same event
/// that disagree, counting both ends as news does ("du 24 au 27 novembre" is four days, not
/// "trois jours durant").
///
/// A length counts only when the words make it one ("pendant trois jours", "quatre jours
/// durant", "for five days", "a four-day meeting"), not a delay ("dans trois jours", "trois
/// jours plus tard"). It is paired with the nearest range before it in its paragraph or the one
/// before, with no other date between, else with a range after it in its sentence.
struct RangeDurationMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "range-duration-mismatch", severity: .error,
        summary: "A date range and a stated length of the same event that disagree (both ends count).",
        examples: [
            RuleExample(
                "L’assemblée se tient du 24 au 27 novembre. Les délégués débattront ⟦trois jours⟧ durant.",
                language: .fr),
            RuleExample(
                "Pendant ⟦cinq jours⟧, du 3 au 6 mars 2026, la ville vivra au rythme du festival.", language: .fr),
            RuleExample("The summit runs from March 3 to 6, 2026. Leaders meet for ⟦three days⟧.", language: .en),
            RuleExample("The ⟦three-day⟧ meeting, held November 24–27, ended with a vote.", language: .en),
            RuleExample(
                "L’assemblée se tient du 24 au 27 novembre. Les délégués débattront quatre jours durant.", language: .fr
            ),
            RuleExample(
                "Pendant quatre jours, du 3 au 6 mars 2026, la ville vivra au rythme du festival.", language: .fr),
            RuleExample("The summit runs from March 3 to 6, 2026. Leaders meet for four days.", language: .en),
            RuleExample("The four-day meeting, held November 24–27, ended with a vote.", language: .en),
            RuleExample(
                "Du 24 au 27 novembre, la ville accueille le sommet ; le vote aura lieu dans trois jours.",
                language: .fr),
            RuleExample("Du 3 au 14 mars, le salon dure deux semaines.", language: .fr),
            RuleExample(
                "Le sommet s’est tenu du 24 au 27 novembre. Le 2 décembre, le comité a siégé pendant trois jours.",
                language: .fr),
        ])

    func findings(in check: DateCheck) -> [Finding] {
        let anchors = check.timeline.filter { $0.kind == .date || $0.kind == .dateRange }
        return check.durations.compactMap { duration -> Finding? in
            guard case .duration(let amount, let unit) = duration.value, unit == .day || unit == .week,
                let stated = DurationContext.wholeNumber(amount),
                DurationContext(check: check, duration: duration).describesLength,
                let range = pairedRange(for: duration, anchors: anchors, check: check),
                case .dateRange(let start, let end, _, _) = range.value,
                let days = Self.inclusiveDays(from: start, to: end)
            else { return nil }
            let agrees = unit == .day ? stated == days : (7 * stated - 2...7 * stated).contains(days)
            guard !agrees else { return nil }
            return check.finding(
                descriptor, at: duration.span,
                message: check.wording.rangeDuration(quoted: duration.text, range: range.text, days: days),
                suggestions: unit == .day
                    ? [Self.corrected(duration.text, stated: stated, days: days, check.wording)] : [],
                evidence: [Evidence(statement: "\(start) to \(end) is \(days) days, both ends included")])
        }
    }

    /// The range the duration describes, if one is near enough.
    private func pairedRange(for duration: Mention, anchors: [Mention], check: DateCheck) -> Mention? {
        let next = anchors.partitionPoint { $0.span.start >= duration.span.start }
        if next > 0, anchors[next - 1].kind == .dateRange,
            check.document.paragraphIndex(of: duration.span.start) - check.document.paragraphIndex(of: anchors[next - 1].span.start) <= 1
        {
            return anchors[next - 1]
        }
        guard next < anchors.count, anchors[next].kind == .dateRange,
            check.document.sentenceIndex(of: anchors[next].span.start) == check.document.sentenceIndex(of: duration.span.start)
        else { return nil }
        return anchors[next]
    }

    /// The days from `start` to `end`, both counted; `nil` unless both are days of a known month
    /// and the count does not depend on a leap year the text leaves open.
    static func inclusiveDays(from start: PartialDate, to end: PartialDate) -> Int? {
        guard let startMonth = start.month, let startDay = start.day, let endMonth = end.month, let endDay = end.day
        else { return nil }
        if let startYear = start.year, let endYear = end.year {
            guard let first = CalendarDate(year: startYear, month: startMonth, day: startDay),
                let last = CalendarDate(year: endYear, month: endMonth, day: endDay), first <= last
            else { return nil }
            return last.daysSinceEpoch - first.daysSinceEpoch + 1
        }
        let wraps = start.wrapsNewYear(before: end) ? 1 : 0
        let counts = [2001, 2003].map { year -> Int? in
            guard let first = CalendarDate(year: year, month: startMonth, day: startDay),
                let last = CalendarDate(year: year + wraps, month: endMonth, day: endDay), first <= last
            else { return nil }
            return last.daysSinceEpoch - first.daysSinceEpoch + 1
        }
        guard let count = counts[0], counts[1] == count else { return nil }
        return count
    }

    /// The duration's words with the right number: "trois jours" → "quatre jours", "4-day" →
    /// "5-day".
    static func corrected(_ text: String, stated: Int, days: Int, _ wording: DateWording) -> String {
        if text.first?.isNumber == true, let replaced = QuoteEditing.replacingNumber(stated, with: days, in: text) {
            return replaced
        }
        guard let separator = text.lastIndex(where: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" }) else { return text }
        return QuoteEditing.matchingCase(wording.numberInWords(days), of: String(text[..<separator]))
            + text[separator...]
    }
}

extension DateWording {
    /// "« trois jours » : « du 24 au 27 novembre » fait quatre jours, le premier et le dernier compris."
    func rangeDuration(quoted words: String, range: String, days: Int) -> String {
        language == .fr
            ? quoted(words) + colon
                + "\(quoted(range)) fait \(numberInWords(days)) jours, le premier et le dernier compris."
            : quoted(words) + colon
                + "\(quoted(range)) is \(numberInWords(days)) days, counting the first and the last."
    }
}
