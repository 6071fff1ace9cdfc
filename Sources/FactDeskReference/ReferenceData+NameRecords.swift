import FactDeskKit

extension ReferenceData: NameRecords {
    /// The content hash: equal data, equal key.
    public var nameRecordsKey: String { contentHash }

    /// Every entity and series, with its spellings, kind, roles, and where it is written (with
    /// the first sourced fact's citation, when it has one).
    public func nameRecords() -> [NameRecord] {
        entities.map { entity in
            NameRecord(
                id: entity.id, kind: Self.recordKind(entity.kind), names: entity.names.map(Self.recordSpelling),
                roles: entity.roles.map(Self.recordRole),
                source: ReferenceSource(
                    citation: entity.facts.lazy.compactMap(\.source).first, location: entity.location?.description))
        }
            + series.map { series in
                NameRecord(
                    id: series.id, kind: .series, names: series.names.map(Self.recordSpelling),
                    source: ReferenceSource(location: series.location?.description))
            }
    }

    private static func recordSpelling(_ name: Name) -> NameSpelling {
        NameSpelling(name.text, language: name.language)
    }

    private static func recordRole(_ role: Role) -> ReferenceRole {
        func partial(_ date: ReferenceDate) -> PartialDate {
            PartialDate(year: date.year, month: date.month, day: date.day)
        }
        return ReferenceRole(
            title: role.title, organization: role.organization, from: role.validity.from.map(partial),
            to: role.validity.to.map(partial), source: ReferenceSource(location: role.location?.description))
    }

    private static func recordKind(_ kind: Entity.Kind) -> ReferenceSubject.Kind {
        switch kind {
        case .person: .person
        case .organization: .organization
        case .place: .place
        case .event: .event
        case .other: .other
        }
    }
}
