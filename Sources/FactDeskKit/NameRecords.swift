/// Reference data that can list every name it knows, with people's roles, for a checker that
/// indexes them once per run (the built-in `name` checker builds its fuzzy index from them).
///
/// A ``ReferenceLookup`` in ``CheckContext/reference`` that also conforms to this protocol lets
/// the name rules run; one that does not leaves them silent. ``InMemoryReference`` conforms, so
/// rule examples and plugins' fixtures can carry names and roles inline.
public protocol NameRecords: Sendable {
    /// A key that is equal for equal records: a checker keeps what it built from the records
    /// under this key, so the work is done once per run, not once per draft.
    var nameRecordsKey: String { get }

    /// Every entity and series with its spellings, kind, roles and source.
    func nameRecords() -> [NameRecord]
}

/// One entity or series as the name checker sees it.
public struct NameRecord: Hashable, Sendable {
    /// Its id in the reference data.
    public var id: String
    /// What it is.
    public var kind: ReferenceSubject.Kind
    /// Every accepted spelling, the first canonical.
    public var names: [NameSpelling]
    /// A person's roles.
    public var roles: [ReferenceRole]
    /// Where it is written or comes from.
    public var source: ReferenceSource

    /// Creates a record.
    public init(
        id: String, kind: ReferenceSubject.Kind, names: [NameSpelling], roles: [ReferenceRole] = [],
        source: ReferenceSource = ReferenceSource()
    ) {
        self.id = id
        self.kind = kind
        self.names = names
        self.roles = roles
        self.source = source
    }
}

/// An accepted spelling, and the one language it is accepted in if it is not accepted in all.
public struct NameSpelling: Hashable, Sendable, Codable {
    /// The spelling.
    public var text: String
    /// The only language it is accepted in, or `nil` for every language.
    public var language: Language?

    /// Creates a spelling.
    public init(_ text: String, language: Language? = nil) {
        self.text = text
        self.language = language
    }

    /// Whether the spelling is accepted in a draft of this language.
    public func isAccepted(in draftLanguage: Language) -> Bool {
        language == nil || language == draftLanguage
    }
}

/// A position a person holds in an organisation over a period, from reference data.
public struct ReferenceRole: Hashable, Sendable, Codable {
    /// The title in each language it is given in (`en: President`, `fr: président`).
    public var title: [Language: String]
    /// The id of the organisation it is held in.
    public var organization: String
    /// The first day, month or year it is held, or `nil` for "always before".
    public var from: PartialDate?
    /// The last day, month or year it is held, or `nil` for "still held".
    public var to: PartialDate?
    /// Where the role is written or comes from.
    public var source: ReferenceSource

    /// Creates a role.
    public init(
        title: [Language: String], organization: String, from: PartialDate? = nil, to: PartialDate? = nil,
        source: ReferenceSource = ReferenceSource()
    ) {
        self.title = title
        self.organization = organization
        self.from = from
        self.to = to
        self.source = source
    }

    /// Whether the role is held on a day: from the first day of `from` to the last day of `to`.
    public func isHeld(on date: CalendarDate) -> Bool {
        if let from, let year = from.year {
            let start = CalendarDate(year: year, month: from.month ?? 1, day: from.month == nil ? 1 : from.day ?? 1)
            if let start, date < start { return false }
        }
        if let to, let year = to.year {
            let month = to.month ?? 12
            let day = to.month == nil ? 31 : to.day ?? CalendarDate.daysIn(month: month, year: year)
            if let end = CalendarDate(year: year, month: month, day: day), end < date { return false }
        }
        return true
    }
}
