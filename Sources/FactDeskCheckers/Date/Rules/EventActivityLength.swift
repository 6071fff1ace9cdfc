import FactDeskKit

/// A length told of what people do at an event, right after the verb of that doing: "the
/// panel, deliberating for about nine hours across two days" (the jury
/// deliberations), « les négociateurs ont négocié pendant trois jours » (the negotiations).
///
/// The verb must share its stem (``stemLength`` letters) with the word of action, ending in
/// "-tion(s)" and of ``actionLength`` letters or more, that names an event of the reference data under way on the publication date or
/// ended at most ``reach`` days before it, and with no other such event.
enum EventActivityLength {
    /// How many days before the publication date the event may have ended.
    static let reach = 7
    /// How many tokens before the length's "over" or « pendant » the verb may be.
    static let verbReach = 6
    /// How many first letters the verb and the event's word share (« négocié », "negotiations").
    static let stemLength = 6
    /// The fewest letters of an event's word of action ("nations" is none).
    static let actionLength = 10
    /// Words that open a length after a verb, folded.
    static let openers: Set<String> = ["over", "for", "pendant", "durant"]

    /// The event whose doing the length measures, or `nil`.
    static func period(for duration: Mention, check: DateCheck, published: CalendarDate) -> EventPeriod? {
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: duration.span)
        let opener = range.lowerBound - 1
        guard openers.contains(check.word(opener)) else { return nil }
        let sentence = check.sentence(of: duration).tokens
        let verbs = (max(sentence.lowerBound, opener - verbReach)..<opener).map { check.word($0) }.filter(isVerbForm)
        guard !verbs.isEmpty else { return nil }
        let matching = reference.events(endedWithin: reach, of: published, language: check.document.language)
            .filter { subject in
                subject.kind == .event
                    && actionWords(of: subject.name).contains { action in verbs.contains { sharesStem($0, action) } }
            }
        guard matching.count == 1, let subject = matching.first, let event = reference.event(subject.id),
            let first = event.start?.calendarDate, let last = (event.end ?? event.start)?.calendarDate
        else { return nil }
        return EventPeriod(
            first: first, last: last, places: Set(event.placeSpellings.map(WordFolding.fold)), subjectID: subject.id,
            mention: nil,
            evidence: Evidence(
                statement: "\(subject.name) (\(subject.id)): \(first.isoDay) to \(last.isoDay)",
                source: event.source.description))
    }

    /// The folded words of a name that name an action: "deliberations", « négociations ».
    private static func actionWords(of name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" })
            .map { WordFolding.fold(String($0)) }
            .filter { $0.count >= actionLength && ($0.hasSuffix("tion") || $0.hasSuffix("tions")) }
    }

    /// Whether a folded word may be a verb: long enough, not itself a noun of action.
    private static func isVerbForm(_ word: String) -> Bool {
        word.count > stemLength && !word.hasSuffix("tion") && !word.hasSuffix("tions")
    }

    private static func sharesStem(_ verb: String, _ action: String) -> Bool {
        verb.prefix(stemLength) == action.prefix(stemLength)
    }
}
