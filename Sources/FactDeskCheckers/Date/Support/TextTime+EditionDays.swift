import FactDeskKit

extension TextTime {
    /// The first day of the one edition of a reference series whose days the text writes without
    /// their year, in a sentence that names the series: a range whose both ends are the edition's
    /// first and last days (« La Foire de Kesra se tiendra du samedi 13 au dimanche 21 mai »), or
    /// a day that is the edition's first or last; `nil` when none is found, or the editions found
    /// start more than ``agreement`` days apart. A sentence that numbers another edition (one of
    /// `ordinals`: "At the 97th Assembly, on Tuesday, November 24") tells none. The weekdays
    /// written are not read here: they are what the time is then used to check.
    init?(
        editionDaysIn document: Document, mentions: [Mention], ordinals: [Mention], names: SentenceNames,
        reference: any ReferenceLookup
    ) {
        var found: [Source] = []
        for mention in mentions where !QuoteEditing.containsYear(mention.text) {
            let index = document.sentenceIndex(of: mention.span.start)
            // A body spelt like its series ("Foire de Kesra") names the series too.
            let series = Set(
                names.subjects(inSentence: index).flatMap { named in
                    named.subject.kind == .series
                        ? [named.subject.id]
                        : reference.seriesSharingName(with: named.subject.id, language: document.language).map(\.id)
                })
            let editions = series.sorted().flatMap { reference.editions(ofSeries: $0) }.filter { edition in
                switch mention.value {
                case .date(let date, _):
                    return Self.isDay(date, of: edition.start) || Self.isDay(date, of: edition.end)
                case .dateRange(let start, let end, _, _):
                    return Self.isDay(start, of: edition.start) && Self.isDay(end, of: edition.end)
                default:
                    return false
                }
            }
            let sentence = document.sentences[index].span
            guard editions.count == 1, let day = editions[0].start?.calendarDate,
                !ordinals.contains(where: { ordinal in
                    guard sentence.contains(ordinal.span), case .ordinal(let number) = ordinal.value else { return false }
                    return number != editions[0].number
                })
            else { continue }
            found.append((day, mention.text, mention.span))
        }
        guard let (earliest, _) = Self.agreeing(found) else { return nil }
        (day, quote, span, reach) = (earliest.day, earliest.text, earliest.span, Self.eventReach)
    }

    /// Whether a date written with its day and month falls on the full date `day` of an edition.
    private static func isDay(_ date: PartialDate, of day: PartialDate?) -> Bool {
        guard let month = date.month, let dayOfMonth = date.day, let day, day.year != nil else { return false }
        return day.month == month && day.day == dayOfMonth
    }
}
