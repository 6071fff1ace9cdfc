import Foundation

/// Reference data written inline, for rule examples, tests and plugins' own fixtures.
///
/// ```swift
/// let reference = InMemoryReference([
///     .init(id: "interpol", kind: .organization, names: ["INTERPOL"], founded: PartialDate(year: 1923)),
/// ])
/// ```
/// Names match as ``ReferenceLookup`` requires: whole words, folded for case and diacritics,
/// with hyphens and apostrophes as word breaks.
public struct InMemoryReference: ReferenceLookup, Hashable, Codable {
    /// One entity or series.
    public struct Subject: Hashable, Sendable, Codable {
        /// Its id.
        public var id: String
        /// What it is.
        public var kind: ReferenceSubject.Kind
        /// Its spellings, the first canonical.
        public var names: [String]
        /// Spellings accepted in one language only ("Marrakesh" in English drafts), after ``names``.
        public var languageNames: [NameSpelling]
        /// A person's roles.
        public var roles: [ReferenceRole]
        /// When it was founded.
        public var founded: PartialDate?
        /// An event's first day.
        public var start: PartialDate?
        /// An event's last day.
        public var end: PartialDate?
        /// An event's place spellings.
        public var placeSpellings: [String]
        /// A series' editions.
        public var editions: [ReferenceEdition]
        /// Numbers stated about it ("196 member countries").
        public var facts: [NumericFact]
        /// Dates stated about it other than its founding (`last-flight`), by property id.
        public var dateFacts: [String: PartialDate]
        /// Where its facts come from.
        public var source: ReferenceSource

        /// Creates a subject; give only what it has.
        public init(
            id: String, kind: ReferenceSubject.Kind, names: [String], founded: PartialDate? = nil,
            start: PartialDate? = nil, end: PartialDate? = nil, placeSpellings: [String] = [],
            editions: [ReferenceEdition] = [], source: ReferenceSource = ReferenceSource(),
            languageNames: [NameSpelling] = [], roles: [ReferenceRole] = [], facts: [NumericFact] = [],
            dateFacts: [String: PartialDate] = [:]
        ) {
            self.id = id
            self.kind = kind
            self.names = names
            self.languageNames = languageNames
            self.roles = roles
            self.founded = founded
            self.start = start
            self.end = end
            self.placeSpellings = placeSpellings
            self.editions = editions
            self.facts = facts
            self.dateFacts = dateFacts
            self.source = source
        }
    }

    /// The subjects.
    public var subjects: [Subject]
    /// The properties numeric facts state, with their terms.
    public var properties: [ReferenceProperty]

    /// Creates reference data from its subjects and the properties their facts state.
    public init(_ subjects: [Subject], properties: [ReferenceProperty] = []) {
        self.subjects = subjects
        self.properties = properties
    }

    /// The subjects named by runs of the words: the longest spelling at each word, left to right.
    public func subjects(namedIn words: [String], language: Language) -> [ReferenceNameMatch] {
        let folded = words.map(Self.fold)
        func longest(from start: Int) -> (subject: Subject, end: Int)? {
            var best: (subject: Subject, end: Int)?
            for subject in subjects {
                for name in subject.names {
                    guard let end = Self.end(of: Self.fold(name).joined(separator: " "), in: folded, from: start),
                        end > best?.end ?? start
                    else { continue }
                    best = (subject, end)
                }
            }
            return best
        }
        var matches: [ReferenceNameMatch] = []
        var start = 0
        while start < words.count {
            let best = longest(from: start)
            if let best, NameArticles.yields(words[start], end: best.end, to: { longest(from: start + 1)?.end }) {
                start += 1
            } else if let best {
                let subject = ReferenceSubject(
                    id: best.subject.id, kind: best.subject.kind, name: best.subject.names[0])
                matches.append(ReferenceNameMatch(subject: subject, words: start..<best.end))
                start = best.end
            } else {
                start += 1
            }
        }
        return matches
    }

    /// The subject's ``Subject/founded`` date, with its ``Subject/source``.
    public func founding(of subjectID: String) -> ReferenceFact<PartialDate>? {
        subject(subjectID).flatMap { subject in
            subject.founded.map { ReferenceFact(value: $0, source: subject.source) }
        }
    }

    /// A subject's dates other than its founding, with its source.
    public func dateFacts(of subjectID: String) -> [String: ReferenceFact<PartialDate>] {
        guard let subject = subject(subjectID) else { return [:] }
        return subject.dateFacts.mapValues { ReferenceFact(value: $0, source: subject.source) }
    }

    /// An event subject's dates and place spellings.
    public func event(_ subjectID: String) -> ReferenceEvent? {
        guard let subject = subject(subjectID), subject.kind == .event, subject.start != nil || subject.end != nil
        else { return nil }
        return ReferenceEvent(
            start: subject.start, end: subject.end, placeSpellings: subject.placeSpellings, source: subject.source)
    }

    /// The event subjects one of whose place spellings is a name of the place subject `placeID`.
    public func events(heldAt placeID: String) -> [String] {
        guard let place = subject(placeID), place.kind == .place else { return [] }
        let spellings = Set(place.names.map(Self.fold))
        return subjects.filter { $0.kind == .event && $0.placeSpellings.contains { spellings.contains(Self.fold($0)) } }
            .map(\.id)
    }

    /// The subjects whose ``Subject/founded`` date is in `year`.
    public func subjects(foundedIn year: Int, language: Language) -> [ReferenceSubject] {
        subjects.filter { $0.founded?.year == year }.map {
            ReferenceSubject(id: $0.id, kind: $0.kind, name: $0.names.first ?? $0.id)
        }
    }

    /// The event subjects under way on `day` or ended at most `days` days before it.
    public func events(endedWithin days: Int, of day: CalendarDate, language: Language) -> [ReferenceSubject] {
        subjects.filter { $0.kind == .event }.compactMap { subject in
            guard event(subject.id)?.ended(within: days, of: day) == true else { return nil }
            return ReferenceSubject(id: subject.id, kind: .event, name: subject.names.first ?? subject.id)
        }
    }

    /// The events that started on the day and month of `day`, in an earlier year.
    public func events(onAnniversaryOf day: CalendarDate, language: Language) -> [ReferenceSubject] {
        subjects.filter { $0.kind == .event }.compactMap { subject in
            guard event(subject.id)?.startsOnAnniversary(of: day) == true else { return nil }
            return ReferenceSubject(id: subject.id, kind: .event, name: subject.names.first ?? subject.id)
        }
    }

    /// A subject's names.
    public func names(of subjectID: String, language: Language) -> [String] {
        subject(subjectID)?.names ?? []
    }

    /// A series subject's editions, by number.
    /// The series one of whose names folds like one of the subject's.
    public func seriesSharingName(with subjectID: String, language: Language) -> [ReferenceSubject] {
        guard let subject = subject(subjectID) else { return [] }
        let spellings = Set(subject.names.map(Self.fold))
        return subjects.filter { $0.kind == .series && $0.id != subjectID && $0.names.contains { spellings.contains(Self.fold($0)) } }
            .map { ReferenceSubject(id: $0.id, kind: .series, name: $0.names[0]) }
    }

    public func editions(ofSeries seriesID: String) -> [ReferenceEdition] {
        (subject(seriesID)?.editions ?? []).sorted { $0.number < $1.number }
    }

    /// The series subjects one of whose names folds like `name`.
    public func series(spelt name: String, language: Language) -> [(subject: ReferenceSubject, names: [String])] {
        let folded = Self.fold(name)
        return subjects.filter { $0.kind == .series && $0.names.contains { Self.fold($0) == folded } }.map { series in
            (ReferenceSubject(id: series.id, kind: .series, name: series.names[0]), series.names)
        }
    }

    /// Every series with all its names: inline subjects have no language of their own.
    public func allSeries(language: Language) -> [(subject: ReferenceSubject, names: [String])] {
        subjects.filter { $0.kind == .series }.map { series in
            (ReferenceSubject(id: series.id, kind: .series, name: series.names[0]), series.names)
        }
    }

    private func subject(_ id: String) -> Subject? {
        subjects.first { $0.id == id }
    }

    /// The word index after a name's folded parts when they start at word `start` and end on a
    /// word boundary, or `nil`.
    private static func end(of name: String, in words: [[String]], from start: Int) -> Int? {
        var parts: [String] = []
        for end in start..<words.count {
            parts += words[end]
            let joined = parts.joined(separator: " ")
            if joined == name { return end + 1 }
            guard name.hasPrefix(joined + " ") else { return nil }
        }
        return nil
    }

    /// A word's parts: lowercase, without diacritics, split at anything but letters and digits.
    private static func fold(_ word: String) -> [String] {
        word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
