import FactDeskKit

/// « ouverte de jeudi à lundi inclus, soit quatre jours », "for three days, from Thursday to
/// Sunday": a length in days and a range of two weekdays written alone in its sentence ("from …
/// to", "de … à", "du … au", "… through …", a dash between; "starts on Friday and ends on
/// Sunday", « ouvre vendredi et ferme dimanche »). The range runs from the first
/// weekday to the next coming of the second, both counted: Thursday to Sunday is four days, Friday
/// to the next Monday four. A range from a weekday to the same one tells no length.
extension RangeDurationMismatchRule {
    /// Words between the two weekdays of a range, folded.
    static let weekdayJoiners: Set<String> = ["to", "through", "thru", "until", "a", "au", "-", "–", "—"]

    /// The finding for a length in days that a range of weekdays of its sentence contradicts.
    func weekdayRangeFinding(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck) -> Finding? {
        guard unit == .day else { return nil }
        let weekdays = Self.weekdaysAlone(inSentenceOf: duration, check: check)
        for (first, second) in zip(weekdays, weekdays.dropFirst()) {
            guard case .weekday(let from) = first.value, case .weekday(let to) = second.value, from != to else { continue }
            let end = check.document.tokenRange(of: first.span).upperBound
            let isJoined =
                check.document.tokenRange(of: second.span).lowerBound == end + 1
                && (Self.weekdayJoiners.contains(check.word(end)) || Self.weekdayJoiners.contains(check.tokens[end].text))
            guard isJoined || Self.opensAndCloses(first, second, check: check) else { continue }
            let days = Self.weekdaySpan(from: from, to: to)
            guard !Self.agrees(stated: stated, unit: unit, days: days) else { return nil }
            let range = first.span.union(second.span)
            return check.finding(
                descriptor, at: duration.span.union(range),
                message: check.wording.rangeDuration(quoted: duration.text, range: check.document.text(in: range), days: days),
                suggestions: [Self.corrected(duration.text, stated: stated, days: days, check.wording)],
                evidence: [Evidence(statement: "\(from.rawValue) to \(to.rawValue) is \(days) days, both ends included")])
        }
        return nil
    }

    /// Words between weekdays listed one after the other, folded.
    static let weekdayListJoiners: Set<String> = ["and", "et", ","]

    /// "on Thursday and Friday for a three-day summit", « jeudi, vendredi et samedi »: a length in
    /// days against weekdays of its sentence that follow one another, listed with "and", « et »
    /// or commas: as many days as weekdays.
    func weekdayListFinding(_ duration: Mention, stated: Int, unit: Mention.DurationUnit, check: DateCheck) -> Finding? {
        guard unit == .day else { return nil }
        var run: [Mention] = []
        var runs: [[Mention]] = []
        for weekday in Self.weekdaysAlone(inSentenceOf: duration, check: check) {
            guard case .weekday(let day) = weekday.value else { continue }
            if let last = run.last, case .weekday(let previous) = last.value, Self.weekdaySpan(from: previous, to: day) == 2,
                Self.isListed(last, weekday, check: check)
            {
                run.append(weekday)
            } else {
                if run.count >= 2 { runs.append(run) }
                run = [weekday]
            }
        }
        if run.count >= 2 { runs.append(run) }
        guard runs.count == 1, let listed = runs.first, let first = listed.first, let last = listed.last,
            !Self.agrees(stated: stated, unit: unit, days: listed.count)
        else { return nil }
        let range = first.span.union(last.span)
        return check.finding(
            descriptor, at: duration.span.union(range),
            message: check.wording.rangeDuration(quoted: duration.text, range: check.document.text(in: range), days: listed.count),
            suggestions: [Self.corrected(duration.text, stated: stated, days: listed.count, check.wording)],
            evidence: [Evidence(statement: "\(check.document.text(in: range)) is \(listed.count) days")])
    }

    /// The weekdays written alone (not part of a date) in the sentence of `duration`.
    private static func weekdaysAlone(inSentenceOf duration: Mention, check: DateCheck) -> [Mention] {
        let sentence = check.sentence(of: duration).span
        let dates = check.mentions(check.dates, in: sentence)
        return check.mentions(check.weekdays, in: sentence).filter { weekday in
            !dates.contains { $0.span.overlaps(weekday.span) }
        }
    }

    /// Whether only "and", « et » or a comma stand between two weekdays.
    private static func isListed(_ first: Mention, _ second: Mention, check: DateCheck) -> Bool {
        let between = check.document.tokenRange(of: first.span).upperBound..<check.document.tokenRange(of: second.span).lowerBound
        return between.count == 1
            && (weekdayListJoiners.contains(check.word(between.lowerBound))
                || weekdayListJoiners.contains(check.tokens[between.lowerBound].text))
    }

    /// Whether an opening verb stands right before the first weekday and a closing verb right
    /// before the second (its doors between), joined by "and", « et », a comma or an auxiliary:
    /// "starts on Friday and ends on Sunday", « ouvre vendredi et ferme dimanche », « ouverte
    /// jeudi, a fermé ses portes lundi ».
    static func opensAndCloses(_ first: Mention, _ second: Mention, check: DateCheck) -> Bool {
        func verb(before mention: Mention) -> Int? {
            var index = check.document.tokenRange(of: mention.span).lowerBound - 1
            if ["on", "le"].contains(check.word(index)) { index -= 1 }
            // "closed its doors on Monday", « a fermé ses portes lundi »
            if check.word(index) == "doors" || check.word(index) == "portes" { index -= 2 }
            return index >= 0 ? index : nil
        }
        guard let opening = verb(before: first), EventBoundaryWeekday.openingVerbs.contains(check.word(opening)),
            let closing = verb(before: second), EventBoundaryWeekday.closingVerbs.contains(check.word(closing))
        else { return false }
        let between = check.document.tokenRange(of: first.span).upperBound..<closing
        return !between.isEmpty && between.count <= Self.boundaryLinkReach
            && between.allSatisfy { Self.boundaryLinks.contains(check.word($0)) || check.tokens[$0].text == "," }
    }

    /// Words between an opening weekday and the closing verb of the same event, folded: "and",
    /// « et », auxiliaries (« ouverte jeudi, a fermé », "opened on Friday and has closed").
    static let boundaryLinks: Set<String> = ["and", "et", "a", "has", "had", "have", "ont", "est", "sont", "then", "puis"]
    /// How many tokens may stand between them.
    static let boundaryLinkReach = 3

    /// The days from one weekday to the next coming of another, both counted.
    static func weekdaySpan(from: Weekday, to: Weekday) -> Int {
        let all = Weekday.allCases
        return (all.firstIndex(of: to)! - all.firstIndex(of: from)! + 7) % 7 + 1
    }
}
