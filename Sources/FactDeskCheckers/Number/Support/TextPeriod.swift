import FactDeskKit

/// The time a draft without a publication date speaks from, as the figures it gives may depend
/// on it: its own complete dates (``TextTime``), the editions of reference series it names by
/// their place ("the Commonwealth summit opened in Apia", the edition held in Apia) and those it
/// names by their number with no date or place of their own in the sentence ("the 27th
/// Commonwealth summit opened on Friday"), all together when they agree — the days common to
/// all of them; `nil` when they give none or disagree.
enum TextPeriod {
    static func period(
        document: Document, dates: [Mention], names: SubjectOccurrences, editions: [EditionNumberClaim],
        reference: any ReferenceLookup
    ) -> ClosedRange<CalendarDate>? {
        var periods = namedEditions(document: document, names: names, reference: reference)
        for claim in editions where claim.years == nil && claim.place == nil {
            if let edition = claim.editions.first(where: { $0.number == claim.number }), edition.start != nil,
                let days = EditionAnchor.days(of: edition)
            {
                periods.append(days)
            }
        }
        if let time = TextTime(dates: dates) { periods.append(time.day...time.day) }
        guard var common = periods.first else { return nil }
        for period in periods.dropFirst() {
            let lower = max(common.lowerBound, period.lowerBound)
            let upper = min(common.upperBound, period.upperBound)
            guard lower <= upper else { return nil }
            common = lower...upper
        }
        return common
    }

    /// The days of each edition a sentence names by its series and its place, when the place is
    /// that of one edition only.
    private static func namedEditions(
        document: Document, names: SubjectOccurrences, reference: any ReferenceLookup
    ) -> [ClosedRange<CalendarDate>] {
        var periods: [ClosedRange<CalendarDate>] = []
        for index in document.sentences.indices {
            let series = names.inSentence(index).filter { $0.kind == .series }
            guard !series.isEmpty else { continue }
            let words = Set(document.sentences[index].tokens.map { WordFolding.fold(document.tokens[$0].text) })
            for id in Set(series.map(\.id)) {
                let held = reference.editions(ofSeries: id).filter { edition in
                    edition.placeSpellings.contains { spelling in
                        let parts = spelling.split(whereSeparator: { $0 == " " || $0 == "-" })
                            .map { WordFolding.fold(String($0)) }
                        return !parts.isEmpty && parts.allSatisfy(words.contains)
                    }
                }
                if held.count == 1, held[0].start != nil, let days = EditionAnchor.days(of: held[0]) {
                    periods.append(days)
                }
            }
        }
        return periods
    }
}
