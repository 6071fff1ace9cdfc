import FactDeskKit

/// The publication date of a draft whose agency dateline leaves out the year (« DAKAR, 3 mars
/// (APS) - », "GENEVA, Feb 12 (Reuters) -", ``Document/yearlessDateline``): its day and month in
/// the year that puts them nearest the text's own time (``TextTime``), else the day of the check
/// of a workspace draft (``Document/checkDay``), when they lie within ``TextTime/agreement``
/// days of it. Farther, the dateline may be a day of another year: it gives no date.
struct YearlessDateline {
    /// The publication date read.
    var day: CalendarDate
    /// What the findings' evidence says of it.
    var evidence: Evidence

    init?(document: Document, textTime: TextTime?) {
        guard document.published == nil, let written = document.yearlessDateline, let month = written.month,
            let dayOfMonth = written.day, let anchor = textTime?.day ?? document.checkDay
        else { return nil }
        let candidates = (anchor.year - 1...anchor.year + 1).compactMap {
            CalendarDate(year: $0, month: month, day: dayOfMonth)
        }
        guard
            let nearest = candidates.min(by: {
                abs($0.daysSinceEpoch - anchor.daysSinceEpoch) < abs($1.daysSinceEpoch - anchor.daysSinceEpoch)
            }), abs(nearest.daysSinceEpoch - anchor.daysSinceEpoch) <= TextTime.agreement
        else { return nil }
        day = nearest
        let source =
            textTime.map { "the text's own time, read from “\($0.quote)”" }
            ?? "the day of the check, \(anchor.isoDay)"
        evidence = Evidence(
            statement: "publication date \(nearest.isoDay) read from the dateline at the top of the text, its year from \(source)")
    }
}
