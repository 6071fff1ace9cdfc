import FactDeskKit

/// An event's end told first and its start after, in one sentence or the next, the start later
/// than the end: "The fair runs until May 20. It began on May 24", « Le verdict est attendu le 19
/// juin. Le procès avait débuté le 22 juin ».
///
/// The start must be told as past (« a débuté », "began"), so a later event's start ("the retrial
/// begins on June 22") is not read as this one's.
extension RangeOrderRule {
    /// Started, in English: the past of an opening verb.
    static let pastOpeningWords: Set<String> = ["began", "started", "opened", "kicked"]
    /// French participles of an opening verb, read as past after an auxiliary (« a débuté »,
    /// « avait commencé », « s’est ouvert »).
    static let openingParticiples: Set<String> = [
        "debute", "commence", "ouvert", "ouverte", "ouverts", "ouvertes", "demarre", "demarree", "lance", "lancee",
    ]
    /// French auxiliaries before a participle, folded.
    static let auxiliaries: Set<String> = ["a", "avait", "ont", "avaient", "est", "etait", "sont", "etaient"]

    func endFirstFindings(_ check: DateCheck) -> [Finding] {
        zip(check.dates, check.dates.dropFirst()).compactMap { endMention, startMention -> Finding? in
            guard case .date(var end, _) = endMention.value, case .date(var start, _) = startMention.value,
                end.day != nil, start.day != nil,
                check.document.sentenceIndex(of: startMention.span.start)
                    - check.document.sentenceIndex(of: endMention.span.start) <= 1,
                Self.isEnd(endMention, check: check), Self.isPastStart(startMention, check: check)
            else { return nil }
            // A year the text does not write is the extractor's guess, which a past tense moves
            // back: ends without written years are compared by month and day.
            if !(end.year.map { endMention.text.contains(String($0)) } ?? false) { end.year = nil }
            if !(start.year.map { startMention.text.contains(String($0)) } ?? false) { start.year = nil }
            if (start.year == nil) != (end.year == nil) { start.year = nil; end.year = nil }
            guard Self.isReversed(start, end) else { return nil }
            let span = RangeDurationMismatchRule.span(startMention, endMention, check: check)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: start, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(start), the start told after it")])
        }
    }

    /// Whether a date is an event's end by the words shortly before it: "runs until", « se
    /// poursuivront jusqu’au », "ends on", « le verdict est attendu le ».
    static func isEnd(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return (max(sentence.lowerBound, first - verbReach)..<first).contains {
            EventBoundaryWeekday.closingVerbs.contains(check.word($0)) || endWords.contains(check.word($0))
                || lastsUntil($0, check: check)
                || (untilWords.contains(check.word($0)) && continuingVerbs.contains(check.word($0 - 1)))
        }
    }

    /// Whether a date is an event's start told as past: "began on", « avait débuté le ».
    static func isPastStart(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return (max(sentence.lowerBound, first - verbReach)..<first).contains { index in
            pastOpeningWords.contains(check.word(index))
                || (openingParticiples.contains(check.word(index))
                    && (1...2).contains { index - $0 >= sentence.lowerBound && auxiliaries.contains(check.word(index - $0)) })
        }
    }
}
