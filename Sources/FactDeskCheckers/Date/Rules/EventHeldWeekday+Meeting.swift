import FactDeskKit

/// A weekday that a verb of meeting gives to the people who gather for an event named after it:
/// « les ministres se sont réunis lundi à Riga pour le 14e congrès baltique de la pêche »,
/// "delegates gathered on Tuesday for the Baltic Fisheries Congress", "the ministers convened
/// Monday at the 14th Baltic Fisheries Congress". The verb's subject is people, not the event:
/// the event's own name must follow the weekday in the same clause, behind « pour », "for" or
/// "at" (``meetingNamesEvent(_:check:)``). "The leaders met on Monday" alone, or with a place
/// only, may be any talks before or beside the event, and is never read.
extension EventHeldWeekday {
    /// Verbs of meeting, folded.
    static let meetingVerbs: Set<String> = [
        "reunis", "reunies", "rassembles", "rassemblees", "met", "meet", "meets", "gathered", "gather", "gathers",
        "convened", "convene", "convenes",
        // People expected on a day for the event: "ministers are expected in Tallinn on Thursday for the summit".
        "expected", "attendus", "attendues",
    ]
    /// Words that bring in what people meet for, folded: « pour le sommet », "for the congress",
    /// "at the fair", « au congrès ».
    static let meetingLinks: Set<String> = ["pour", "for", "at", "au"]
    /// How many tokens may stand between the weekday and the event's name (« samedi à Lomé pour le 12e »).
    static let meetingReach = 8
    /// How many tokens may stand between the link word and the event's name (« pour le 12e »).
    static let linkReach = 3
    /// Marks and words that open another clause between the weekday and the name, folded.
    static let meetingClauseBreaks: Set<String> = [
        ",", ";", ":", "(", "«", "“", "—", "–", "which", "that", "who", "and", "qui", "que", "dont", "et", "before",
        "after", "ahead", "avant", "apres", "since", "depuis",
    ]

    /// Whether the verb is one of meeting.
    func meets(check: DateCheck) -> Bool {
        !followsName && Self.meetingVerbs.contains(check.word(verb))
    }

    /// Whether the event `subject` is named after the weekday, in the same clause, behind a
    /// word of ``meetingLinks`` at most ``linkReach`` tokens before its name.
    func meetingNamesEvent(_ subject: String, check: DateCheck) -> Bool {
        let after = check.document.tokenRange(of: mention.span).upperBound
        let sentenceEnd = check.document.sentences[sentence].tokens.upperBound
        guard
            let name = check.names.subjects(inSentence: sentence).first(where: {
                $0.subject.id == subject && $0.tokens.lowerBound >= after
                    && $0.tokens.lowerBound - after <= Self.meetingReach
            })
        else { return false }
        let between = after..<min(name.tokens.lowerBound, sentenceEnd)
        guard
            !between.contains(where: {
                Self.meetingClauseBreaks.contains(check.tokens[$0].kind == .word ? check.word($0) : check.tokens[$0].text)
            })
        else { return false }
        return (max(after, name.tokens.lowerBound - Self.linkReach - 1)..<name.tokens.lowerBound).contains {
            Self.meetingLinks.contains(check.word($0))
        }
    }

    /// Without a publication date, the days of the event when none of them falls on the weekday:
    /// a one-day event fixes its weekday; a longer one only rules out the weekdays outside its days.
    func contradicted(byAllDaysOf period: EventPeriod) -> [CalendarDate]? {
        guard period.last.daysSinceEpoch - period.first.daysSinceEpoch < 6 else { return nil }
        var days: [CalendarDate] = []
        var day = period.first
        while day <= period.last {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days.contains { $0.weekday == weekday } ? nil : days
    }
}
