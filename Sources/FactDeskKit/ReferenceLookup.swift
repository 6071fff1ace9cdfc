/// The newsroom's reference data, as checkers query it through ``CheckContext/reference``.
///
/// The SDK declares only the questions checkers ask, in its own types, so that checkers (and
/// plugins) need not depend on the module that loads and validates reference files: that
/// module's store conforms to this protocol, and tests can use ``InMemoryReference``.
public protocol ReferenceLookup: Sendable {
    /// The subjects (entities and series) that runs of a draft's words name, by any accepted
    /// spelling once folded for case, diacritics, hyphens and apostrophes.
    ///
    /// - Parameters:
    ///   - words: consecutive words of a draft, as written ("Centre", "d’", "innovation").
    ///   - language: the draft's language, to pick the subjects' display names.
    /// - Returns: the longest names found, left to right, never overlapping; each covers whole words.
    func subjects(namedIn words: [String], language: Language) -> [ReferenceNameMatch]

    /// When a subject was founded (its `founded` fact), as precise as the source gives it.
    func founding(of subjectID: String) -> ReferenceFact<PartialDate>?

    /// An event's dates and place, when the subject is an event that has them.
    func event(_ subjectID: String) -> ReferenceEvent?

    /// The numbered editions of a series, by number; empty when the subject is not a series.
    func editions(ofSeries seriesID: String) -> [ReferenceEdition]

    /// The series spelt like a subject: an entity "FESPACO" and the series of its editions
    /// "FESPACO" share a spelling, and a draft's "29e édition du FESPACO" means the series.
    func seriesSharingName(with subjectID: String, language: Language) -> [ReferenceSubject]

    /// The ids of the events held at a place, given by its id: a draft that writes "the summit
    /// in Vilnius" speaks of the event held there even when it does not write the event's name.
    func events(heldAt placeID: String) -> [String]

    /// The events under way on `day` or ended at most `days` days before it: a draft published
    /// then that writes "this election" without naming it speaks of one of them.
    func events(endedWithin days: Int, of day: CalendarDate, language: Language) -> [ReferenceSubject]

    /// The events that started on the same day and month as `day`, in an earlier year: a draft
    /// published then that writes "25 years ago today" speaks of one of them.
    func events(onAnniversaryOf day: CalendarDate, language: Language) -> [ReferenceSubject]

    /// A subject's facts whose value is a date, other than its founding (`last-flight:
    /// 2023-07`), by property id: a draft's "its last flight, three years ago" is checked
    /// against them.
    func dateFacts(of subjectID: String) -> [String: ReferenceFact<PartialDate>]

    /// The entities founded in `year` (their `founded` fact): a draft's « le 25 mai 1963, 32 chefs
    /// d’État … » speaks of a body founded that day even when it does not name it.
    func subjects(foundedIn year: Int, language: Language) -> [ReferenceSubject]
    /// Every series one of whose names is spelt `name`, with all its names: "General Assembly"
    /// may be a name of the UN's series and of INTERPOL's, which their longer names ("UN General
    /// Assembly", "INTERPOL General Assembly") tell apart.
    func series(spelt name: String, language: Language) -> [(subject: ReferenceSubject, names: [String])]
    /// Every series with its names in the language and in every language: what an acronym of a
    /// name's core words (« AG » of « Assemblée générale de l’ONU ») is read against.
    func allSeries(language: Language) -> [(subject: ReferenceSubject, names: [String])]
    /// Every spelling of an entity or a series, in the language and in every language: an event named only
    /// "Harbour Lights Festival 2025" is still the festival a draft calls "the Harbour Lights
    /// Festival".
    func names(of subjectID: String, language: Language) -> [String]
}

extension ReferenceLookup {
    /// None, for reference data that does not tell.
    public func seriesSharingName(with subjectID: String, language: Language) -> [ReferenceSubject] { [] }

    /// None, for reference data that does not tell.
    public func events(heldAt placeID: String) -> [String] { [] }

    /// None, for reference data that does not tell.
    public func events(endedWithin days: Int, of day: CalendarDate, language: Language) -> [ReferenceSubject] { [] }

    /// None, for reference data that does not tell.
    public func events(onAnniversaryOf day: CalendarDate, language: Language) -> [ReferenceSubject] { [] }

    /// None, for reference data that does not tell.
    public func dateFacts(of subjectID: String) -> [String: ReferenceFact<PartialDate>] { [:] }

    /// None, for reference data that does not tell.
    public func subjects(foundedIn year: Int, language: Language) -> [ReferenceSubject] { [] }
    /// None, for reference data that does not tell.
    public func series(spelt name: String, language: Language) -> [(subject: ReferenceSubject, names: [String])] { [] }
    /// None, for reference data that does not tell.
    public func allSeries(language: Language) -> [(subject: ReferenceSubject, names: [String])] { [] }
    /// None, for reference data that does not tell.
    public func names(of subjectID: String, language: Language) -> [String] { [] }
}

extension ReferenceEvent {
    /// Whether the event was under way on `day` or ended at most `days` days before it; both its
    /// start and its end (or its one day) must be full dates.
    public func ended(within days: Int, of day: CalendarDate) -> Bool {
        func calendar(_ date: PartialDate?) -> CalendarDate? {
            guard let date, let year = date.year, let month = date.month, let dayOfMonth = date.day else { return nil }
            return CalendarDate(year: year, month: month, day: dayOfMonth)
        }
        guard let first = calendar(start ?? end), let last = calendar(end ?? start), first <= day else { return false }
        return last >= day.adding(days: -days)
    }

    /// Whether the event started, on a full date, on the day and month of `day` in an earlier year.
    public func startsOnAnniversary(of day: CalendarDate) -> Bool {
        guard let start, let year = start.year, year < day.year else { return false }
        return start.month == day.month && start.day == day.day
    }
}

/// Something reference data describes: a person, organisation, place, event, or a series.
public struct ReferenceSubject: Hashable, Sendable, Codable {
    /// What a subject is.
    public enum Kind: String, Hashable, Sendable, Codable {
        case person, organization, place, event, other, series
    }

    /// Its id in the reference data (`interpol-general-assembly`).
    public var id: String
    /// What it is.
    public var kind: Kind
    /// Its canonical spelling in the language asked for.
    public var name: String

    /// Creates a subject.
    public init(id: String, kind: Kind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }
}

/// A subject named by some of the words given to ``ReferenceLookup/subjects(namedIn:language:)``.
public struct ReferenceNameMatch: Hashable, Sendable {
    /// The subject.
    public var subject: ReferenceSubject
    /// The indices of the words that name it.
    public var words: Range<Int>

    /// Creates a match.
    public init(subject: ReferenceSubject, words: Range<Int>) {
        self.subject = subject
        self.words = words
    }
}

/// Where a reference fact comes from: the source it cites and where it is written.
public struct ReferenceSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The URL or citation the reference data gives, if any.
    public var citation: String?
    /// Where the fact is written: `reference/interpol.yml:12:9`.
    public var location: String?

    /// Creates a source.
    public init(citation: String? = nil, location: String? = nil) {
        self.citation = citation
        self.location = location
    }

    /// The citation, else the location, else `reference data`.
    public var description: String { citation ?? location ?? "reference data" }
}

/// A value from reference data with its source.
public struct ReferenceFact<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// Where it comes from.
    public var source: ReferenceSource

    /// Creates a fact.
    public init(value: Value, source: ReferenceSource) {
        self.value = value
        self.source = source
    }
}

/// An event's dates and place, from reference data.
public struct ReferenceEvent: Hashable, Sendable, Codable {
    /// Its first day, as precise as the source gives it.
    public var start: PartialDate?
    /// Its last day.
    public var end: PartialDate?
    /// Every spelling of its place.
    public var placeSpellings: [String]
    /// Where the event is written.
    public var source: ReferenceSource

    /// Creates an event record.
    public init(start: PartialDate?, end: PartialDate?, placeSpellings: [String] = [], source: ReferenceSource) {
        self.start = start
        self.end = end
        self.placeSpellings = placeSpellings
        self.source = source
    }
}

/// One numbered edition of a series ("the 93rd General Assembly"), from reference data.
public struct ReferenceEdition: Hashable, Sendable, Codable {
    /// Its number.
    public var number: Int
    /// Its first day, as precise as the source gives it.
    public var start: PartialDate?
    /// Its last day.
    public var end: PartialDate?
    /// Every spelling of its place (the edition's own, then the place entity's), first canonical.
    public var placeSpellings: [String]
    /// Where the edition is written.
    public var source: ReferenceSource

    /// Creates an edition record.
    public init(
        number: Int, start: PartialDate?, end: PartialDate?, placeSpellings: [String] = [], source: ReferenceSource
    ) {
        self.number = number
        self.start = start
        self.end = end
        self.placeSpellings = placeSpellings
        self.source = source
    }

    /// The place as the reference data writes it.
    public var place: String? { placeSpellings.first }
}
