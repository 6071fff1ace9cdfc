import FactDeskKit

/// A weekday that a verb of taking place makes a day of the event its sentence names: « la
/// présidentielle s’est tenue dimanche dernier », « le sommet de l’Union africaine se tient
/// samedi », "the Vilnius Summit took place on Tuesday".
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

    /// Verbs of taking place, folded: « s’est tenu », « se déroule », "was held".
    static let heldVerbs: Set<String> = [
        "tenu", "tenue", "tenus", "tenues", "tient", "tiennent", "tiendra", "tiendront", "deroule", "deroulee",
        "deroules", "deroulees", "deroulent", "deroulera", "derouleront", "held",
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
            guard !check.quoted.contains(token: first), !WeekdayReading.isHabitOrList(first, check: check) else { continue }
            let from = max(check.document.sentences[sentence].tokens.lowerBound, first - verbReach)
            let verb = (from..<first).last { index in
                let word = check.word(index)
                return heldVerbs.contains(word)
                    || (["lieu", "place"].contains(word) && placeTakers.contains(check.word(index - 1)))
            }
            if let verb {
                found.append(EventHeldWeekday(mention: mention, weekday: weekday, verb: verb, sentence: sentence))
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
    /// between them and the verb.
    func namesEvent(_ period: EventPeriod, published: CalendarDate, check: DateCheck) -> Bool {
        guard let subject = period.subjectID else { return false }
        let before = check.document.sentences[sentence].tokens.lowerBound..<verb
        let name = check.names.subjects(inSentence: sentence)
            .filter({ $0.subject.id == subject && $0.tokens.upperBound <= verb }).last?.tokens.upperBound
        var vote: Int?
        if Self.isVote(subject, published: published, check: check) {
            // « le vote de la diaspora », "the vote of soldiers": a part of the vote, maybe on another day.
            vote = before.last { noun in
                Self.voteNouns.contains(check.word(noun))
                    && !(noun + 1..<min(verb, noun + 1 + EventNounOwner.adjectiveReach + 1)).contains {
                        EventNounOwner.ownerWords.contains(check.word($0))
                    }
            }.map { $0 + 1 }
        }
        guard let from = [name, vote].compactMap({ $0 }).max() else { return false }
        return !(from..<verb).contains { EventWords.nouns.contains(check.word($0)) }
    }

    /// Whether the event `subject`, under way or ended within ``reach`` days of the publication
    /// date, is a vote: a word of its name is one of ``voteNouns``.
    private static func isVote(_ subject: String, published: CalendarDate, check: DateCheck) -> Bool {
        guard
            let event = check.reference?.events(endedWithin: reach, of: published, language: check.document.language)
                .first(where: { $0.id == subject })
        else { return false }
        return event.name.split(whereSeparator: { !$0.isLetter }).contains {
            voteNouns.contains(WordFolding.fold(String($0)))
        }
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
