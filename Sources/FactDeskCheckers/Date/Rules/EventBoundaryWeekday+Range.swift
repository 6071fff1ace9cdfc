import FactDeskKit

/// Two weekdays that give an event's days right after its noun or name: "to attend the fair
/// from Thursday to Saturday", « le congrès du mardi au jeudi », "the summit, Monday through
/// Wednesday" is not read (a comma may open an aside). The first weekday is then the event's
/// first day and the second its last, as if an opening and a closing verb stood before them.
extension EventBoundaryWeekday {
    /// Words that open a range of weekdays, folded.
    static let rangeOpeners: Set<String> = ["from", "du"]
    /// Words that close it, folded.
    static let rangeClosers: Set<String> = ["to", "until", "through", "au", "till"]
    /// Nouns of an event that a range of weekdays may follow, besides ``EventWords/nouns``, folded.
    static let rangeHeads: Set<String> = ["event", "events", "evenement", "summits", "sommets", "fair", "foire"]

    /// The boundaries that a range of weekdays right after an event noun or name gives: the
    /// weekday after "from" opens, the one after "to" closes. `mentions` are the sentence's
    /// weekdays, in order.
    static func rangeBoundaries(_ mentions: [Mention], check: DateCheck) -> [EventBoundaryWeekday] {
        var found: [EventBoundaryWeekday] = []
        for (first, second) in zip(mentions, mentions.dropFirst()) {
            let opener = check.document.tokenIndex(from: first.span.start) - 1
            let firstEnd = check.document.tokenRange(of: first.span).upperBound
            let secondStart = check.document.tokenIndex(from: second.span.start)
            let sentence = check.document.sentenceIndex(of: first.span.start)
            let tokens = check.document.sentences[sentence].tokens
            guard opener > tokens.lowerBound, rangeOpeners.contains(check.word(opener)),
                secondStart == firstEnd + 1, rangeClosers.contains(check.word(firstEnd)),
                let opening = WeekdayReading.weekday(of: first), let closing = WeekdayReading.weekday(of: second),
                !check.quoted.contains(token: opener)
            else { continue }
            let subject = tokens.lowerBound..<opener
            found.append(
                EventBoundaryWeekday(
                    mention: first, weekday: opening, opens: true, verb: opener, sentence: sentence, subject: subject,
                    ranged: true))
            found.append(
                EventBoundaryWeekday(
                    mention: second, weekday: closing, opens: false, verb: opener, sentence: sentence,
                    subject: subject, ranged: true))
        }
        return found
    }

    /// Whether the token right before the range is an event noun (``EventWords/nouns``,
    /// ``rangeHeads``) or ends the event's own name.
    /// The sentence may hold no other kind of event noun ("the ministers' meeting from Monday to
    /// Tuesday, before the summit"), nor a noun with a name of its own (``EventNounOwner``).
    func rangeFollowsEvent(_ period: EventPeriod, check: DateCheck) -> Bool {
        let head = verb - 1
        let word = check.word(head)
        let generic: Set<String> = ["edition", "editions", "session", "sessions"]
        let kinds = Set(
            check.document.sentences[sentence].tokens.map { check.word($0) }.filter { EventWords.nouns.contains($0) }
        ).subtracting(generic)
        guard kinds.count <= 1 else { return false }
        if EventWords.nouns.contains(word) {
            return !EventNounOwner.namesOther(noun: head, sentence: sentence, period: period, check: check)
        }
        if Self.rangeHeads.contains(word) { return kinds.isEmpty }
        return check.names.subjects(inSentence: sentence).contains {
            $0.subject.id == period.subjectID && $0.tokens.upperBound == verb
        }
    }
}
