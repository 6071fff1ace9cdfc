import FactDeskKit

/// Two weekdays that give an event's days right after its noun or name, or after a verb of
/// taking place that follows it: "to attend the fair from Thursday to Saturday", « le congrès du
/// mardi au jeudi », "the meetings will run from Monday to Friday", "the summit, Monday through
/// Wednesday" is not read (a comma may open an aside). The first weekday is then the event's
/// first day and the second its last, as if an opening and a closing verb stood before them.
extension EventBoundaryWeekday {
    /// Words that open a range of weekdays, folded.
    static let rangeOpeners: Set<String> = ["from", "du", "de"]
    /// Words that close it, folded (« de jeudi à dimanche » folds « à » to "a").
    static let rangeClosers: Set<String> = ["to", "until", "through", "au", "till", "a"]
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

    /// Whether the token right before the range (and its verb of taking place) is an event noun
    /// (``EventWords/nouns``, ``rangeHeads``) or ends the event's own name, or is "and" after the
    /// name that opens the sentence ("The Kesra Festival returns this week and runs from …").
    /// The sentence may hold no other kind of event noun ("the ministers' meeting from Monday to
    /// Tuesday, before the summit"), nor a noun with a name of its own (``EventNounOwner``).
    func rangeFollowsEvent(_ period: EventPeriod, check: DateCheck) -> Bool {
        let head = Self.headBeforeVerb(verb - 1, sentence: sentence, check: check)
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
        let names = check.names.subjects(inSentence: sentence)
        if ["and", "et"].contains(word), head < verb - 1 {
            // "The Kesra Festival returns this week and runs from Friday through Sunday": the
            // second verb of the name that opens the sentence, no punctuation between.
            let opening = check.document.sentences[sentence].tokens.lowerBound
            return names.contains { name in
                name.subject.id == period.subjectID && name.tokens.lowerBound <= opening + 1
                    && !(name.tokens.upperBound..<head).contains { check.tokens[$0].kind == .punctuation }
            }
        }
        return names.contains { $0.subject.id == period.subjectID && $0.tokens.upperBound == head + 1 }
    }

    /// Words of a verb of taking place or lasting between an event and its range of weekdays
    /// ("the meetings will run from Monday through Friday", « le salon se tiendra du mardi au
    /// jeudi »), folded.
    static let rangeVerbs: Set<String> = [
        "will", "run", "runs", "ran", "is", "are", "was", "were", "be", "held", "take", "takes", "took", "place",
        "last", "lasts", "lasted", "se", "s'", "tient", "tiendra", "tiennent", "tiendront", "deroule", "deroulera",
        "deroulent", "derouleront", "aura", "auront", "lieu", "dure", "durera", "a", "taking",
    ]
    /// The time a range of weekdays may spell out after the verb, a comma apart: « a lieu cette
    /// semaine, de jeudi à dimanche », "runs this week, from Thursday to Sunday", folded.
    static let rangeWeeks: [[String]] = [["cette", "semaine"], ["this", "week"]]
    /// The most words of ``rangeVerbs`` skipped before a range of weekdays.
    static let rangeVerbReach = 3

    /// The token before the words of ``rangeVerbs`` that end at token `last`: the event's noun
    /// or the end of its name.
    private static func headBeforeVerb(_ last: Int, sentence: Int, check: DateCheck) -> Int {
        var last = last
        // « a lieu cette semaine, de jeudi à dimanche »: the week the range spells out.
        if check.tokens[last].text == ",",
            rangeWeeks.contains(where: { check.word(last - 2) == $0[0] && check.word(last - 1) == $0[1] })
        {
            last -= 3
        }
        // "taking place at the Town Hall from …": a place between the verb and the range.
        let sentenceStart = check.document.sentences[sentence].tokens.lowerBound
        var place = last
        while place > sentenceStart, check.tokens[place].kind == .word, WordFolding.isCapitalised(check.tokens[place].text) {
            place -= 1
        }
        if place < last, place > sentenceStart, ["the", "le", "la", "l'"].contains(check.word(place)) { place -= 1 }
        if place < last, rangePlacePrepositions.contains(check.word(place)) { last = place - 1 }
        let lowest = max(sentenceStart, last - rangeVerbReach + 1)
        var head = last
        while head >= lowest, rangeVerbs.contains(check.word(head)) { head -= 1 }
        // "The Kesra Fair, taking place …": a participle's comma after the name.
        if head < last, head > sentenceStart, check.tokens[head].text == "," { head -= 1 }
        return head
    }

    /// Prepositions of a place between a verb of taking place and a range of weekdays, folded.
    static let rangePlacePrepositions: Set<String> = ["at", "in", "a", "au"]
}
