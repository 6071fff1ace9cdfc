import FactDeskKit

/// An ordinal that numbers an edition of a reference series ("la 94e session de l’Assemblée
/// générale", "the 93rd General Assembly"), with what its sentence says of the edition's year
/// and place.
struct EditionNumberClaim {
    /// The ordinal as the extractor saw it.
    var mention: Mention
    /// The number it gives.
    var number: Int
    /// The ordinal and the noun or name after it ("94e session"): what a finding quotes.
    var span: Span
    /// The series, with its name in the draft's language.
    var series: SubjectOccurrence
    /// The series' editions in reference data.
    var editions: [ReferenceEdition]
    /// The years of the date nearest to the ordinal in its sentence; failing a date, of a
    /// weekday or a day told from the publication date ("s’achève jeudi", "opened yesterday").
    var years: ClosedRange<Int>?
    /// The place of an edition of the series written in the sentence, nearest to the ordinal.
    var place: String?
}

/// Finds edition claims: ordinals before a noun of recurring events ("session", "édition",
/// "summit") or before a series' name, tied to the series named in the noun phrase, else in the
/// sentence, else earlier in the paragraph, else the series the draft names most.
struct EditionNumberClaimBuilder {
    let document: Document
    let reference: any ReferenceLookup
    let names: SubjectOccurrences
    let dates: MentionIndex
    /// Weekdays and dates told from the publication date ("jeudi", "hier", "l’an dernier").
    let relativeDates: MentionIndex

    /// Nouns of recurring events, folded.
    static let eventNouns: Set<String> = [
        "session", "edition", "assemblee", "reunion", "conference", "congres", "sommet", "assembly", "meeting",
        "summit", "congress",
    ]

    /// The edition claims of the ordinal mentions.
    func claims(from ordinals: [Mention]) -> [EditionNumberClaim] {
        ordinals.compactMap(claim)
    }

    private func claim(_ mention: Mention) -> EditionNumberClaim? {
        guard case .ordinal(let number) = mention.value else { return nil }
        let tokens = document.tokens
        let range = document.tokenRange(of: mention.span)
        let sentence = document.sentenceIndex(of: mention.span.start)
        let named = names.inSentence(sentence, near: range)
        let next = range.upperBound
        guard next < document.sentences[sentence].tokens.upperBound else { return nil }
        let series: SubjectOccurrence?
        let end: Int
        if let direct = named.first(where: { $0.tokens.lowerBound == next && $0.kind == .series }) {
            series = direct
            end = direct.tokens.upperBound
        } else if tokens[next].kind == .word, Self.eventNouns.contains(Fold.word(tokens[next].text)) {
            series =
                seriesNamed(after: next + 1, in: named) ?? named.first { $0.kind == .series }
                ?? earlierSeries(before: sentence) ?? names.mainSeries
            end = next + 1
        } else {
            return nil
        }
        guard let series else { return nil }
        let editions = reference.editions(ofSeries: series.id)
        guard !editions.isEmpty else { return nil }
        return EditionNumberClaim(
            mention: mention, number: number, span: mention.span.union(tokens[end - 1].span), series: series,
            editions: editions, years: years(near: mention, within: window(around: range, sentence: sentence)),
            place: place(of: editions, near: range, within: window(around: range, sentence: sentence)))
    }

    /// The series named in a complement: "de l’Assemblée générale", "of the General Assembly".
    private func seriesNamed(after index: Int, in named: ArraySlice<SubjectOccurrence>) -> SubjectOccurrence? {
        var next = index
        guard next < document.tokens.count, ClaimWords.complementWords.contains(Fold.word(document.tokens[next].text))
        else { return nil }
        next += 1
        if next < document.tokens.count, ClaimWords.articles.contains(Fold.word(document.tokens[next].text)) {
            next += 1
        }
        return named.first { $0.tokens.lowerBound == next && $0.kind == .series }
    }

    /// The series named last in the previous sentences of the paragraph.
    private func earlierSeries(before sentence: Int) -> SubjectOccurrence? {
        let paragraph = document.paragraphIndex(of: document.sentences[sentence].span.start)
        for previous in stride(from: sentence - 1, through: max(0, sentence - SubjectResolver.sentencesBack), by: -1) {
            guard document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph else { break }
            if let series = names.inSentence(previous).last(where: { $0.kind == .series }) { return series }
        }
        return nil
    }

    /// The tokens of the sentence within ``SubjectOccurrences/window`` of the ordinal.
    private func window(around range: Range<Int>, sentence: Int) -> Range<Int> {
        let tokens = document.sentences[sentence].tokens
        return max(
            tokens.lowerBound, range.lowerBound - SubjectOccurrences.window)..<min(
                tokens.upperBound, range.upperBound + SubjectOccurrences.window)
    }

    /// The years of the date nearest to the ordinal; failing a date, those that the nearest
    /// weekday or relative date gives from the publication date.
    private func years(near mention: Mention, within window: Range<Int>) -> ClosedRange<Int>? {
        let span = document.span(ofTokens: window)
        if let date = nearest(to: mention, among: dates.mentions(in: span)) {
            return ClaimBuilder.days(of: date).map { $0.lowerBound.year...$0.upperBound.year }
        }
        guard let published = document.published,
            let relative = nearest(to: mention, among: relativeDates.mentions(in: span).filter(isOneDay))
        else { return nil }
        switch relative.value {
        case .weekday:
            // The day of that name in the week before or after the publication day.
            return Self.years(ofWeekAround: published)
        case .relativeDate(.weeks(let offset)):
            return Self.years(ofWeekAround: published.adding(days: 7 * offset))
        case .relativeDate(.months(let offset)):
            // Months counted from year 0 are positive for any date of news: plain division floors.
            let year = (published.year * 12 + published.month - 1 + offset) / 12
            return year...year
        case .relativeDate(let date):
            return date.year(from: published).map { $0...$0 }
        default:
            return nil
        }
    }

    /// The years of the days within six days of `day`: a week around it, whichever it is.
    private static func years(ofWeekAround day: CalendarDate) -> ClosedRange<Int> {
        day.adding(days: -6).year...day.adding(days: 6).year
    }

    private func nearest(to mention: Mention, among mentions: some Collection<Mention>) -> Mention? {
        mentions.min { abs($0.span.start - mention.span.start) < abs($1.span.start - mention.span.start) }
    }

    /// Whether a weekday names one day near the publication ("s’achève jeudi"), not a habit or
    /// any such day ("chaque jeudi", "le jeudi", "un jeudi", "du lundi au vendredi").
    private func isOneDay(_ mention: Mention) -> Bool {
        guard case .weekday = mention.value else { return true }
        let first = document.tokenIndex(from: mention.span.start)
        return first == 0 || !WeekdayReading.habitLeaders.contains(Fold.word(document.tokens[first - 1].text))
    }

    /// The place of one of the editions written nearest to the ordinal.
    private func place(of editions: [ReferenceEdition], near ordinal: Range<Int>, within window: Range<Int>) -> String?
    {
        let tokens = document.tokens
        let words = window.filter { tokens[$0].kind == .word }
        let folded = words.map { Fold.word(tokens[$0].text) }
        var best: (place: String, distance: Int)?
        for edition in editions {
            guard let place = edition.place else { continue }
            for spelling in edition.placeSpellings {
                let parts = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Fold.word(String($0)) }
                guard !parts.isEmpty, words.count >= parts.count else { continue }
                for start in 0...(words.count - parts.count)
                where folded[start..<start + parts.count].elementsEqual(parts) {
                    let distance = abs(words[start] - ordinal.lowerBound)
                    if distance < best?.distance ?? Int.max { best = (place, distance) }
                }
            }
        }
        return best?.place
    }
}
