import FactDeskKit

extension ReferenceData: NameRecords {
    /// The content hash and where the first entity and series are written: equal data loaded
    /// from other files cites other sources in its findings' evidence, so it gets its own key.
    public var nameRecordsKey: String {
        let firstEntity: Entity? = if case .memory(let entities, _) = entityStore { entities.first } else { nil }
        let locations = [firstEntity?.location?.description, series.first?.location?.description]
        return contentHash + "|" + locations.map { $0 ?? "" }.joined(separator: "|")
    }

    /// Every entity and series, with its spellings, kind, roles, and where it is written (with
    /// the first sourced fact's citation, when it has one).
    public func nameRecords() -> [NameRecord] {
        entities.map(Self.record) + series.map(Self.record)
    }

    /// The record of the entity or series with an id, and its position among
    /// ``nameRecords()``, found by id: a name checker reads records one by one, never all of
    /// them.
    public func nameRecord(_ id: String) -> (record: NameRecord, position: Int)? {
        if let found = entityWithPosition(id) { return (Self.record(found.entity), found.position) }
        return seriesPositions[id].map { (Self.record(series[$0]), entityCount + $0) }
    }

    /// The number of records ``nameRecords()`` lists.
    public var nameRecordCount: Int { entityCount + series.count }

    private static func record(_ entity: Entity) -> NameRecord {
        NameRecord(
            id: entity.id, kind: recordKind(entity.kind), names: entity.names.map(recordSpelling),
            roles: entity.roles.map(recordRole),
            source: ReferenceSource(
                citation: entity.facts.lazy.compactMap(\.source).first, location: entity.location?.description))
    }

    private static func record(_ series: Series) -> NameRecord {
        NameRecord(
            id: series.id, kind: .series, names: series.names.map(recordSpelling),
            source: ReferenceSource(location: series.location?.description))
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
