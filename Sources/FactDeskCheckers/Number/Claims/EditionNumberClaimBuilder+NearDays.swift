import FactDeskKit

extension EditionNumberClaimBuilder {
    /// The days that a weekday or a day told from the publication date gives the claim, when its
    /// sentence writes no date: "addressed the 78th session on Tuesday" on any day of the week
    /// around the publication, « s’ouvrira mardi » on the first Tuesday after it, "yesterday" on
    /// the day before. They tell apart two editions of the publication's year, one ending and the
    /// next opening (a session that runs from September to September), when only one of them
    /// holds those days.
    func nearDays(of mention: Mention, within window: Range<Int>, anchor: EditionAnchor?) -> ClosedRange<CalendarDate>? {
        guard let published = document.published else { return nil }
        let span = document.span(ofTokens: window)
        guard dates.mentions(in: span).isEmpty,
            let relative = relativeDates.mentions(in: span)
                .filter(isOneDay)
                .min(by: { abs($0.span.start - mention.span.start) < abs($1.span.start - mention.span.start) })
        else { return nil }
        switch relative.value {
        case .weekday(let weekday):
            // A future verb puts a bare weekday on its first day after the publication day; any
            // other tense anywhere in the week around it.
            guard anchor == .next || anchor == .currentOrNext,
                let day = RelativeDate.weekday(weekday, offset: 1).day(from: published)
            else { return Self.weekAround(published) }
            return day...day
        case .relativeDate(.weeks(let offset)):
            return Self.weekAround(published.adding(days: 7 * offset))
        case .relativeDate(let date):
            return date.day(from: published).map { $0...$0 }
        default:
            return nil
        }
    }

    private static func weekAround(_ day: CalendarDate) -> ClosedRange<CalendarDate> {
        day.adding(days: -6)...day.adding(days: 6)
    }

    /// Whether a length of days or weeks stands in the sentence before token `ordinal`.
    func givesLength(before ordinal: Int, sentence: Int) -> Bool {
        let start = document.sentences[sentence].tokens.lowerBound
        guard start < ordinal else { return false }
        return durations.mentions(in: document.span(ofTokens: start..<ordinal)).contains { mention in
            guard case .duration(_, let unit) = mention.value else { return false }
            return unit == .day || unit == .week
        }
    }

    /// Verbs of an edition opening, folded.
    static let openingVerbs: Set<String> = [
        "opened", "opens", "open", "ouvert", "ouverte", "ouvre", "ouvrent", "ouvrira", "s'ouvre", "s'ouvrira",
        "inaugurated", "inaugure", "inauguree",
    ]
    /// How many words before or after the claim a verb of opening is looked for.
    static let openingReach = 6

    /// Whether a word of ``openingVerbs`` stands within ``openingReach`` words of the claim's
    /// tokens `ordinal`.
    func isOpening(near ordinal: Range<Int>, sentence: Int) -> Bool {
        let tokens = document.tokens
        let bounds = document.sentences[sentence].tokens
        let near = max(bounds.lowerBound, ordinal.lowerBound - Self.openingReach)..<min(
            bounds.upperBound, ordinal.upperBound + Self.openingReach)
        return near.contains { tokens[$0].kind == .word && Self.openingVerbs.contains(folded[$0]) }
    }
}
