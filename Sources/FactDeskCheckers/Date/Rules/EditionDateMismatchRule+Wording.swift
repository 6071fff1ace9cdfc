import FactDeskKit
import FactDeskText

extension DateWording {
    /// "« Glasgow du 7 au 10 novembre 2023 » : d’après les données de référence, la 92e édition
    /// (Assemblée générale d’INTERPOL) s’est tenue à Glasgow du 4 au 7 novembre 2024 ; la 91e
    /// édition s’est tenue à Vienne du 28 novembre au 1er décembre 2023."
    func editionMismatch(
        quoted words: String, editions: [ReferenceEdition], series: String, published: CalendarDate?
    ) -> String {
        let facts = editions.enumerated().map { index, edition in
            editionFact(edition, series: index == 0 ? series : nil, published: published)
        }
        let lead = language == .fr ? "d’après les données de référence, " : "according to the reference data, "
        return quoted(words) + colon + lead + facts.joined(separator: language == .fr ? " ; " : "; ") + "."
    }

    /// "la 92e édition (Assemblée générale d’INTERPOL) s’est tenue à Glasgow du 4 au 7 novembre
    /// 2024", with the tense the publication date calls for.
    func editionFact(_ edition: ReferenceEdition, series: String?, published: CalendarDate?) -> String {
        let name = series.map { " (\($0))" } ?? ""
        let place = edition.place.map { language == .fr ? " à \($0)" : " in \($0)" } ?? ""
        let dates = editionDates(edition, style: .fromTo, withYear: true).map { " \($0)" } ?? ""
        let verb: String
        switch EditionTime(edition, published: published) {
        case .past: verb = language == .fr ? "s’est tenue" : "was held"
        case .present: verb = language == .fr ? "se tient" : "is being held"
        case .future: verb = language == .fr ? "se tiendra" : "will be held"
        case .unknown: verb = language == .fr ? "a lieu" : "takes place"
        }
        return language == .fr
            ? "la \(ordinal(edition.number, feminine: true)) édition\(name) \(verb)\(place)\(dates)"
            : "the \(ordinal(edition.number)) edition\(name) \(verb)\(place)\(dates)"
    }

    /// An edition's dates as a range ("du 4 au 7 novembre 2024"), a day, or what the data gives
    /// ("en septembre 2024", "de mai 2022 à juin 2022").
    func editionDates(_ edition: ReferenceEdition, style: RangeStyle, withYear: Bool) -> String? {
        guard let start = edition.start ?? edition.end, let end = edition.end ?? edition.start else { return nil }
        if start != end, start.day == nil || end.day == nil {
            let (first, last) = withYear ? (start, end) : (start.with(year: nil), end.with(year: nil))
            guard language == .fr else { return "from \(date(first)) to \(date(last))" }
            let elided = date(first).first.map { "aeiouAEIOU".contains($0) } ?? false
            return (elided ? "d’" : "de ") + "\(date(first)) à \(date(last))"
        }
        if start == end {
            let single = withYear ? start : start.with(year: nil)
            let preposition = start.day != nil ? (language == .fr ? "le " : "on ") : (language == .fr ? "en " : "in ")
            return preposition + date(single)
        }
        return range(start, end, withYear: withYear, style: style)
    }

    /// The quoted words rewritten with an edition's dates (and place, when it is another's):
    /// "Glasgow du 7 au 10 novembre 2023" → "Glasgow du 4 au 7 novembre 2024".
    func editionSuggestion(
        _ edition: ReferenceEdition, quote: String, mention: Mention, place: EditionClaims.Place?
    ) -> String? {
        guard let start = edition.start, let end = edition.end ?? edition.start else { return nil }
        let folded = WordFolding.fold(mention.text)
        let withYear = QuoteEditing.containsYear(mention.text)
        let replacement: String
        switch mention.value {
        case .dateRange where start.day != nil && end.day != nil:
            let style: RangeStyle = folded.hasPrefix("du ") || folded.hasPrefix("from ") ? .fromTo : .dash
            replacement = range(start, end, withYear: withYear, style: style)
        case .date(let written, _) where written.day == nil && written.month == nil:
            guard let year = start.year else { return nil }
            replacement = String(year)
        case .date where start.day != nil:
            replacement = date(withYear ? start : start.with(year: nil))
        default:
            return nil
        }
        var scalars = Array(quote.unicodeScalars.dropLast(mention.text.unicodeScalars.count))
        if let place, let editionPlace = edition.place,
            !edition.placeSpellings.map(WordFolding.fold).contains(place.folded)
        {
            scalars = Array(editionPlace.unicodeScalars) + scalars.dropFirst(place.span.length)
        }
        return String(String.UnicodeScalarView(scalars)) + replacement
    }
}

/// Whether an edition is over, under way or to come on the publication date.
enum EditionTime {
    case past, present, future, unknown

    init(_ edition: ReferenceEdition, published: CalendarDate?) {
        guard let published, let first = (edition.start ?? edition.end)?.calendarDate ?? Self.yearStart(edition.start),
            let last = (edition.end ?? edition.start)?.calendarDate ?? Self.yearEnd(edition.end ?? edition.start)
        else {
            self = .unknown
            return
        }
        self = last < published ? .past : first > published ? .future : .present
    }

    private static func yearStart(_ date: PartialDate?) -> CalendarDate? {
        date?.year.flatMap { CalendarDate(year: $0, month: date?.month ?? 1, day: 1) }
    }

    private static func yearEnd(_ date: PartialDate?) -> CalendarDate? {
        guard let year = date?.year else { return nil }
        let month = date?.month ?? 12
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
    }
}

extension ReferenceEdition {
    /// "2024-11-04 to 2024-11-07, Glasgow", for evidence.
    var summary: String {
        let dates = [start, end].compactMap { $0?.description }
        let range = dates.count == 2 && dates[0] != dates[1] ? "\(dates[0]) to \(dates[1])" : dates.first ?? "no dates"
        return place.map { "\(range), \($0)" } ?? range
    }
}
