import FactDeskKit

/// An opening verb whose subject or object is a building, a work or a body of the reference data
/// whose opening is an event of the reference data near the publication date: "Officials will
/// open the Harbour Museum on Sunday", "The Harbour Museum opens on Sunday", « le musée du Port
/// ouvrira ses portes dimanche », with the event "Harbour Museum opening", "opening of the
/// Harbour Museum" or « inauguration du musée du Port ». Only one such event may be near.
extension EventBoundaryWeekday {
    /// Nouns of an opening that an event's name puts before or after what it opens, folded.
    static let openingNouns: Set<String> = [
        "opening", "reopening", "inauguration", "ouverture", "reouverture", "commissioning", "mise",
    ]
    /// Small words between the noun of an opening and what it opens in an event's name, folded.
    static let openingFillers: Set<String> = ["of", "the", "de", "du", "des", "la", "le", "l", "d", "en", "service"]

    /// The one event near `published` that opens a subject named where the boundary seeks its
    /// event (its subject or object).
    func openingEvent(published: CalendarDate, check: DateCheck) -> EventPeriod? {
        guard opens, let reference = check.reference else { return nil }
        let language = check.document.language
        let opened = check.names.subjects(inSentence: sentence).filter {
            subject.contains($0.tokens.lowerBound) && $0.subject.kind != .event && $0.subject.kind != .place
        }
        guard !opened.isEmpty else { return nil }
        let events = EventPeriods.referenceEvents(near: published, reference: reference, language: language).filter {
            event in
            opened.contains {
                Self.isOpening(event.subject.id, of: $0.subject.id, reference: reference, language: language)
            }
        }
        guard events.count == 1, let event = events.first else { return nil }
        return EventPeriods.eventPeriod(event.subject.id, named: event.subject.name, reference)
    }

    /// Whether a name of event `eventID` is a noun of opening and a name of subject `openedID`:
    /// "Harbour Museum opening", "opening of the Harbour Museum", « mise en service du pont ».
    static func isOpening(_ eventID: String, of openedID: String, reference: any ReferenceLookup, language: Language)
        -> Bool
    {
        let openedNames = Set(
            reference.names(of: openedID, language: language).map {
                WordFolding.nameWords($0).drop { openingFillers.contains($0) }.joined(separator: " ")
            })
        return reference.names(of: eventID, language: language).contains { name in
            var words = WordFolding.nameWords(name)
            if let last = words.last, openingNouns.contains(last) {
                words.removeLast()
            } else if let first = words.first, openingNouns.contains(first) {
                words = Array(words.drop { openingNouns.contains($0) || openingFillers.contains($0) })
            } else {
                return false
            }
            return !words.isEmpty && openedNames.contains(words.joined(separator: " "))
        }
    }
}
