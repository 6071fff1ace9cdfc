import FactDeskKit

extension SubjectResolver {
    /// The one event of the reference data with facts of `property` whose first and last days
    /// the claim's sentence writes as a range ("From January 5 to 11, Kesra hosts crews of 16
    /// clubs"), its year that of the publication when the range writes none.
    func eventOfWrittenDays(with property: String, sentence: Int, claimTokens: Range<Int>) -> SubjectOccurrence? {
        guard let reference else { return nil }
        for mention in dateWords.mentions(in: document.sentences[sentence].span) {
            guard case .dateRange(let start, let end, _, _) = mention.value,
                let year = end.year ?? start.year ?? document.published?.year, let endMonth = end.month,
                let first = CalendarDate(year: start.year ?? year, month: start.month ?? endMonth, day: start.day ?? 0),
                let last = CalendarDate(year: year, month: endMonth, day: end.day ?? 0)
            else { continue }
            let events = reference.events(endedWithin: 0, of: first, language: document.language).filter { event in
                guard let held = reference.event(event.id) else { return false }
                return held.start == PartialDate(year: first.year, month: first.month, day: first.day)
                    && held.end == PartialDate(year: last.year, month: last.month, day: last.day)
                    && !facts.numericFacts(property, of: event.id).isEmpty
            }
            if events.count == 1 {
                return SubjectOccurrence(id: events[0].id, kind: .event, name: events[0].name, tokens: claimTokens)
            }
        }
        return nil
    }
}
