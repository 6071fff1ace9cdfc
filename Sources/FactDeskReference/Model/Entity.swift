/// Something the newsroom's drafts name: a person, an organisation, a place, an event.
public struct Entity: Hashable, Sendable, Identifiable {
    /// What an entity is.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case person, organization, place, event, other
    }

    /// The id other reference data refers to it by (`interpol`).
    public var id: String
    /// What it is.
    public var kind: Kind
    /// Every accepted spelling; the first is canonical.
    public var names: [Name]
    /// Sourced facts about it.
    public var facts: [Fact]
    /// A person's roles.
    public var roles: [Role]
    /// An event's first day.
    public var start: ReferenceDate?
    /// An event's last day.
    public var end: ReferenceDate?
    /// The id of an event's place.
    public var place: String?
    /// Where the entity is written.
    public var location: SourceLocation?

    /// Creates an entity.
    public init(
        id: String, kind: Kind, names: [Name], facts: [Fact] = [], roles: [Role] = [],
        start: ReferenceDate? = nil, end: ReferenceDate? = nil, place: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.names = names
        self.facts = facts
        self.roles = roles
        self.start = start
        self.end = end
        self.place = place
        self.location = location
    }

    /// The canonical spelling: the first name.
    public var canonicalName: String { names.first?.text ?? id }
}
