import FactDeskKit

/// The day a piece was written, when its agency dateline gives a day one to ``lead`` days before
/// its publication date ("GENEVA, Feb 12 (Reuters) -" published on 13 February): its tenses
/// speak from that day ("will close on Friday", written on a Friday, is that Friday).
struct FiledDateline {
    /// The day written.
    var day: CalendarDate
    /// What the findings' evidence says of it.
    var evidence: Evidence

    /// How many days before the publication date a dateline may be the day of writing.
    static let lead = 3

    init?(document: Document, published: CalendarDate) {
        guard let written = document.yearlessDateline, let month = written.month, let dayOfMonth = written.day else {
            return nil
        }
        let candidates = (published.year - 1...published.year).compactMap {
            CalendarDate(year: $0, month: month, day: dayOfMonth)
        }
        guard
            let filed = candidates.first(where: {
                (1...Self.lead).contains(published.daysSinceEpoch - $0.daysSinceEpoch)
            })
        else { return nil }
        day = filed
        evidence = Evidence(
            statement:
                "written on \(filed.isoDay), the day of the dateline at the top of the text, before its publication on \(published.isoDay)"
        )
    }
}
