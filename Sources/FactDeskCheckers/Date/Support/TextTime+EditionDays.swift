import FactDeskKit

extension TextTime {
    /// The first day of the one edition of a reference series whose days the text writes without
    /// their year: a range whose both ends are the edition's first and last days (« La Foire de
    /// Kesra se tiendra du samedi 13 au dimanche 21 mai »), or a day that is the edition's first
    /// or last, in a sentence that names the series or numbers an edition of the one the sentence
    /// before names; `nil` when none is found, or the editions found start more than
    /// ``agreement`` days apart. A sentence that numbers another edition (one of `ordinals`: "At
    /// the 97th Assembly, on Tuesday, November 24"; not « la sixième année ») tells none. The
    /// weekdays written are not read here: they are what the time is then used to check.
    init?(
        editionDaysIn document: Document, mentions: [Mention], ordinals: [Mention], names: SentenceNames,
        reference: any ReferenceLookup
    ) {
        var found: [Source] = []
        for mention in mentions where !QuoteEditing.containsYear(mention.text) {
            let index = document.sentenceIndex(of: mention.span.start)
            var series = Self.series(inSentence: index, document: document, names: names, reference: reference)
            // « La Foire de Kesra se prépare. … la 30e édition, ouverte le 13 mai »: an edition
            // numbered with its noun alone is of the series the sentence before names.
            if series.isEmpty, index > 0, Self.numbersEdition(inSentence: index, document: document, ordinals: ordinals),
                document.paragraphIndex(of: document.sentences[index - 1].span.start)
                    == document.paragraphIndex(of: mention.span.start)
            {
                series = Self.series(inSentence: index - 1, document: document, names: names, reference: reference)
            }
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
                    guard sentence.contains(ordinal.span), case .ordinal(let number) = ordinal.value,
                        !Self.countsTime(ordinal, document: document)
                    else { return false }
                    return number != editions[0].number
                })
            else { continue }
            found.append((day, mention.text, mention.span))
        }
        guard let (earliest, _) = Self.agreeing(found) else { return nil }
        (day, quote, span, reach) = (earliest.day, earliest.text, earliest.span, Self.eventReach)
    }

    /// The series sentence `index` names; a body spelt like its series ("Foire de Kesra") names
    /// the series too.
    private static func series(
        inSentence index: Int, document: Document, names: SentenceNames, reference: any ReferenceLookup
    ) -> Set<String> {
        Set(
            names.subjects(inSentence: index).flatMap { named in
                named.subject.kind == .series
                    ? [named.subject.id]
                    : reference.seriesSharingName(with: named.subject.id, language: document.language).map(\.id)
            })
    }

    /// Nouns of time or rank after an ordinal that numbers no edition, folded: « pour la sixième
    /// année consécutive », "for the third time".
    private static let timeNouns: Set<String> = [
        "annee", "year", "fois", "time", "jour", "day", "journee", "semaine", "week", "mois", "month", "siecle",
        "century", "place", "rang", "anniversaire", "anniversary",
    ]

    /// Whether the word after an ordinal is one of ``timeNouns``.
    private static func countsTime(_ ordinal: Mention, document: Document) -> Bool {
        let next = document.tokenRange(of: ordinal.span).upperBound
        return next < document.tokens.count && timeNouns.contains(WordFolding.fold(document.tokens[next].text))
    }

    /// Whether sentence `index` holds an ordinal right before an event noun (« la 47e édition »).
    private static func numbersEdition(inSentence index: Int, document: Document, ordinals: [Mention]) -> Bool {
        let sentence = document.sentences[index]
        return ordinals.contains { ordinal in
            guard sentence.span.contains(ordinal.span) else { return false }
            let next = document.tokenRange(of: ordinal.span).upperBound
            return next < sentence.tokens.upperBound && EventWords.nouns.contains(WordFolding.fold(document.tokens[next].text))
        }
    }

    /// Whether a date written with its day and month falls on the full date `day` of an edition.
    private static func isDay(_ date: PartialDate, of day: PartialDate?) -> Bool {
        guard let month = date.month, let dayOfMonth = date.day, let day, day.year != nil else { return false }
        return day.month == month && day.day == dayOfMonth
    }
}
