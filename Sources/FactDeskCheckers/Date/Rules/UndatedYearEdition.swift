import FactDeskKit

/// The event of the reference data that an undated paragraph names with its year (« la foire de
/// Varna 2026 »), when an opening or closing verb of the paragraph speaks of it: « La foire
/// internationale de Varna ouvre ses portes ce mardi … la foire de Varna 2026 devrait … » can only
/// tell of that year's fair, whose first day is known.
///
/// The sentence of the verb names the event itself or the subject whose name the event's name
/// holds before the year (the series « foire de Varna »). It stays unknown when the paragraph
/// names two such events, or writes a year other than the event's (« l’édition 2024 avait … »).
enum UndatedYearEdition {
    /// The period of the one event the paragraph of `boundary` names with its year, when the
    /// boundary's sentence names it or the subject it is the year's edition of.
    static func period(for boundary: EventBoundaryWeekday, check: DateCheck) -> EventPeriod? {
        guard let reference = check.reference else { return nil }
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: boundary.mention.span.start)]
        let sentences = check.document.sentences.indices.filter {
            let start = check.document.sentences[$0].span.start
            return start >= paragraph.start && start < paragraph.end
        }
        var events: [(named: NamedSubject, event: ReferenceEvent, year: Int)] = []
        for index in sentences {
            for named in check.names.subjects(inSentence: index) where named.subject.kind == .event {
                guard let event = reference.event(named.subject.id), let year = event.start?.year,
                    Int(check.tokens[named.tokens.upperBound - 1].text) == year,
                    !events.contains(where: { $0.named.subject.id == named.subject.id })
                else { continue }
                events.append((named, event, year))
            }
        }
        guard events.count == 1, let found = events.first, let first = found.event.start?.calendarDate,
            let last = (found.event.end ?? found.event.start)?.calendarDate,
            writesOnlyYear(found.year, in: paragraph, check: check)
        else { return nil }
        // The event's name without its year: the series or body it is that year's edition of.
        let head = check.tokens[found.named.tokens.lowerBound..<found.named.tokens.upperBound - 1].map(\.text)
        var subjects: Set<String> = [found.named.subject.id]
        for match in reference.subjects(namedIn: head, language: check.document.language)
        where match.words == 0..<head.count {
            subjects.insert(match.subject.id)
        }
        guard
            let named = check.names.subjects(inSentence: boundary.sentence).last(where: {
                subjects.contains($0.subject.id) && boundary.subject.contains($0.tokens.lowerBound)
            })
        else { return nil }
        return EventPeriod(
            first: first, last: last, places: Set(found.event.placeSpellings.map(WordFolding.fold)),
            subjectID: named.subject.id, mention: nil,
            evidence: Evidence(
                statement:
                    "\(found.named.subject.name) (\(found.named.subject.id)), which the paragraph names: \(first.isoDay) to \(last.isoDay)",
                source: found.event.source.description))
    }

    /// Whether every year the paragraph writes as a number is `year`.
    private static func writesOnlyYear(_ year: Int, in paragraph: Span, check: DateCheck) -> Bool {
        check.document.tokenRange(of: paragraph).allSatisfy { position in
            guard check.tokens[position].kind == .number, check.tokens[position].text.count == 4,
                let written = Int(check.tokens[position].text), (1800...2200).contains(written)
            else { return true }
            return written == year
        }
    }
}
