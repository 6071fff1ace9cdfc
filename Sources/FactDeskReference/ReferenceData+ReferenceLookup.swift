import FactDeskKit
import Foundation

/// Reference data as checkers query it through ``CheckContext/reference``.
extension ReferenceData: ReferenceLookup {
    /// The most words a name may span in a draft.
    static let longestNameInWords = 8

    /// The longest names of entities and series in a run of a draft's words, left to right.
    ///
    /// Words fold as spellings do (``NameFolding``): case, diacritics, hyphens, apostrophes and
    /// spaces do not matter, so "Centre d’innovation d’INTERPOL" names the entity spelt
    /// `Centre d'innovation d'INTERPOL`. A word that no spelling holds is skipped with one
    /// look-up.
    public func subjects(namedIn words: [String], language: Language) -> [ReferenceNameMatch] {
        let index = nameIndex
        let folded = words.map(NameFolding.tokens)
        var matches: [ReferenceNameMatch] = []
        var start = 0
        while start < words.count {
            guard let first = folded[start].first, index.wordNumbers[first] != nil else {
                start += 1
                continue
            }
            var found: (end: Int, id: String)?
            var end = min(words.count, start + Self.longestNameInWords)
            while end > start, found == nil {
                let spelling = folded[start..<end].flatMap { $0 }
                if let match = index.exactSpellings(spelling).first {
                    found = (end, index.subjectIDs[Int(index.spellingSubjects[Int(match)])])
                }
                end -= 1
            }
            guard let found, let subject = subject(found.id, language: language) else {
                start += 1
                continue
            }
            matches.append(ReferenceNameMatch(subject: subject, words: start..<found.end))
            start = found.end
        }
        return matches
    }

    /// The `founded` fact of an entity: a year or a date, with its source.
    public func founding(of subjectID: String) -> ReferenceFact<PartialDate>? {
        guard let fact = entity(subjectID)?.facts.first(where: { $0.property == Property.founded }) else { return nil }
        let founded: PartialDate
        switch fact.value {
        case .date(let date): founded = date.partialDate
        case .number(let number): founded = PartialDate(year: Int(truncating: number as NSDecimalNumber))
        case .text: return nil
        }
        return ReferenceFact(
            value: founded, source: ReferenceSource(citation: fact.source, location: fact.location?.description))
    }

    /// An event entity's dates and the spellings of its place.
    public func event(_ subjectID: String) -> ReferenceEvent? {
        guard let entity = entity(subjectID), entity.kind == .event, entity.start != nil || entity.end != nil else {
            return nil
        }
        return ReferenceEvent(
            start: entity.start?.partialDate, end: entity.end?.partialDate,
            placeSpellings: entity.place.map(placeSpellings) ?? [],
            source: ReferenceSource(location: entity.location?.description))
    }

    /// A series' editions by number, with every spelling of each edition's place.
    public func editions(ofSeries seriesID: String) -> [ReferenceEdition] {
        (series(seriesID)?.editions ?? []).sorted { $0.number < $1.number }.map { edition in
            ReferenceEdition(
                number: edition.number, start: edition.start?.partialDate, end: edition.end?.partialDate,
                placeSpellings: edition.place.map(placeSpellings) ?? [],
                source: ReferenceSource(location: edition.location?.description))
        }
    }

    /// A place as written, then the spellings of the place entity it is the id or a name of.
    private func placeSpellings(_ place: String) -> [String] {
        var spellings = [place]
        let places = ([entity(place)].compactMap { $0 } + entities(named: place)).filter { $0.kind == .place }
        for name in places.flatMap(\.names) where !spellings.contains(name.text) {
            spellings.append(name.text)
        }
        return spellings
    }

    /// The subject with an id, named as the language writes it.
    private func subject(_ id: String, language: Language) -> ReferenceSubject? {
        if let entity = entity(id) {
            return ReferenceSubject(id: id, kind: Self.kind(entity.kind), name: Self.name(entity.names, language) ?? id)
        }
        guard let series = series(id) else { return nil }
        return ReferenceSubject(id: id, kind: .series, name: Self.name(series.names, language) ?? id)
    }

    /// The first spelling of a language, else the first for every language, else the first.
    private static func name(_ names: [Name], _ language: Language) -> String? {
        (names.first { $0.language == language } ?? names.first { $0.language == nil } ?? names.first)?.text
    }

    private static func kind(_ kind: Entity.Kind) -> ReferenceSubject.Kind {
        switch kind {
        case .person: .person
        case .organization: .organization
        case .place: .place
        case .event: .event
        case .other: .other
        }
    }
}
