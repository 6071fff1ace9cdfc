import FactDeskKit
import Foundation

/// Reference data as checkers query it through ``CheckContext/reference``.
extension ReferenceData: ReferenceLookup {
    /// The longest names of entities and series in a run of a draft's words, left to right; a
    /// name that opens with an article gives way to a longer one right after the article
    /// (``NameArticles``).
    ///
    /// Words fold as spellings do (``NameFolding``): case, diacritics, hyphens, apostrophes and
    /// spaces do not matter, so "Centre d’innovation d’INTERPOL" names the entity spelt
    /// `Centre d'innovation d'INTERPOL`. A word that no spelling holds costs one look-up in the
    /// name index's word table.
    public func subjects(namedIn words: [String], language: Language) -> [ReferenceNameMatch] {
        let folded = words.map(Self.foldedParts)
        return names.withIndex { index in
            let run = FoldedRun(folded, index: index)
            var matches: [ReferenceNameMatch] = []
            var start = 0
            while start < words.count {
                guard let found = index.longestMatch(in: run, from: start),
                    let subject = subject(found.subjectID, language: language),
                    !NameArticles.yields(words[start], end: found.end, to: { index.longestMatch(in: run, from: start + 1)?.end })
                else {
                    start += 1
                    continue
                }
                matches.append(ReferenceNameMatch(subject: subject, words: start..<found.end))
                start = found.end
            }
            return matches
        }
    }

    /// A draft word's folded parts, as ``NameFolding/tokens(_:)`` gives them, without its cost
    /// for the common word of ASCII letters and digits.
    private static func foldedParts(_ word: String) -> FoldedWord {
        let utf8 = word.utf8
        var hasCapital = false
        for byte in utf8 {
            if (0x41...0x5A).contains(byte) {
                hasCapital = true
            } else if !(0x30...0x39).contains(byte) && !(0x61...0x7A).contains(byte) {
                return .many(NameFolding.tokens(word))
            }
        }
        guard !utf8.isEmpty else { return .many(NameFolding.tokens(word)) }
        guard hasCapital else { return .one(word) }
        // Lowercased straight into the new string's storage, without an array of bytes first.
        return .one(
            String(unsafeUninitializedCapacity: utf8.count) { buffer in
                for (offset, byte) in utf8.enumerated() { buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
                return utf8.count
            })
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

    /// The entities whose `founded` fact falls in `year`.
    public func subjects(foundedIn year: Int, language: Language) -> [ReferenceSubject] {
        entities.compactMap { entity in
            guard founding(of: entity.id)?.value.year == year else { return nil }
            return ReferenceSubject(id: entity.id, kind: Self.kind(entity.kind), name: Self.name(entity.names, language) ?? entity.id)
        }
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

    /// The event entities whose place is the place entity `placeID`, by its id or one of its names.
    public func events(heldAt placeID: String) -> [String] {
        guard let place = entity(placeID), place.kind == .place else { return [] }
        let spellings = Set([place.id] + place.names.map(\.text))
        return entities.filter { $0.kind == .event && $0.place.map(spellings.contains) == true }.map(\.id)
    }

    /// The event entities under way on `day` or ended at most `days` days before it.
    public func events(endedWithin days: Int, of day: CalendarDate, language: Language) -> [ReferenceSubject] {
        entities.filter { $0.kind == .event }.compactMap { entity in
            guard event(entity.id)?.ended(within: days, of: day) == true else { return nil }
            return ReferenceSubject(id: entity.id, kind: .event, name: Self.name(entity.names, language) ?? entity.id)
        }
    }

    /// The events that started on the day and month of `day`, in an earlier year.
    public func events(onAnniversaryOf day: CalendarDate, language: Language) -> [ReferenceSubject] {
        entities.filter { $0.kind == .event }.compactMap { entity in
            guard event(entity.id)?.startsOnAnniversary(of: day) == true else { return nil }
            return ReferenceSubject(id: entity.id, kind: .event, name: Self.name(entity.names, language) ?? entity.id)
        }
    }

    /// A series' editions by number, with every spelling of each edition's place.
    /// The series one of whose spellings folds like one of the subject's.
    public func seriesSharingName(with subjectID: String, language: Language) -> [ReferenceSubject] {
        guard let entity = entity(subjectID) else { return [] }
        let spellings = Set(entity.names.map { NameFolding.tokens($0.text) })
        return series.filter { $0.id != subjectID && $0.names.contains { spellings.contains(NameFolding.tokens($0.text)) } }
            .map { ReferenceSubject(id: $0.id, kind: .series, name: Self.name($0.names, language) ?? $0.id) }
    }

    /// The series one of whose names folds like `name` (``NameFolding``), with all their names.
    public func series(spelt name: String, language: Language) -> [(subject: ReferenceSubject, names: [String])] {
        let folded = NameFolding.tokens(name)
        return series.filter { $0.names.contains { NameFolding.tokens($0.text) == folded } }.map { series in
            (ReferenceSubject(id: series.id, kind: .series, name: Self.name(series.names, language) ?? series.id),
             series.names.map(\.text))
        }
    }

    /// An entity's or a series' names of the language and of every language.
    public func names(of subjectID: String, language: Language) -> [String] {
        (entity(subjectID)?.names ?? series(subjectID)?.names ?? []).filter { $0.language == nil || $0.language == language }
            .map(\.text)
    }

    /// Every series with its names of the language and of every language.
    public func allSeries(language: Language) -> [(subject: ReferenceSubject, names: [String])] {
        series.map { series in
            (ReferenceSubject(id: series.id, kind: .series, name: Self.name(series.names, language) ?? series.id),
             series.names.filter { $0.language == nil || $0.language == language }.map(\.text))
        }
    }

    public func editions(ofSeries seriesID: String) -> [ReferenceEdition] {
        (series(seriesID)?.editions ?? []).sorted { $0.number < $1.number }.map { edition in
            ReferenceEdition(
                number: edition.number, start: edition.start?.partialDate, end: edition.end?.partialDate,
                placeSpellings: edition.place.map(placeSpellings) ?? [],
                source: ReferenceSource(location: edition.location?.description))
        }
    }

    /// A place as written, then the spellings of the place entity it is a name of; a place entity's
    /// id gives that entity's names, canonical first, and the id last.
    private func placeSpellings(_ place: String) -> [String] {
        // A place given by its entity's id is written with that entity's names, the id last.
        let byID = entity(place).map { $0.kind == .place ? [$0] : [] } ?? []
        var spellings = byID.isEmpty ? [place] : []
        for name in (byID + entities(named: place).filter { $0.kind == .place }).flatMap(\.names)
        where !spellings.contains(name.text) {
            spellings.append(name.text)
        }
        if !spellings.contains(place) { spellings.append(place) }
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
