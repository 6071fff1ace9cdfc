import FactDeskKit

/// The event of the reference data that an undated paragraph names with its year (« la foire de
/// Varna 2026 ») or its number (« la 31e foire de Varna », "the 31st Varna Fair"), or whose
/// first or last day it writes without a year (« la foire de Varna (11-17 mai) », « jusqu’au 17
/// mai »), when an opening or closing verb of the paragraph speaks of it: « La foire
/// internationale de Varna ouvre ses portes ce mardi … la foire de Varna 2026 devrait … » can only
/// tell of that year's fair, whose first day is known; so can "the 31st Varna Fair, which opened
/// Tuesday", and « la foire de Varna ouvre ce mardi, jusqu’au 17 mai » when only one edition of
/// the reference data ends on 17 May.
///
/// The sentence of the verb names the event itself or the subject whose name the event's name
/// holds before the year (the series « foire de Varna »), or the series an ordinal numbers. It
/// stays unknown when the paragraph names two such events, or writes a year other than the
/// event's (« l’édition 2024 avait … »).
enum UndatedYearEdition {
    /// An event the paragraph names with its year or its number, and the subjects whose naming
    /// in the verb's sentence speaks of it.
    private struct Named {
        var key: String
        var first: CalendarDate
        var last: CalendarDate
        var places: [String]
        var subjects: Set<String>
        var evidence: Evidence
    }

    /// The period of the one event the paragraph of `boundary` names with its year or number,
    /// when the boundary's sentence names it or the subject it is an edition of.
    static func period(for boundary: EventBoundaryWeekday, check: DateCheck) -> EventPeriod? {
        period(at: boundary.mention.span.start, sentence: boundary.sentence, subject: boundary.subject, check: check)
    }

    /// The period of the one event the paragraph holding text offset `position` names with its
    /// year or number, when tokens `subject` of sentence `sentence` name it or the subject it is
    /// an edition of: a weekday's verb's subject, or what people meet for (« réunis samedi pour
    /// le 12e sommet », ``EventHeldWeekday/meetingNamesEvent(_:check:)``).
    static func period(at position: Int, sentence: Int, subject: Range<Int>, check: DateCheck) -> EventPeriod? {
        guard let reference = check.reference else { return nil }
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: position)]
        let sentences = check.document.sentences.indices.filter {
            let start = check.document.sentences[$0].span.start
            return start >= paragraph.start && start < paragraph.end
        }
        var events: [Named] = []
        for index in sentences {
            for found in yearNamed(inSentence: index, reference: reference, check: check)
                + numbered(inSentence: index, reference: reference, check: check)
                + daysWritten(inSentence: index, paragraph: paragraph, reference: reference, check: check)
            {
                // An event and the edition of a series it is may both be named: one period.
                if let same = events.firstIndex(where: {
                    $0.key == found.key || ($0.first == found.first && $0.last == found.last)
                }) {
                    events[same].subjects.formUnion(found.subjects)
                } else {
                    events.append(found)
                }
            }
        }
        guard events.count == 1, let found = events.first,
            writesOnlyYear(found.first.year, in: paragraph, check: check),
            let named = check.names.subjects(inSentence: sentence).last(where: {
                found.subjects.contains($0.subject.id) && subject.contains($0.tokens.lowerBound)
            })
        else { return nil }
        return EventPeriod(
            first: found.first, last: found.last, places: Set(found.places.map(WordFolding.fold)),
            subjectID: named.subject.id, mention: nil, evidence: found.evidence)
    }

    /// The events of sentence `index` named with their year (« la foire de Varna 2026 »), with
    /// the subjects their name holds before the year; or named with their number first ("the
    /// 31st session of the Varna Fair" for an event of that name), with the subject that ends it.
    private static func yearNamed(inSentence index: Int, reference: any ReferenceLookup, check: DateCheck) -> [Named] {
        check.names.subjects(inSentence: index).compactMap { named in
            guard named.subject.kind == .event, let event = reference.event(named.subject.id),
                let year = event.start?.year,
                let first = event.start?.calendarDate, let last = (event.end ?? event.start)?.calendarDate
            else { return nil }
            let endsWithYear = Int(check.tokens[named.tokens.upperBound - 1].text) == year
            let opensWithNumber = check.mentions(check.ordinals, in: check.tokens[named.tokens.lowerBound].span)
                .contains { $0.span.start == check.tokens[named.tokens.lowerBound].span.start }
            guard endsWithYear || opensWithNumber else { return nil }
            // The event's name without its year or number: the series or body it is an edition of.
            let head = check.tokens[
                endsWithYear
                    ? named.tokens.lowerBound..<named.tokens.upperBound - 1
                    : named.tokens.lowerBound + 1..<named.tokens.upperBound
            ].map(\.text)
            var subjects: Set<String> = [named.subject.id]
            for match in reference.subjects(namedIn: head, language: check.document.language)
            where endsWithYear ? match.words == 0..<head.count : match.words.upperBound == head.count {
                subjects.insert(match.subject.id)
            }
            return Named(
                key: named.subject.id, first: first, last: last, places: event.placeSpellings, subjects: subjects,
                evidence: Evidence(
                    statement:
                        "\(named.subject.name) (\(named.subject.id)), which the paragraph names: \(first.isoDay) to \(last.isoDay)",
                    source: event.source.description))
        }
    }

    /// The editions of sentence `index` named by an ordinal right before their series' name
    /// ("the 31st Varna Fair", « la 31e foire de Varna »), or before an event noun of it ("the
    /// 31st session of the Varna Fair"), when the reference data dates them.
    private static func numbered(inSentence index: Int, reference: any ReferenceLookup, check: DateCheck) -> [Named] {
        let ordinals = check.mentions(check.ordinals, in: check.document.sentences[index].span)
        guard !ordinals.isEmpty else { return [] }
        var numberEnding: [Int: Int] = [:]
        for ordinal in ordinals {
            if case .ordinal(let value) = ordinal.value {
                numberEnding[check.document.tokenRange(of: ordinal.span).upperBound] = value
            }
        }
        return check.names.series(inSentence: index).compactMap { named in
            guard
                let number = numberEnding[named.tokens.lowerBound]
                    ?? numberEnding[nounBefore(named.tokens.lowerBound, check: check)],
                let edition = reference.editions(ofSeries: named.subject.id).first(where: { $0.number == number }),
                let first = edition.start?.calendarDate, let last = (edition.end ?? edition.start)?.calendarDate
            else { return nil }
            return Named(
                key: "\(named.subject.id)#\(number)", first: first, last: last, places: edition.placeSpellings,
                subjects: [named.subject.id],
                evidence: Evidence(
                    statement:
                        "\(named.subject.name) (\(named.subject.id)), edition \(number), which the paragraph names: \(first.isoDay) to \(last.isoDay)",
                    source: edition.source.description))
        }
    }

    /// Small words between an event noun and the series it is an edition of, folded: "the 31st
    /// session of the Varna Fair", « la 31e session de la foire ».
    private static let seriesLinks: Set<String> = ["of", "the", "de", "la", "le", "l'", "du", "des"]

    /// The token of an event noun that stands before a series' name past ``seriesLinks``
    /// ("session" in "the 31st session of the Varna Fair"), or -1.
    private static func nounBefore(_ start: Int, check: DateCheck) -> Int {
        var index = start - 1
        while index > start - 4, index >= 0, seriesLinks.contains(check.word(index)) { index -= 1 }
        return index >= 0 && index < start - 1 && EventWords.nouns.contains(check.word(index)) ? index : -1
    }

    /// The editions of the series named in sentence `index` whose first or last day the
    /// paragraph writes without a year (« jusqu’au 14 octobre »), or both (« le Mondial (4-14
    /// octobre) »).
    private static func daysWritten(
        inSentence index: Int, paragraph: Span, reference: any ReferenceLookup, check: DateCheck
    ) -> [Named] {
        var days: Set<[Int]> = []
        var ranges: Set<[Int]> = []
        for mention in check.mentions(check.dates, in: paragraph) {
            if case .date(let date, _) = mention.value, date.year == nil, let month = date.month, let day = date.day {
                days.insert([month, day])
            }
        }
        for mention in check.mentions(check.ranges, in: paragraph) {
            if case .dateRange(let start, let end, _, _) = mention.value, start.year == nil, end.year == nil,
                let month = end.month, let first = start.day, let last = end.day
            {
                ranges.insert([start.month ?? month, first, month, last])
            }
        }
        guard !days.isEmpty || !ranges.isEmpty else { return [] }
        return check.names.series(inSentence: index).flatMap { named -> [Named] in
            reference.editions(ofSeries: named.subject.id).compactMap { edition in
                guard let first = edition.start?.calendarDate, let last = (edition.end ?? edition.start)?.calendarDate,
                    days.contains([first.month, first.day]) || days.contains([last.month, last.day])
                        || ranges.contains([first.month, first.day, last.month, last.day])
                else { return nil }
                return Named(
                    key: "\(named.subject.id)#\(edition.number)", first: first, last: last,
                    places: edition.placeSpellings, subjects: [named.subject.id],
                    evidence: Evidence(
                        statement:
                            "\(named.subject.name) (\(named.subject.id)), edition \(edition.number), whose days the paragraph writes: \(first.isoDay) to \(last.isoDay)",
                        source: edition.source.description))
            }
        }
    }

    /// Whether every year the paragraph writes as a number is `year`, or in a stretch of years
    /// that holds it ("for the 2026-2029 term").
    private static func writesOnlyYear(_ year: Int, in paragraph: Span, check: DateCheck) -> Bool {
        check.document.tokenRange(of: paragraph).allSatisfy { position in
            guard let written = writtenYear(at: position, check: check) else { return true }
            // "for the 2026-2029 term": a stretch of years that holds the event's.
            return written == year
                || [position - 2, position + 2].contains { other in
                    let isBefore = other < position
                    guard other >= 0, other < check.tokens.count,
                        yearDashes.contains(check.tokens[isBefore ? position - 1 : position + 1].text),
                        let end = writtenYear(at: other, check: check)
                    else { return false }
                    let first = isBefore ? end : written
                    return (first...max(first, isBefore ? written : end)).contains(year)
                }
        }
    }

    /// Dashes that join two years into a stretch ("2026-2029").
    private static let yearDashes: Set<String> = ["-", "–", "—"]

    /// The year written in four digits at token `position`, or `nil`.
    private static func writtenYear(at position: Int, check: DateCheck) -> Int? {
        guard check.tokens[position].kind == .number, check.tokens[position].text.count == 4,
            let written = Int(check.tokens[position].text), (1800...2200).contains(written)
        else { return nil }
        return written
    }
}
