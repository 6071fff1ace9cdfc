import FactDeskKit

/// Rule `event-day-mismatch` (warning): an event said to be entering its Nth day on the day
/// of publication when, from its first day, that day is another ("deliberations are entering
/// their third day" the day after they began; « le sommet entame sa deuxième journée » on its
/// third).
///
/// The ordinal must follow a verb of entering and a possessive or an article ("entering their
/// third day", "now in its second day", « entre dans sa troisième journée », « entame son
/// deuxième jour »): a day numbered in the past or the future ("on the second day, delegates
/// voted") says nothing of the publication date. The event is the one its sentence speaks of
/// (``EventTies``), named before the ordinal by an event noun or its name ("the strike is
/// entering its third day" in the event's city is another thing), and the publication date
/// must lie within it.
struct EventDayMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "event-day-mismatch", severity: .warning,
        summary: "An event said to be entering its Nth day when the publication date is another of its days.",
        examples: EventDayMismatchRule.examples)

    /// Verbs of entering or being in a day, and "now" ("now in its third day"), folded.
    static let enteringWords: Set<String> = [
        "enter", "enters", "entering", "now", "is", "are", "entre", "entrent", "entame", "entament",
        "aborde", "abordent", "est", "sont",
    ]
    /// Possessives and articles before the ordinal, folded.
    static let determiners: Set<String> = ["its", "their", "the", "son", "sa", "leur", "la", "le"]
    /// The nouns of a day, folded.
    static let dayNouns: Set<String> = ["day", "jour", "journee"]

    /// Ordinals the extractor leaves alone for their other senses ("a second", « seconde »),
    /// folded: read here only before a day noun.
    static let shortOrdinals: [String: Int] = [
        "first": 1, "second": 2, "premier": 1, "premiere": 1, "seconde": 2,
    ]

    func findings(in check: DateCheck) -> [Finding] {
        guard let published = check.published else { return [] }
        var ties: EventTies?
        return Self.dayOrdinals(in: check).compactMap { ordinal -> Finding? in
            guard case .ordinal(let stated) = ordinal.value, Self.numbersToday(ordinal, check: check) else {
                return nil
            }
            let events = ties ?? EventTies(EventPeriods.near(published, in: check), check: check)
            ties = events
            guard let period = events.period(ofSentence: check.document.sentenceIndex(of: ordinal.span.start)),
                period.contains(published), Self.isEventsDay(ordinal, period, check: check),
                !Self.datesItsDay(ordinal, check: check)
            else { return nil }
            let day = published.daysSinceEpoch - period.first.daysSinceEpoch + 1
            guard day != stated else { return nil }
            return check.finding(
                descriptor, at: ordinal.span,
                message: check.wording.eventDay(quoted: ordinal.text, day: day, published: published),
                suggestions: [check.wording.ordinal(day)],
                evidence: [
                    Evidence(statement: "published \(published.isoDay), day \(day) of the event"), period.evidence,
                ])
        }
    }

    /// The ordinals before a day noun: the extractor's, and the ``shortOrdinals`` it leaves alone.
    private static func dayOrdinals(in check: DateCheck) -> [Mention] {
        var found = check.ordinals
        let known = Set(found.map(\.span.start))
        for (index, token) in check.tokens.enumerated() where token.kind == .word && !known.contains(token.span.start) {
            guard let value = shortOrdinals[check.word(index)], dayNouns.contains(check.word(index + 1)) else { continue }
            found.append(Mention(kind: .ordinal, text: token.text, span: token.span, value: .ordinal(value)))
        }
        return found
    }

    /// Whether the ordinal numbers the day the event is in: a day noun after it; before it, a
    /// determiner, then "in" / « dans » or nothing, then a verb of entering or being (or "now").
    private static func numbersToday(_ ordinal: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: ordinal.span)
        guard !range.isEmpty, dayNouns.contains(check.word(range.upperBound)),
            determiners.contains(check.word(range.lowerBound - 1))
        else { return false }
        var verb = range.lowerBound - 2
        if ["in", "dans"].contains(check.word(verb)) { verb -= 1 }
        return enteringWords.contains(check.word(verb))
    }

    /// Whether the sentence dates the day itself ("entering its third day on Wednesday", « ce
    /// mardi »): the day is then not the publication date.
    private static func datesItsDay(_ ordinal: Mention, check: DateCheck) -> Bool {
        let span = check.sentence(of: ordinal).span
        return !check.mentions(check.weekdays, in: span).isEmpty || !check.mentions(check.dates, in: span).isEmpty
            || !check.mentions(check.relatives, in: span).isEmpty
    }

    /// Whether the event is what enters its day: an event noun or the event's name before the
    /// ordinal in its sentence ("the summit is entering", not "the strike is entering").
    private static func isEventsDay(_ ordinal: Mention, _ period: EventPeriod, check: DateCheck) -> Bool {
        let index = check.document.sentenceIndex(of: ordinal.span.start)
        let before = check.document.sentences[index].tokens.lowerBound..<check.document.tokenIndex(from: ordinal.span.start)
        return before.contains { EventWords.nouns.contains(check.word($0)) }
            || check.names.subjects(inSentence: index).contains {
                $0.subject.id == period.subjectID && before.contains($0.tokens.lowerBound)
            }
    }
}

extension EventDayMismatchRule {
    /// Examples read against the summit of ``EventExamples`` (Tallinn, 10–11 March 2026),
    /// published on its second day unless they say otherwise.
    static let examples: [RuleExample] = {
        let secondDay = CalendarDate(iso: "2026-03-11")
        func example(_ text: String, _ language: Language, published: CalendarDate? = secondDay) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: EventExamples.reference)
        }
        return [
            example("The security summit in Tallinn is entering its ⟦third⟧ day.", .en),
            example("À Tallinn, le sommet entre dans sa ⟦troisième⟧ journée.", .fr),
            example("The security summit in Tallinn, now in its ⟦fourth⟧ day, heard the ministers.", .en),
            example("Le sommet de Tallinn entame son ⟦quatrième⟧ jour de débats.", .fr),
            example("The security summit in Tallinn is entering its second day.", .en),
            example("À Tallinn, le sommet entre dans sa deuxième journée.", .fr),
            example("The security summit in Tallinn opened on its first day with a vote.", .en),
            example("Au troisième jour, les délégués du sommet de Tallinn voteront.", .fr),
            example("The security summit in Tallinn is entering its first day.", .en, published: EventExamples.published),
            example("In Tallinn, the dockers' strike is entering its third day.", .en),
            example("The security summit in Tallinn is entering its third day on Thursday.", .en),
            example("À Tallinn, le sommet entre dans sa ⟦seconde⟧ journée.", .fr, published: EventExamples.published),
            example("The security summit in Tallinn is entering its ⟦second⟧ day.", .en, published: EventExamples.published),
        ]
    }()
}

extension DateWording {
    /// "« troisième » : publié le mercredi 11 mars 2026, c’est le deuxième jour de l’événement."
    func eventDay(quoted words: String, day: Int, published: CalendarDate) -> String {
        language == .fr
            ? quoted(words) + colon
                + "publié le \(dateWithWeekday(published)), c’est le \(ordinal(day)) jour de l’événement, le premier compris."
            : quoted(words) + colon
                + "published on \(dateWithWeekday(published)), this is day \(day) of the event, counting the first."
    }
}
