import FactDeskKit

/// The one vote of the reference data held at a place the paragraph names: « le scrutin qui
/// s’est tenu samedi dernier », in a paragraph that names the country (alone or inside a
/// longer name, « président de la République de Valdorie »), is that country's election when the
/// reference data holds exactly one one-day vote there.
///
/// A vote is an event whose name has a noun of a vote (``EventHeldWeekday/voteNouns``: « élection
/// présidentielle », "general election"). Two votes at the named places, or none, leave it
/// unknown. The same look-up finds the one one-day event of another kind held there: the quake
/// that "struck Kesra on Sunday" in a piece without a publication date
/// (``oneDayEvents(inParagraphOf:check:named:)``).
enum PlacedVote {
    /// The vote that `held`'s noun of a vote (« le scrutin », "the poll") speaks of, if exactly one fits.
    static func period(for held: EventHeldWeekday, check: DateCheck) -> EventPeriod? {
        guard !held.strikes(check: check), !held.meets(check: check), held.namesVote(check: check) else { return nil }
        let votes = votes(inParagraphOf: held.mention.span.start, check: check)
        return votes.count == 1 ? votes[0] : nil
    }

    /// The one-day votes of the reference data held at the places the paragraph holding text
    /// offset `position` names.
    static func votes(inParagraphOf position: Int, check: DateCheck) -> [EventPeriod] {
        oneDayEvents(inParagraphOf: position, check: check, named: EventHeldWeekday.namesVote)
    }

    /// The one-day events of the reference data held at the places the paragraph holding text
    /// offset `position` names, whose name (in the document's language) passes `named`.
    static func oneDayEvents(inParagraphOf position: Int, check: DateCheck, named fits: (String) -> Bool)
        -> [EventPeriod]
    {
        guard let reference = check.reference else { return [] }
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: position)]
        var places: [(id: String, name: String)] = []
        func add(_ subject: ReferenceSubject) {
            if subject.kind == .place, !places.contains(where: { $0.id == subject.id }) {
                places.append((subject.id, subject.name))
            }
        }
        for index in check.document.sentences.indices {
            let span = check.document.sentences[index].span
            guard span.start >= paragraph.start, span.start < paragraph.end else { continue }
            check.names.subjects(inSentence: index).forEach { add($0.subject) }
        }
        // A place inside a longer name (« président de la République de Valdorie »), one word alone.
        for position in check.document.tokenRange(of: paragraph)
        where check.tokens[position].kind == .word && WordFolding.isCapitalised(check.tokens[position].text) {
            reference.subjects(namedIn: [check.tokens[position].text], language: check.document.language)
                .forEach { add($0.subject) }
        }
        var votes: [EventPeriod] = []
        for place in places {
            for id in reference.events(heldAt: place.id) {
                guard let event = reference.event(id), let day = event.start?.calendarDate,
                    (event.end ?? event.start)?.calendarDate == day,
                    let named = reference.events(endedWithin: 0, of: day, language: check.document.language)
                        .first(where: { $0.id == id }),
                    fits(named.name)
                else { continue }
                votes.append(
                    EventPeriod(
                        first: day, last: day, places: Set(event.placeSpellings.map(WordFolding.fold)), subjectID: id,
                        mention: nil,
                        evidence: Evidence(
                            statement: "\(named.name) (\(id)), held in \(place.name), which the paragraph names: \(day.isoDay)",
                            source: event.source.description)))
            }
        }
        return votes
    }
}
