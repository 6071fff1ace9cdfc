import FactDeskKit

/// The time a text without a publication date speaks from, read from its own complete dates
/// (a day, a month and a year, all written): the latest of them, when they all lie within
/// ``agreement`` days of one another (« a ouvert ses portes ce samedi 22 février 2025 »); failing
/// those, from the events it names with their year (« Carnaval de Kesra 2026 »). Dates far apart
/// say nothing of when the text was written.
struct TextTime {
    /// The day the text speaks from.
    var day: CalendarDate
    /// The words it was read from.
    var quote: String
    /// Where those words are.
    var span: Span

    /// How far from it a date without its year may lie to take the year that puts it nearest, in
    /// days: ``agreement`` for a time read from complete dates, ``eventReach`` for one read from
    /// an event the text names with its year.
    var reach = agreement

    /// How far apart the complete dates may lie to agree, in days.
    static let agreement = 14
    /// How far from an event a piece about it speaks, in days: « Le comité a présenté le
    /// programme mardi 3 février » in a piece on the « Carnaval de Kesra 2026 », opening on 21 February.
    static let eventReach = 60

    /// The text's time, or `nil` when it writes no complete date or its dates disagree.
    init?(dates: [Mention]) {
        var found: [Source] = []
        for mention in dates {
            guard case .date(let date, _) = mention.value, let day = date.calendarDate,
                QuoteEditing.containsYear(mention.text)
            else { continue }
            found.append((day, mention.text, mention.span))
        }
        guard let (_, latest) = Self.agreeing(found) else { return nil }
        (day, quote, span) = (latest.day, latest.text, latest.span)
    }

    /// The first day of the events of the reference data the text names with their year written
    /// in their name (« Carnaval de Kesra 2026 », "the 2026 Kesra Marathon"), when they all start
    /// within ``agreement`` days of one another; `nil` when it names none or they disagree. Only
    /// the sentences that hold a number and remember no event (``RemembranceWords``) are looked up.
    init?(namedEventsIn document: Document, names: SentenceNames, reference: any ReferenceLookup) {
        var found: [Source] = []
        // « à la veille du jour anniversaire du traité de 1957 »: an event remembered.
        for (index, sentence) in document.sentences.enumerated()
        where document.tokens[sentence.tokens].contains(where: { $0.kind == .number })
            && !RemembranceWords.occur(in: sentence.tokens, document: document)
        {
            for named in names.subjects(inSentence: index) where named.subject.kind == .event {
                guard let start = reference.event(named.subject.id)?.start, let day = start.calendarDate,
                    named.tokens.contains(where: { document.tokens[$0].text == String(day.year) })
                else { continue }
                let span = document.tokens[named.tokens.lowerBound].span.union(document.tokens[named.tokens.upperBound - 1].span)
                found.append((day, document.text(in: span), span))
            }
        }
        guard let (earliest, _) = Self.agreeing(found) else { return nil }
        (day, quote, span, reach) = (earliest.day, earliest.text, earliest.span, Self.eventReach)
    }

    /// A day the time may be read from, with the words that give it and where they are.
    typealias Source = (day: CalendarDate, text: String, span: Span)

    /// The earliest and the latest of `found`, when they lie within ``agreement`` days of each
    /// other; `nil` when there is none or they disagree.
    static func agreeing(_ found: [Source]) -> (earliest: Source, latest: Source)? {
        guard let earliest = found.min(by: { $0.day < $1.day }), let latest = found.max(by: { $0.day < $1.day }),
            latest.day.daysSinceEpoch - earliest.day.daysSinceEpoch <= agreement
        else { return nil }
        return (earliest, latest)
    }

    /// What a finding that used it says of it.
    var evidence: Evidence {
        Evidence(statement: "no publication date given: the text's own time, \(day.isoDay), read from “\(quote)” in the text")
    }
}
