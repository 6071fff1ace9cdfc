import FactDeskKit

extension WeekdayMismatchRule {
    /// The day a date written without a year, in a text without a publication date, falls on in
    /// the year that puts it nearest the text's own time (``TextTime``: « vendredi 12 février » in
    /// a piece that writes « le 12 février 2026 ») or the date the check read itself
    /// (``DateCheck/yearlessAnchor``: a dateline without its year, the day of the check), with the
    /// evidence; `nil` when the text has a publication date of its own, none of these, the date
    /// lies farther than the anchor's reach (``TextTime/reach``: as far as complete dates may lie
    /// from one another, farther for an event's time; beyond, a complete date may be one of the
    /// past the text recalls, « la mort … le 25 juillet 2019 » beside « samedi 19 novembre » of a
    /// later year), or the text's time is read from a date written after it (at `span`) in a
    /// later sentence.
    static func textTimeDay(of date: PartialDate, at span: Span, check: DateCheck)
        -> (day: CalendarDate, evidence: Evidence)?
    {
        guard date.year == nil, let month = date.month, let dayOfMonth = date.day, let time = check.yearlessAnchor
        else { return nil }
        // « sont organisées mardi 20 août », then « fusillé le 22 août 1944 »: a complete date
        // written only later, in another sentence, may be one of the past the text recalls.
        if let textTime = check.textTime, textTime.span.start > span.start,
            check.document.sentenceIndex(of: textTime.span.start) != check.document.sentenceIndex(of: span.start)
        {
            return nil
        }
        let nearest = (time.day.year - 1...time.day.year + 1)
            .compactMap { CalendarDate(year: $0, month: month, day: dayOfMonth) }
            .min { abs($0.daysSinceEpoch - time.day.daysSinceEpoch) < abs($1.daysSinceEpoch - time.day.daysSinceEpoch) }
        guard let nearest, abs(nearest.daysSinceEpoch - time.day.daysSinceEpoch) <= time.reach else { return nil }
        return (nearest, time.evidence)
    }
}
