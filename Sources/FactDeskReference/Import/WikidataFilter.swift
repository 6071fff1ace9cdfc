import FactDeskKit

/// Which entities of a Wikidata dump an import keeps, and in which languages.
public struct WikidataFilter: Sendable, Equatable {
    /// The kinds kept: people (humans, Q5), organisations, places.
    public var kinds: Set<Entity.Kind>
    /// When not empty, a person is kept only with one of these occupations (P106)…
    public var occupations: Set<String>
    /// …or one of these positions held (P39).
    public var positions: Set<String>
    /// The languages of the names kept; an entity with no name in them is left out.
    public var languages: [Language]

    /// A filter; by default people, organisations and places, with French and English names.
    public init(
        kinds: Set<Entity.Kind> = [.person, .organization, .place], occupations: Set<String> = [],
        positions: Set<String> = [], languages: [Language] = [.en, .fr]
    ) {
        self.kinds = kinds
        self.occupations = occupations
        self.positions = positions
        self.languages = languages
    }

    /// The entity to import for a decoded dump entity, or `nil` when the filter leaves it out.
    func entity(from decoded: WikidataEntity) -> Entity? {
        let kind = WikidataImporter.kind(of: decoded)
        guard kinds.contains(kind) else { return nil }
        if kind == .person, !(occupations.isEmpty && positions.isEmpty) {
            let held = Self.items(decoded, "P106").intersection(occupations)
                .union(Self.items(decoded, "P39").intersection(positions))
            guard !held.isEmpty else { return nil }
        }
        return WikidataImporter.entity(from: decoded, languages: languages)
    }

    private static func items(_ entity: WikidataEntity, _ property: String) -> Set<String> {
        Set(
            (entity.claims?[property] ?? []).compactMap { statement in
                if case .item(let id)? = statement.mainsnak.datavalue { id } else { nil }
            })
    }
}
