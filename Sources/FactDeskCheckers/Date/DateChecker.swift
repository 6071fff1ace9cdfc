import FactDeskKit

/// Checker `date`: dates that cannot be right — days that do not exist, weekdays that do not
/// match, ranges and lengths that disagree, anniversaries, editions and tenses that contradict
/// the calendar, the publication date or the reference data.
///
/// Reads the mentions the extractors saw (dates, ranges, weekdays, relative dates,
/// anniversaries, durations, ordinals) and never scans the text again; reads the reference
/// data through ``CheckContext/reference``, and stays silent where a rule needs it and none
/// was loaded.
public struct DateChecker: Checker {
    /// The checker's id.
    public static let id = "date"

    /// The rules, in the order `factdesk checkers` lists them.
    static let rules: [any DateRule] = [
        InvalidDateRule(), WeekdayMismatchRule(), RangeOrderRule(), CrossMonthRangeRule(), RangeDurationMismatchRule(),
        RestatedDurationMismatchRule(), RestatedBoundaryMismatchRule(), EventDurationMismatchRule(), EventDayMismatchRule(), RelativeWeekdayMismatchRule(), AnniversaryMismatchRule(),
        ElapsedYearsMismatchRule(), FoundingYearMismatchRule(), EditionDateMismatchRule(), TenseVsDateRule(),
        NeedsPublicationDateRule(),
    ]

    /// Creates the checker.
    public init() {}

    /// The checker's id, version and rules with their examples.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: Self.id, version: "0.2.0",
            summary: "Date consistency: the calendar, ranges and lengths, tenses, anniversaries and editions.",
            languages: [.fr, .en],
            rules: Self.rules.map(\.descriptor))
    }

    /// Checks one document: reads its mentions once into a ``DateCheck`` and runs every rule on it.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let check = DateCheck(document: document, context: context)
        return Self.rules.filter { context.runs($0.descriptor) }.flatMap { $0.findings(in: check) }
    }
}
