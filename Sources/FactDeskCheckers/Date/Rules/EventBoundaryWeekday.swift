import FactDeskKit

/// A weekday that a verb makes the first or the last day of the event its sentence speaks of:
/// "the summit kicked off Monday", « le Tour s’élance ce dimanche », "will start its activities
/// on Sunday", "closed on Friday", « se clôturera jeudi », "runs until Sunday"; or that dates an opening or closing
/// ceremony (``CeremonyBoundary``: "the opening ceremony of the fair on Friday"); or that a
/// range of weekdays after the event's noun makes its first or last day ("the fair from
/// Thursday to Saturday"). An opening said to be the official one ("is formally opened
/// on Friday") may come after days the reference counts: it must only fall on one of the
/// event's days (``official``).
///
/// It disagrees with the event when the event opens (or closes) within ``reach`` days of the
/// publication date on another weekday: the weekday then cannot be that day, whichever way it
/// is read from the publication date.
struct EventBoundaryWeekday {
    /// The weekday or relative weekday mention.
    var mention: Mention
    /// The weekday written.
    var weekday: Weekday
    /// Whether the verb opens the event (else it closes it).
    var opens: Bool
    /// The verb's token.
    var verb: Int
    var sentence: Int
    /// The tokens where the verb's subject is sought: those before the verb, or, after a
    /// participle that opens the sentence (« Ouvert dimanche, le salon … »), those after the weekday.
    var subject: Range<Int>
    /// Whether a range of weekdays after the event's noun gives the day ("the fair from Thursday
    /// to Saturday", ``rangeBoundaries(_:check:)``): ``verb`` is then the word that opens the range.
    var ranged = false
    /// Whether the opening is said to be the official one ("was formally opened on Friday",
    /// ``officialWords``): any of the event's days may be it, not only the first.
    var official = false

    /// Verbs that open an event, folded.
    static let openingVerbs: Set<String> = [
        "open", "opens", "opened", "opening", "kicked", "kicks", "kick", "began", "begins", "begin", "start",
        "starts", "started", "starting", "ouvre", "ouvrira", "ouvert", "ouverte", "ouvriront", "debute", "debutera",
        "debutent", "demarre", "demarrera", "elance", "elancera", "commence", "commencera", "underway", "inaugure",
        "inauguree", "inaugurera", "inaugurated", "inaugurates", "lance", "lancee", "lancera", "launched", "launches",
        "ouverts", "ouvertes", "ouvrent", "beginning", "commencing", "kicking", "elancent", "elanceront", "elancee", "elancees", "elances", "commenced", "commences",
        // infinitives after a verb of plan or duty: « doit s’ouvrir lundi », « devait débuter »
        "ouvrir", "debuter", "demarrer", "commencer", "elancer", "inaugurer",
    ]
    /// Verbs of a race's departure, folded: « la Transat part dimanche du Havre », "the rally
    /// departs on Sunday". « Part » is read so only in French ("part of the fair").
    static let departureVerbs: Set<String> = [
        "part", "partira", "partent", "partiront", "departs", "departed", "depart", "departing",
    ]
    /// Verbs before "until" that make its weekday the event's last day, folded: "runs until
    /// Sunday", "is open until Sunday".
    static let runningVerbs: Set<String> = ["runs", "run", "continues", "continue", "lasts", "last", "open", "running"]
    /// Words that deny the verb after them, folded: "doesn't start until Monday".
    static let denials: Set<String> = ["not", "doesn't", "don't", "won't", "didn't", "isn't", "n't", "never"]

    /// Whether token `until` is "until" after an opening verb that a word of ``denials`` comes
    /// right before ("doesn't start until Monday", "will not open until Friday"): the weekday after
    /// it is the opening day, the verb's.
    static func isDeniedOpeningUntil(_ until: Int, check: DateCheck) -> Bool {
        guard check.word(until) == "until" else { return false }
        // "doesn't kick off until Monday"
        let verb = check.word(until - 1) == "off" ? until - 2 : until - 1
        return openingVerbs.contains(check.word(verb)) && denials.contains(check.word(verb - 1))
    }

    /// French words of a denial around a verb, folded: « ne … pas », « n’a jamais ».
    static let frenchDenials: Set<String> = ["pas", "jamais", "plus", "guere"]

    /// Whether the verb at token `verb` is denied: "not", "never" or a contraction in "n't" up
    /// to three words before it ("wouldn't open", "will not close"), or « ne » / « n’ » before it
    /// with « pas », « jamais » near it (« ne s’ouvrira pas », « n’a pas commencé »).
    static func isDenied(_ verb: Int, check: DateCheck) -> Bool {
        let before = max(0, verb - 3)..<verb
        if before.contains(where: { index in
            denials.contains(check.word(index)) || check.tokens[index].text.hasSuffix("n't")
                || check.tokens[index].text.hasSuffix("n’t")
        }) {
            return true
        }
        guard check.document.language == .fr, before.contains(where: { ["ne", "n'"].contains(check.word($0)) }) else {
            return false
        }
        return (verb - 2..<min(check.tokens.count, verb + 3)).contains { frenchDenials.contains(check.word($0)) }
    }

    /// Verbs that close an event, folded.
    static let closingVerbs: Set<String> = [
        "close", "closes", "closed", "closing", "ended", "ends", "end", "concluded", "concludes", "conclude",
        "cloture", "cloturera", "clos", "termine", "terminera", "acheve", "achevera", "ferme", "fermera", "fermeront",
        "wraps", "wrapped", "wrap", "finishes", "finished", "refermera", "referme", "refermee", "refermeront",
        "achevee", "achevees", "acheves", "terminee", "terminees", "termines", "cloturee", "cloturees",
        "clotures", "fermee", "fermees", "achevent", "terminent", "cloturent", "acheveront", "termineront",
        "clotureront", "clot", "clora", "cloront",
        // infinitives after a verb of plan or duty: « devait s’achever jeudi », « doit fermer »
        "achever", "cloturer", "terminer", "fermer", "refermer", "clore",
    ]
    /// Forms of « prendre » that make « fin » a closing: « prendra fin vendredi », « a pris fin ».
    static let endingTakers: Set<String> = ["prendra", "pris", "prend", "prendront", "prennent", "prenait", "prendre"]
    /// How many tokens may stand between the verb and the weekday ("start its activities “Sunday”").
    static let verbReach = 5
    /// How far from the publication date the event's first or last day may be, in days, for a
    /// weekday to name it without doubt.
    static let reach = 6
    /// How many days after its last day an event may still close, having run over.
    static let overtime = 2

    /// The weekdays alone and the relative weekdays ("ce dimanche") right after an opening or a
    /// closing verb.
    static func candidates(in check: DateCheck) -> [EventBoundaryWeekday] {
        var found: [EventBoundaryWeekday] = []
        let weekdayStarts = Set(check.weekdays.map { check.document.tokenIndex(from: $0.span.start) })
        for mention in check.weekdays + check.relatives {
            guard let weekday = WeekdayReading.weekday(of: mention) else { continue }
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            let first = check.document.tokenIndex(from: mention.span.start)
            // Someone's words in quotation marks may be of another day; a weekday quoted alone
            // ("will start “Sunday”") is the writer's.
            // "runs until Sunday", "runs from Sunday": "until" and "from" there bound the event, no
            // habit; so does "until" after an opening verb denied ("doesn't start until Monday").
            let boundsRun =
                ["until", "from"].contains(check.word(first - 1)) && runningVerbs.contains(check.word(first - 2))
                || Self.isDeniedOpeningUntil(first - 1, check: check)
            guard !check.quoted.contains(token: first) || Self.isQuotedAlone(mention, check: check),
                boundsRun || !WeekdayReading.isHabitOrList(first, check: check),
                !DatedWeekday.isDated(mention, check: check)
            else { continue }
            let tokens = check.document.sentences[sentence].tokens
            // "kicked off in San Francisco, California, on Wednesday": the place does not count.
            let from = max(tokens.lowerBound, (placeBefore(first, from: tokens.lowerBound, check: check) ?? first) - verbReach)
            let last = check.document.tokenRange(of: mention.span).upperBound
            // A verb before another weekday is that weekday's: « qui devait s’achever vendredi,
            // se poursuivait samedi ».
            let before = (from..<first).reversed().prefix { !weekdayStarts.contains($0) }
            if let (index, opens) = CeremonyBoundary.boundary(
                before: first, in: tokens, sentence: sentence, check: check)
            {
                // "the opening ceremony of the fair on Friday": the event is sought before the weekday.
                found.append(
                    EventBoundaryWeekday(
                        mention: mention, weekday: weekday, opens: opens, verb: index, sentence: sentence,
                        subject: tokens.lowerBound..<first))
            } else if let (index, opens, isPart) = objectBoundary(before: first, in: tokens, sentence: sentence, check: check) {
                // "will begin the 74th annual assembly on Wednesday": the event is the object;
                // "opened working sessions on Tuesday": a part of it is.
                guard !isPart else { continue }
                found.append(
                    EventBoundaryWeekday(
                        mention: mention, weekday: weekday, opens: opens, verb: index, sentence: sentence,
                        subject: index + 1..<first))
            } else if let (index, opens) = firstBoundary(in: before, check: check) {
                // « Ouvert dimanche, le salon … »: the subject follows the weekday and its comma.
                let fronted = index == tokens.lowerBound && check.tokens[safe: last]?.text == ","
                found.append(
                    EventBoundaryWeekday(
                        mention: mention, weekday: weekday, opens: opens, verb: index, sentence: sentence,
                        subject: fronted ? last + 1..<tokens.upperBound : tokens.lowerBound..<index))
            } else if first == tokens.lowerBound || (first - 1 == tokens.lowerBound && ["on", "des"].contains(check.word(first - 1))),
                check.tokens[safe: last]?.text == ",",
                let (index, opens) = firstBoundary(
                    in: (last + 1..<min(tokens.upperBound, last + 1 + frontedReach)).prefix(while: {
                        !clauseBreaks.contains(check.tokens[$0].text) && !clauseWords.contains(check.word($0))
                    }), check: check)
            {
                // « Dimanche, le salon a ouvert ses portes », "On Sunday, the fair opened": the
                // weekday opens the sentence.
                found.append(
                    EventBoundaryWeekday(
                        mention: mention, weekday: weekday, opens: opens, verb: index, sentence: sentence,
                        subject: last + 1..<index))
            }
        }
        // "wouldn't open on Wednesday", « ne s’ouvrira pas mercredi »: a denied verb gives no day
        // (not "doesn't start until Monday", whose weekday is the opening).
        found.removeAll { boundary in
            let first = check.document.tokenIndex(from: boundary.mention.span.start)
            return !isDeniedOpeningUntil(first - 1, check: check) && isDenied(boundary.verb, check: check)
        }
        let taken = Set(found.map(\.mention.span.start))
        found += rangeBoundaries(check.weekdays, check: check).filter { !taken.contains($0.mention.span.start) }
        // "is formally opened on Friday": an official opening after days open to some
        // already, which the reference's first day may be.
        return found.map { boundary in
            let first = check.document.tokenIndex(from: boundary.mention.span.start)
            // The verb may follow a weekday that opens the sentence (« Dimanche, le salon a ouvert »).
            let between = max(0, min(boundary.verb, first) - 1)..<max(boundary.verb + 1, first)
            var marked = boundary
            marked.official = boundary.opens && between.contains { officialWords.contains(check.word($0)) }
            return marked
        }
    }

    /// Words that make an opening or a closing the official one, folded.
    static let officialWords: Set<String> = ["officially", "formally", "officiellement"]

    /// How many tokens after a weekday that opens its sentence the verb may be (« Dimanche, le
    /// Salon du livre de Rouen a ouvert ses portes »).
    static let frontedReach = 12
    /// Marks that end the clause a fronted weekday opens.
    private static let clauseBreaks: Set<String> = [",", ";", ":", "(", "«", "»", "“", "”", "\"", "—", "–"]
    /// Words that open another clause after a fronted weekday, whose verb is not the weekday's,
    /// folded: « Dimanche, le ministre a dit que le salon ouvrirait », "Sunday, officials said the …".
    private static let clauseWords: Set<String> = [
        "que", "qu'", "qui", "dont", "ou", "that", "which", "who", "where", "when", "said", "says", "announced",
        "annonce", "declare", "indique", "affirme", "explique", "precise",
    ]

    /// The first of `indices` that opens or closes an event, and whether it opens.
    private static func firstBoundary(in indices: some Collection<Int>, check: DateCheck) -> (index: Int, opens: Bool)? {
        indices.lazy.compactMap { index in boundary(at: index, check: check).map { (index, $0) } }.first
    }

    /// Whether token `index` opens (`true`) or closes (`false`) an event, or `nil`: "opened",
    /// « s’ouvre », "got under way", "runs from", « prendra fin », « se clôture ».
    private static func boundary(at index: Int, check: DateCheck) -> Bool? {
        let word = check.word(index)
        // "got under way"
        let opens =
            openingVerbs.contains(word) || (word == "way" && check.word(index - 1) == "under")
            || (departureVerbs.contains(word) && (word != "part" || check.document.language == .fr))
        // "runs from Sunday until October 8"
        let runsFrom = word == "from" && runningVerbs.contains(check.word(index - 1))
        // « prendra fin », "runs until Sunday", "is open until Sunday"
        let ends =
            (word == "fin" && endingTakers.contains(check.word(index - 1)))
            || (word == "until" && runningVerbs.contains(check.word(index - 1)))
        return opens || runsFrom ? true : ends || closingVerbs.contains(word) ? false : nil
    }

    /// Prepositions of place, folded.
    private static let placePrepositions: Set<String> = ["in", "at", "a", "en", "au", "aux", "dans"]
    /// Words a place written before a weekday may hold besides capitalised words, folded:
    /// "in San Francisco, the United States, on", « à Lyon, dans le Rhône, ce ».
    private static let placeWords: Set<String> = [
        "the", "of", "de", "du", "des", "la", "le", "l'", "d'", "city", "capital", "downtown", "ville", "capitale",
        "centre", "center", "dans", "suburb", "suburbs", "outskirts", "town", "village", "region", "district",
        "banlieue", "quartier", "commune", "coastal", "northern", "southern", "eastern", "western",
    ]

    /// The preposition that opens a place written right before the weekday at token `first`
    /// ("in San Francisco, the United States, on Wednesday", « à Rennes ce mercredi »), or `nil`.
    static func placeBefore(_ first: Int, from lowerBound: Int, check: DateCheck) -> Int? {
        var index = first - 1
        while index > lowerBound, ["on", "ce", "le"].contains(check.word(index)) { index -= 1 }
        let end = index
        while index > lowerBound {
            let token = check.tokens[index]
            let word = check.word(index)
            if placePrepositions.contains(word), index < end { return index }
            guard token.text == "," || placeWords.contains(word) || (token.kind == .word && WordFolding.isCapitalised(token.text))
            else { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the mention's words are all a quotation holds: a quotation mark right before and
    /// right after them.
    static func isQuotedAlone(_ mention: Mention, check: DateCheck) -> Bool {
        let tokens = check.document.tokenRange(of: mention.span)
        let marks: Set<String> = ["“", "”", "\"", "«", "»", "‘", "’"]
        return tokens.lowerBound > 0 && tokens.upperBound < check.tokens.count
            && marks.contains(check.tokens[tokens.lowerBound - 1].text)
            && marks.contains(check.tokens[tokens.upperBound].text)
    }

    /// Whether the event is what opens or closes: an event noun or the event's name in the
    /// tokens of ``subject`` — before the verb ("the summit kicked off", « le Tour de France
    /// s’élance »), or after a participle that opens the sentence (« Ouvert dimanche, le salon ») —, not only
    /// its place ("le marché de Marrakech ouvre samedi") nor a part of it named alone ("matches
    /// start on Thursday", "the hearing opened on Monday").
    ///
    /// Two different event nouns before the verb ("the summit opened on Monday, a day after the
    /// ministers' meeting ended on Sunday") leave the verb's subject unknown unless the event's
    /// own name is the nearest; "edition" and "session" name an edition of any event, and do
    /// not count. The nearest event noun with a name of its own (« la session du Conseil
    /// exécutif », "the NATO Public Forum", ``EventNounOwner``) is another event. An event noun or
    /// name that completes a part with days of its own ("the counting of ballots for the
    /// election", "the first day of the fair", ``EventComplement/partsWithOwnDays``) is not the subject.
    func namesEvent(_ period: EventPeriod, check: DateCheck) -> Bool {
        if ranged { return rangeFollowsEvent(period, check: check) }
        return Self.eventIsSubject(in: subject, sentence: sentence, period: period, check: check)
    }

    /// ``namesEvent(_:check:)`` for a subject sought in `before`, tokens of sentence `sentence`.
    static func eventIsSubject(in before: Range<Int>, sentence: Int, period: EventPeriod, check: DateCheck) -> Bool {
        let heads = EventComplement.partsWithOwnDays
        // "the summit", and the noun of the event's kind ("the race" for a marathon).
        let nouns = before.filter {
            (EventWords.nouns.contains(check.word($0)) || EventWords.genericNouns.contains(check.word($0))
                || EventKindNouns.names(check.word($0), subject: period.subjectID, check: check))
                && !EventComplement.isComplement(at: $0, within: before, heads: heads, check: check)
        }
        let named = check.names.subjects(inSentence: sentence).filter {
            before.contains($0.tokens.lowerBound)
                && !EventComplement.isComplement(at: $0.tokens.lowerBound, within: before, heads: heads, check: check)
        }
        let own = named.filter { $0.subject.id == period.subjectID }.map(\.tokens.upperBound).max()
        if let nearest = nouns.last, own.map({ $0 <= nearest }) ?? true,
            EventNounOwner.namesOther(noun: nearest, sentence: sentence, period: period, check: check)
        {
            return false
        }
        let generic: Set<String> = ["edition", "editions", "session", "sessions"]
        let kinds = Set(nouns.map { check.word($0) }).subtracting(generic)
        if kinds.count > 1 {
            return own.map { name in nouns.allSatisfy { $0 < name || generic.contains(check.word($0)) } } ?? false
        }
        return !nouns.isEmpty || own != nil
    }

    /// The event's first or last day, when it lies near the publication date on another weekday.
    /// Once the last day has passed, a closing up to ``overtime`` days after it is no
    /// contradiction when talks may have run over: for an event of ``longEvent`` days or more
    /// (a conference that overruns), or when the paragraph speaks of a plan or an overrun ("was
    /// due to end on Friday … ended on Sunday", « après prolongation », ``overrunWords``).
    /// A summit of two or three days that "closed on Saturday" after ending on Friday is wrong.
    func contradicted(by period: EventPeriod, published: CalendarDate, check: DateCheck) -> CalendarDate? {
        let day = opens ? period.first : period.last
        if officialOpeningFits(period) || (!opens && !period.isLastDayKnown) { return nil }
        let ranOver =
            !opens && published > day
            && (1...Self.overtime).contains(where: { day.adding(days: $0).weekday == weekday })
            && (period.last.daysSinceEpoch - period.first.daysSinceEpoch + 1 >= Self.longEvent
                || speaksOfOverrun(check: check))
        guard abs(day.daysSinceEpoch - published.daysSinceEpoch) <= Self.reach, day.weekday != weekday, !ranOver
        else {
            return nil
        }
        return day
    }

    /// Whether the opening is the official one and one of the event's days (its first week) falls
    /// on the weekday: "formally opened on Thursday" for an event of Wednesday to Friday.
    func officialOpeningFits(_ period: EventPeriod) -> Bool {
        official
            && (0..<7).contains { offset in
                let day = period.first.adding(days: offset)
                return period.contains(day) && day.weekday == weekday
            }
    }

    /// How many days an event must last for its closing to be read as possibly run over without a word of it.
    static let longEvent = 7
    /// Words of a plan or an overrun, folded: "was due to end", "scheduled", « prévu », « devait », « prolongation ».
    static let overrunWords: Set<String> = [
        "due", "scheduled", "planned", "expected", "overtime", "overran", "overrun", "extended", "extra", "late",
        "later", "deadline", "originally", "initially", "prevu", "prevue", "prevus", "devait", "devaient",
        "prolongation", "prolonge", "prolongee", "prolongations", "initialement", "retard", "delai",
    ]

    /// Whether the paragraph of the weekday has a word of ``overrunWords``.
    private func speaksOfOverrun(check: DateCheck) -> Bool {
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: mention.span.start)]
        return check.document.tokenRange(of: paragraph).contains { Self.overrunWords.contains(check.word($0)) }
    }

}
