import FactDeskKit

/// The time a text without a publication date speaks from, read from its own complete dates
/// (a day, a month and a year, all written): the latest of them, when they all lie within
/// ``agreement`` days of one another (« a ouvert ses portes ce samedi 22 février 2025 »). Dates
/// far apart say nothing of when the text was written.
struct TextTime {
    /// The day the text speaks from.
    var day: CalendarDate
    /// The words it was read from.
    var quote: String
    /// Where those words are.
    var span: Span

    /// How far apart the complete dates may lie to agree, in days.
    static let agreement = 14

    /// The text's time, or `nil` when it writes no complete date or its dates disagree.
    init?(dates: [Mention]) {
        var found: [(day: CalendarDate, text: String, span: Span)] = []
        for mention in dates {
            guard case .date(let date, _) = mention.value, let day = date.calendarDate,
                QuoteEditing.containsYear(mention.text)
            else { continue }
            found.append((day, mention.text, mention.span))
        }
        guard let earliest = found.min(by: { $0.day < $1.day }), let latest = found.max(by: { $0.day < $1.day }),
            latest.day.daysSinceEpoch - earliest.day.daysSinceEpoch <= Self.agreement
        else { return nil }
        (day, quote, span) = (latest.day, latest.text, latest.span)
    }

    /// What a finding that used it says of it.
    var evidence: Evidence {
        Evidence(statement: "no publication date given: the text's own time, \(day.isoDay), read from “\(quote)” in the text")
    }
}
