import FactDeskKit

/// A length in hours against the start and finish days its sentence gives after it: « le départ
/// des 24 heures de course sera donné samedi 15 juin à 16 heures, l’arrivée lundi 17 juin »
/// (two days later: more than 24 hours), "the 36-hour race starts on Saturday, June 15 and
/// finishes on Sunday, June 16 at the same time" (24 hours).
extension RangeDurationMismatchRule {
    /// Words after the finish day that make it the start's hour again: « à la même heure », "at
    /// the same time".
    static let sameHourWords: Set<String> = ["meme", "same"]

    /// The finding for hours that the days cannot hold: the hours between the first and the last
    /// day run from more than a day less than their difference to less than a day more, or are
    /// exactly the difference when the finish is at the same hour.
    func hourFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        guard DurationContext(check: check, duration: duration).describesLength,
            let (start, finish) = Self.startAndFinish(after: duration, check: check),
            case .date(let first, _) = start.value, case .date(let last, _) = finish.value,
            let days = Self.inclusiveDays(from: first, to: last)
        else { return nil }
        let apart = (days - 1) * 24
        let after = check.document.tokenRange(of: finish.span).upperBound
        let sameHour = (after..<min(after + 4, check.tokens.count)).contains { Self.sameHourWords.contains(check.word($0)) }
        guard sameHour ? stated != apart : !((apart - 24 + 1)...(apart + 24 - 1)).contains(stated) else { return nil }
        let dates = check.document.text(in: start.span.union(finish.span))
        return check.finding(
            descriptor, at: duration.span.union(finish.span),
            message: check.wording.rangeHours(quoted: duration.text, range: dates, hours: apart, exact: sameHour),
            evidence: [Evidence(statement: "\(start.text) to \(finish.text) is \(days - 1) days apart")])
    }

    /// The first day after the length in its sentence, and the next one after a closing or an
    /// arrival word (« l’arrivée dimanche 16 juin », "finishes on June 16").
    private static func startAndFinish(after duration: Mention, check: DateCheck) -> (Mention, Mention)? {
        let sentence = check.sentence(of: duration).span
        let dates = check.mentions(check.dates, in: Span(start: duration.span.end, end: sentence.end)).filter {
            if case .date(let date, _) = $0.value { return date.month != nil && date.day != nil }
            return false
        }
        guard dates.count >= 2,
            BoundaryWord.governs(dates[1], oneOf: OpeningClosingDates.closingWords.union(RangeOrderRule.arrivalWords), check: check)
        else { return nil }
        return (dates[0], dates[1])
    }
}

extension DateWording {
    /// "« 36 heures » : « samedi 15 juin … dimanche 16 juin à la même heure » fait vingt-quatre heures."
    func rangeHours(quoted words: String, range: String, hours: Int, exact: Bool) -> String {
        let about = exact ? "" : (language == .fr ? "environ " : "about ")
        return language == .fr
            ? quoted(words) + colon + "\(quoted(range)) sont à \(about)\(numberInWords(hours)) heures l’un de l’autre."
            : quoted(words) + colon + "\(quoted(range)) are \(about)\(numberInWords(hours)) hours apart."
    }
}
