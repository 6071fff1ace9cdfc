import FactDeskKit

/// An event the text calls by the last word of its name, capitalised as a name right after its
/// length: "the three-day Meeting" for the Regular Meeting of a conference, "the five-day
/// Festival" for a film festival. The event is the one edition of a series of the reference data,
/// near the publication date, one of whose names ends with that word; none when several are.
enum EventShortName {
    /// The period of that edition, for the compound length `duration` ("three-day") followed by a
    /// capitalised event noun.
    static func period(after duration: Mention, published: CalendarDate, check: DateCheck) -> EventPeriod? {
        guard DurationContext.isCompound(duration), let reference = check.reference else { return nil }
        let noun = check.document.tokenRange(of: duration.span).upperBound
        guard noun < check.tokens.count, check.tokens[noun].kind == .word,
            WordFolding.isCapitalised(check.tokens[noun].text), EventWords.nouns.contains(check.word(noun))
        else { return nil }
        let word = check.word(noun)
        var periods: [EventPeriod] = []
        for (series, names) in reference.allSeries(language: check.document.language)
        where names.contains(where: { lastWord(of: $0) == word }) {
            for edition in reference.editions(ofSeries: series.id) {
                guard
                    let period = EventPeriods.period(
                        of: edition, seriesID: series.id, named: series.name, subjectID: series.id),
                    period.first.adding(days: -EventPeriods.reach) <= published,
                    published <= period.last.adding(days: EventPeriods.reach)
                else { continue }
                periods.append(period)
            }
        }
        guard let first = periods.first, periods.allSatisfy({ $0.first == first.first && $0.last == first.last })
        else { return nil }
        return first
    }

    /// The last word of a name, folded, past a year that ends it ("Summit 2026").
    private static func lastWord(of name: String) -> String? {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).last { !$0.allSatisfy(\.isNumber) }
            .map { WordFolding.fold(String($0)) }
    }
}
