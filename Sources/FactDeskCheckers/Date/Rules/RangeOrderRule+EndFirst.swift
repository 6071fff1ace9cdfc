import FactDeskKit

/// An event's end told first and its start after, in one sentence or the next, the start later
/// than the end: "The fair runs until May 20. It began on May 24", « Le verdict est attendu le 19
/// juin. Le procès avait débuté le 22 juin ».
///
/// The start must be told as past (« a débuté », "began") or by a sentence whose subject is a
/// pronoun (« Elles s’ouvriront le 18 juin »), so a later event's start ("the retrial begins on
/// June 22") is not read as this one's, nor a start told of an earlier year ("It began on May 24
/// last year").
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
            guard case .date(let end, _) = endMention.value, case .date(let start, _) = startMention.value,
                end.day != nil, start.day != nil,
                check.document.sentenceIndex(of: startMention.span.start)
                    - check.document.sentenceIndex(of: endMention.span.start) <= 1,
                Self.isEnd(endMention, check: check),
                Self.isPastStart(startMention, check: check) || Self.isPronounStart(startMention, check: check)
            else { return nil }
            guard Self.isReversedAsWritten(startMention, endMention),
                !OtherTimeWords.tellsOfEarlierPeriod(
                    sentence: check.document.sentenceIndex(of: startMention.span.start), check: check)
            else { return nil }
            let span = RangeDurationMismatchRule.span(startMention, endMention, check: check)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: start, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(start), the start told after it")])
        }
    }

    /// Whether `end` comes before `start` by what the text writes: a year the text does not write
    /// is the extractor's guess, which a tense may move (a past start a year back), so dates
    /// without written years are compared by month and day, a short wrap of the new year kept;
    /// when one year only is written, the guessed one must agree ("runs until June 2. It started
    /// on June 8, 2025" is in order).
    static func isReversedAsWritten(_ start: Mention, _ end: Mention) -> Bool {
        guard case .date(let startDate, _) = start.value, case .date(let endDate, _) = end.value else { return false }
        let startWritten = startDate.year.map { start.text.contains(String($0)) } ?? false
        let endWritten = endDate.year.map { end.text.contains(String($0)) } ?? false
        var startDay = startDate
        var endDay = endDate
        startDay.year = nil
        endDay.year = nil
        switch (startWritten, endWritten) {
        case (true, true): return isReversed(startDate, endDate)
        case (false, false): return isReversed(startDay, endDay)
        default: return isReversed(startDate, endDate) && isReversed(startDay, endDay)
        }
    }

    /// Whether a date is an event's end by the words shortly before it: "runs until", « se
    /// poursuivront jusqu’au », « doit se tenir jusqu’au », "ends on", « le verdict est attendu le ».
    static func isEnd(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return (max(sentence.lowerBound, first - verbReach)..<first).contains {
            EventBoundaryWeekday.closingVerbs.contains(check.word($0)) || endWords.contains(check.word($0))
                || lastsUntil($0, check: check)
                || (untilWords.contains(check.word($0))
                    && (continuingVerbs.contains(check.word($0 - 1)) || heldInfinitives.contains(check.word($0 - 1))))
        }
    }

    /// Infinitives of holding or going on before "jusqu’au", folded: « doit se tenir jusqu’au ».
    static let heldInfinitives: Set<String> = ["tenir", "derouler", "poursuivre", "continuer", "sieger", "durer"]

    /// Subject pronouns that open a sentence about the event just named, folded.
    static let subjectPronouns: Set<String> = ["il", "elle", "ils", "elles", "it", "they"]

    /// Whether a date is a start told by an opening verb in a sentence whose subject is a
    /// pronoun: « Elles s’ouvriront le 18 juin », "It opens on June 18".
    static func isPronounStart(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return subjectPronouns.contains(check.word(sentence.lowerBound))
            && (max(sentence.lowerBound, first - verbReach)..<first).contains {
                EventBoundaryWeekday.openingVerbs.contains(check.word($0))
            }
    }

    /// Whether a date is an event's start told as past: "began on", « avait débuté le », "after
    /// starting", « après avoir débuté ».
    static func isPastStart(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return (max(sentence.lowerBound, first - verbReach)..<first).contains { index in
            pastOpeningWords.contains(check.word(index))
                // "after starting July 20", « après avoir débuté le 20 juillet »
                || ((EventBoundaryWeekday.openingVerbs.contains(check.word(index)) || startingWords.contains(check.word(index)))
                    && (1...2).contains { index - $0 >= sentence.lowerBound && ["after", "apres"].contains(check.word(index - $0)) })
                || (openingParticiples.contains(check.word(index))
                    && (1...2).contains { index - $0 >= sentence.lowerBound && auxiliaries.contains(check.word(index - $0)) })
        }
    }
}
