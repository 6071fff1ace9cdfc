import FactDeskKit

/// Years ago of a subject's first or last occurrence, against the date the reference data gives
/// it: « depuis le dernier vol du lanceur Vega il y a trois ans » when its last flight
/// (`last-flight: 2023-07`) was a year before publication; "the rocket's first launch, ten years
/// ago". The subject is named right before the years, a noun and a preposition after « dernier » /
/// "last" (« premier » / "first"), or right before that word with the noun then the years
/// ("the rocket's last flight five years ago"); the one date fact of that subject whose
/// property id starts with `last-` (`first-`) answers. The count may be one off either way (the
/// months are unknown). "For the first time in 50 years" counts the years since the last
/// occurrence too (``firstTimeFinding(_:stated:published:check:)``).
extension ElapsedYearsMismatchRule {
    /// Words of a last occurrence, folded.
    static let lastWords: Set<String> = ["last", "previous", "dernier", "derniere", "precedent", "precedente"]
    /// Words of a first occurrence, folded.
    static let firstWords: Set<String> = ["first", "maiden", "inaugural", "premier", "premiere", "inaugural"]
    /// How many tokens before the years the word of occurrence may be.
    static let occurrenceReach = 8
    /// How many tokens before the word of occurrence a possessive subject may end ("’s" may be two).
    static let ownerReach = 3
    /// How far after the word of occurrence the subject may start (« dernier vol d’ » + name).
    static let nounReach = 4

    /// The finding for years ago of a first or last occurrence the reference dates otherwise.
    func occurrenceFinding(_ duration: Mention, stated: Int, published: CalendarDate, check: DateCheck) -> Finding? {
        guard let reference = check.reference, let start = Self.agoStart(of: duration, check: check) else { return nil }
        let sentence = check.sentence(of: duration).tokens
        let window = max(sentence.lowerBound, start - Self.occurrenceReach)..<start
        guard
            let lead = window.last(where: {
                Self.lastWords.contains(check.word($0)) || Self.firstWords.contains(check.word($0))
            })
        else { return nil }
        let prefix = Self.lastWords.contains(check.word(lead)) ? "last-" : "first-"
        // The occurrence's words end right before the years, a comma apart at most.
        let end = check.tokens[start - 1].text == "," ? start - 1 : start
        let named = check.names.subjects(inSentence: check.document.sentenceIndex(of: duration.span.start)).filter {
            // « le dernier vol du lanceur Vega il y a … », "the first flight of the Vega 9, ten years ago"
            ($0.tokens.upperBound == end && $0.tokens.lowerBound > lead
                && $0.tokens.lowerBound - lead <= Self.nounReach)
                // "the Vega 9's last flight five years ago"
                || ($0.tokens.upperBound <= lead && lead - $0.tokens.upperBound < Self.ownerReach
                    && end - lead <= Self.nounReach - 1)
        }
        return occurrenceFinding(
            duration, stated: stated, subjects: named, prefix: prefix, published: published, reference: reference,
            check: check)
    }

    /// Words right before the years that make them the time since the last occurrence, folded:
    /// "for the first time in 60 years", "a first in 60 years", « pour la première fois depuis 60 ans ».
    static let firstTimePhrases: [[String]] = [
        ["first", "time", "in"], ["first", "in"], ["premiere", "fois", "depuis"], ["premiere", "depuis"],
        ["premiere", "fois", "en"],
    ]

    /// "The Lakes crew reached the final for the first time in 50 years" when the one subject of
    /// the sentence with a date fact whose property id starts with `last-` (`last-final: 1966`)
    /// gives another count from its year to the publication's; one off either way is allowed.
    func firstTimeFinding(_ duration: Mention, stated: Int, published: CalendarDate, check: DateCheck) -> Finding? {
        guard let reference = check.reference else { return nil }
        let start = check.document.tokenRange(of: duration.span).lowerBound
        guard Self.firstTimePhrases.contains(where: { start >= $0.count && check.hasWords($0, at: start - $0.count) })
        else { return nil }
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        return occurrenceFinding(
            duration, stated: stated, subjects: check.names.subjects(inSentence: sentence), prefix: "last-",
            published: published, reference: reference, check: check)
    }

    /// The finding when the one date fact of `subjects` whose property id starts with `prefix`
    /// gives a count of years to the publication more than one off `stated`.
    private func occurrenceFinding<Subjects: Sequence>(
        _ duration: Mention, stated: Int, subjects: Subjects, prefix: String, published: CalendarDate,
        reference: any ReferenceLookup, check: DateCheck
    ) -> Finding? where Subjects.Element == NamedSubject {
        let facts = subjects.flatMap { subject in
            reference.dateFacts(of: subject.subject.id).filter { $0.key.hasPrefix(prefix) }.map {
                (subject, $0.key, $0.value)
            }
        }
        guard facts.count == 1, let (subject, property, fact) = facts.first, let year = fact.value.year else {
            return nil
        }
        let years = published.year - year
        guard years >= 0, abs(years - stated) > 1 else { return nil }
        return check.finding(
            descriptor, at: duration.span,
            message: check.wording.elapsedYears(quoted: duration.text, from: year, to: published.year, years: years),
            evidence: [
                Evidence(
                    statement:
                        "published in \(published.year); \(year) to \(published.year) is \(years) year\(years == 1 ? "" : "s")"
                ),
                Evidence(
                    statement: "\(subject.subject.name) (\(subject.subject.id)): \(property) \(fact.value)",
                    source: fact.source.description),
            ])
    }

    /// The first token of years ago ("three years ago", « il y a trois ans »), or `nil` when the
    /// years are not told back from the text's time.
    private static func agoStart(of duration: Mention, check: DateCheck) -> Int? {
        let range = check.document.tokenRange(of: duration.span)
        if check.word(range.upperBound) == "ago" { return range.lowerBound }
        return YearsAgo.frenchStart(before: range.lowerBound, check: check)
    }
}
