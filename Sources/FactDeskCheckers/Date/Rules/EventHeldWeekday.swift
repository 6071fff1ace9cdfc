import FactDeskKit

/// A weekday that a verb of taking place makes a day of the event its sentence names: « la
/// présidentielle s’est tenue dimanche dernier », « le sommet de l’Union africaine se tient
/// samedi », "the Vilnius Summit took place on Tuesday"; or that a verb of striking gives to a
/// disaster ("the earthquake struck … early Monday", ``namesDisaster(_:published:check:)``); or
/// that a verb of meeting gives to the people who gather for it (« les ministres se sont réunis
/// lundi pour le 14e congrès », ``meetingNamesEvent(_:check:)``); or that a verb of winning
/// gives to the event that is its object ("won the Kesra Marathon on Saturday", ``winNamesEvent(_:check:)``).
///
/// It disagrees with the event when none of the event's days within ``reach`` days of the
/// publication date falls on that weekday, whichever way it is read. Only the event's own name
/// or a noun of a vote before the verb makes it the subject: another event noun (« la
/// conférence s’est tenue mercredi ») may be a meeting held before it.
struct EventHeldWeekday {
    /// The weekday or relative weekday mention.
    var mention: Mention
    var weekday: Weekday
    /// The verb's token.
    var verb: Int
    var sentence: Int
    /// Whether the weekday follows the event's name without a verb: in a headline (« Le 12e
    /// sommet du Conseil ce samedi à Tallinn », ``isInHeadline(_:sentence:check:)``), where
    /// ``verb`` is the weekday's first token, or in running text with its place between ("at
    /// the 2031 Film Awards in Kesra on Saturday", ``followedName(before:sentence:check:)``),
    /// where ``verb`` is the token after the name. The name must end right before ``verb``.
    var followsName = false
    /// Whether the weekday dates an event's noun without a verb (``attachedNoun(to:sentence:check:)``):
    /// ``verb`` is then the noun's token.
    var attached = false
    /// Whether a verb of winning gives the weekday, the event its object (``winNamesEvent(_:check:)``).
    var wins = false

    /// Verbs of taking place, folded: « s’est tenu », « se déroule », "was held".
    static let heldVerbs: Set<String> = [
        "tenu", "tenue", "tenus", "tenues", "tient", "tiennent", "tiendra", "tiendront", "deroule", "deroulee",
        "deroules", "deroulees", "deroulent", "deroulera", "derouleront", "held",
    ]
    /// Verbs of a match, a final or a race being played or run, folded: « la finale se jouera
    /// samedi », "the final was played on Sunday", « le marathon, couru samedi », "the race was run
    /// on Sunday". Only the event's
    /// own name before them makes them its day.
    static let playedVerbs: Set<String> = [
        "joue", "jouee", "jouera", "jouait", "played", "couru", "courue", "disputee", "dispute", "disputes",
        "disputees", "run", "raced", "staged", "contested",
    ]
    /// Verbs before « lieu » or "place" that make them a taking place: « a eu lieu », « aura
    /// lieu », "took place".
    static let placeTakers: Set<String> = [
        "eu", "aura", "auront", "a", "ont", "avait", "took", "takes", "take", "taking",
    ]
    /// How many tokens may stand between the verb and the weekday.
    static let verbReach = 5
    /// How far from the publication date the event's days may be, for a weekday to name one.
    static let reach = 6

    /// The weekdays alone and the relative weekdays right after a verb of taking place.
    static func candidates(in check: DateCheck) -> [EventHeldWeekday] {
        var found: [EventHeldWeekday] = []
        for mention in check.weekdays + check.relatives {
            guard let weekday = WeekdayReading.weekday(of: mention) else { continue }
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            let first = check.document.tokenIndex(from: mention.span.start)
            guard !check.quoted.contains(token: first),
                !WeekdayReading.isHabitOrList(first, check: check) || followsKindNoun(first, check: check),
                !DatedWeekday.isDated(mention, check: check)
            else { continue }
            if let noun = attachedNoun(to: check.document.tokenRange(of: mention.span), sentence: sentence, check: check) {
                found.append(
                    EventHeldWeekday(mention: mention, weekday: weekday, verb: noun, sentence: sentence, attached: true))
                continue
            }
            let from = max(check.document.sentences[sentence].tokens.lowerBound, first - verbReach)
            let verb =
                (from..<first).last { index in
                    let word = check.word(index)
                    return heldVerbs.contains(word) || playedVerbs.contains(word) || strikingVerbs.contains(word)
                        || meetingVerbs.contains(word)
                        || (["lieu", "place"].contains(word) && placeTakers.contains(check.word(index - 1)))
                } ?? strikingVerb(before: first, sentence: sentence, check: check)
            if let verb {
                found.append(EventHeldWeekday(mention: mention, weekday: weekday, verb: verb, sentence: sentence))
            } else if let end = followedName(before: first, sentence: sentence, check: check) {
                found.append(
                    EventHeldWeekday(mention: mention, weekday: weekday, verb: end, sentence: sentence, followsName: true))
            } else if let verb = winningVerb(before: first, sentence: sentence, check: check) {
                found.append(EventHeldWeekday(mention: mention, weekday: weekday, verb: verb, sentence: sentence, wins: true))
            } else if isInHeadline(first, sentence: sentence, check: check) {
                found.append(
                    EventHeldWeekday(mention: mention, weekday: weekday, verb: first, sentence: sentence, followsName: true))
            }
        }
        return found
    }

    /// Nouns of a vote, folded: an election of the reference data is held on one day, and « le
    /// scrutin s’est déroulé samedi » can only mean that day.
    static let voteNouns: Set<String> = [
        "scrutin", "election", "elections", "presidentielle", "referendum", "vote", "ballot", "polls", "poll",
    ]

    /// Whether the event is the subject: its own name before the verb, or, for a vote (an event
    /// ended lately whose name is one of ``voteNouns``), a noun of a vote without a complement
    /// (« le scrutin présidentiel », not « le vote de la diaspora »); with no other event noun
    /// between them and the verb, and not a mere complement of another noun (« le dépouillement
    /// du scrutin », ``EventComplement``).
    func namesEvent(_ period: EventPeriod, published: CalendarDate, check: DateCheck) -> Bool {
        guard let subject = period.subjectID else { return false }
        if strikes(check: check) { return namesDisaster(subject, published: published, check: check) }
        if meets(check: check) { return meetingNamesEvent(subject, check: check) }
        if wins { return winNamesEvent(subject, check: check) }
        let before = check.document.sentences[sentence].tokens.lowerBound..<verb
        let name = check.names.subjects(inSentence: sentence)
            .filter({
                $0.subject.id == subject && (followsName ? $0.tokens.upperBound == verb : $0.tokens.upperBound <= verb)
                    && !EventComplement.isComplement(at: $0.tokens.lowerBound, within: before, check: check)
            }).last?.tokens.upperBound
        let vote = !followsName && Self.isVote(subject, published: published, check: check) ? voteNounEnd(check: check) : nil
        guard let from = [name, vote].compactMap({ $0 }).max() else { return false }
        return !(from..<verb).contains { EventWords.nouns.contains(check.word($0)) }
    }

    /// Words that join a noun to the verb right after it, folded: « le scrutin qui s’est déroulé »,
    /// "the vote, held", "the poll that was held"; with a relative pronoun, or nothing but commas.
    static let relativePronouns: Set<String> = ["qui", "that", "which"]
    static let relativeLinks: Set<String> = [
        "qui", "s'", "se", "est", "sont", "a", "ont", "ete", "that", "which", "was", "were", "has", "had", "been",
    ]

    /// The token right after the last noun of a vote before the verb that has no complement of
    /// its own (« le scrutin présidentiel », not « le vote de la diaspora », a part of the vote
    /// maybe on another day) and completes no other noun (``EventComplement``: « le dépouillement
    /// du scrutin s’est déroulé … ») unless the verb hangs on it (« le résultat du scrutin qui
    /// s’est tenu … »).
    func voteNounEnd(check: DateCheck) -> Int? {
        let before = check.document.sentences[sentence].tokens.lowerBound..<verb
        return before.last { noun in
            // « le résultat du scrutin qui s’est déroulé », "the result of the poll held": the verb is the vote's.
            let between = noun + 1..<verb
            let attached =
                between.allSatisfy {
                    Self.relativeLinks.contains(check.word($0)) || [",", "’", "'"].contains(check.tokens[$0].text)
                } && (between.allSatisfy { check.tokens[$0].text == "," } || between.contains { Self.relativePronouns.contains(check.word($0)) })
            return Self.voteNouns.contains(check.word(noun))
                && (attached || !EventComplement.isComplement(at: noun, within: before, check: check))
                && !(noun + 1..<min(verb, noun + 1 + EventNounOwner.adjectiveReach + 1)).contains {
                    EventNounOwner.ownerWords.contains(check.word($0))
                }
        }.map { $0 + 1 }
    }

    /// Whether the vote noun before the verb is its subject, with no other event noun between.
    func namesVote(check: DateCheck) -> Bool {
        guard let from = voteNounEnd(check: check) else { return false }
        return !(from..<verb).contains { EventWords.nouns.contains(check.word($0)) }
    }

    /// Whether the event `subject`, under way or ended within ``reach`` days of the publication
    /// date, is a vote: a word of its name is one of ``voteNouns``.
    private static func isVote(_ subject: String, published: CalendarDate, check: DateCheck) -> Bool {
        guard
            let event = check.reference?.events(endedWithin: reach, of: published, language: check.document.language)
                .first(where: { $0.id == subject })
        else { return false }
        return namesVote(event.name)
    }

    /// Whether an event's name has a word of ``voteNouns``: « élection présidentielle ».
    static func namesVote(_ name: String) -> Bool {
        name.split(whereSeparator: { !$0.isLetter }).contains { voteNouns.contains(WordFolding.fold(String($0))) }
    }

    /// The event's days near the publication date, when none of them falls on the weekday.
    func contradicted(by period: EventPeriod, published: CalendarDate) -> [CalendarDate]? {
        var near: [CalendarDate] = []
        var day = max(period.first, published.adding(days: -Self.reach))
        while day <= min(period.last, published.adding(days: Self.reach)) {
            near.append(day)
            day = day.adding(days: 1)
        }
        guard !near.isEmpty, !near.contains(where: { $0.weekday == weekday }) else { return nil }
        return near
    }
}
