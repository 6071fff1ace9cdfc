import FactDeskKit
import Foundation

/// Entities from Wikidata JSON — the entity format of the dumps and of
/// `Special:EntityData/Q….json`: French and English labels and aliases become names, and a
/// small whitelist of properties becomes sourced facts.
///
/// | Wikidata | fact |
/// |---|---|
/// | P571 inception | `founded` |
/// | P2124 member count | `members` |
/// | P1128 employees | `employees` |
/// | P1082 population | `population` |
///
/// Qualifiers P580 (start time) and P582 (end time) give the validity period; P585 (point in
/// time) starts it, and each dated value holds until the next one starts. Deprecated
/// statements are left out; undated values are kept only when no value is dated (the
/// preferred one, or the first). P31 (instance of) gives the kind.
public enum WikidataImporter {
    /// A file that is not Wikidata entity JSON.
    public struct ImportError: Error, CustomStringConvertible, Equatable {
        /// What is wrong.
        public var description: String
    }

    /// The whitelisted properties and the facts they become.
    public static let properties: [String: String] = [
        "P571": Property.founded, "P2124": "members", "P1128": "employees", "P1082": "population",
    ]

    /// The entities of a Wikidata JSON file, with ids `wikidata:Q…`.
    public static func entities(from data: Data) throws(ImportError) -> [Entity] {
        let decoded: [WikidataEntity]
        do {
            decoded = try WikidataEntity.decodeAll(data)
        } catch {
            throw ImportError(description: "not Wikidata entity JSON: \(error)")
        }
        return decoded.compactMap { entity(from: $0, languages: [.en, .fr]) }
    }

    /// One decoded entity with its names in `languages` (labels first, then aliases), or `nil`
    /// when it has none in them.
    static func entity(from entity: WikidataEntity, languages: [Language]) -> Entity? {
        var names = NameList()
        for language in languages {
            if let label = entity.labels?[language.rawValue]?.value { names.add(label, language) }
        }
        for language in languages {
            for alias in entity.aliases?[language.rawValue] ?? [] { names.add(alias.value, language) }
        }
        guard !names.names.isEmpty else { return nil }
        let claims = entity.claims ?? [:]
        let facts = properties.keys.sorted().flatMap { wikidataProperty in
            WikidataFacts.facts(
                claims[wikidataProperty] ?? [], property: properties[wikidataProperty]!,
                source: "https://www.wikidata.org/wiki/\(entity.id)#\(wikidataProperty)")
        }
        return Entity(id: "wikidata:\(entity.id)", kind: kind(of: entity), names: names.names, facts: facts)
    }

    /// Person for humans (Q5); place for countries, states and settlements or anything with a
    /// population; organisation for organisations or anything with members or employees.
    static func kind(of entity: WikidataEntity) -> Entity.Kind {
        let instanceOf = Set(
            (entity.claims?["P31"] ?? []).compactMap { statement -> String? in
                if case .item(let id)? = statement.mainsnak.datavalue { id } else { nil }
            })
        let claims = entity.claims ?? [:]
        if instanceOf.contains("Q5") { return .person }
        let places: Set<String> = ["Q6256", "Q3624078", "Q515", "Q1549591", "Q5119", "Q486972", "Q3957"]
        if !instanceOf.isDisjoint(with: places) || claims["P1082"] != nil { return .place }
        let organizations: Set<String> = ["Q43229", "Q484652", "Q4830453", "Q783794", "Q7210356", "Q163740"]
        if !instanceOf.isDisjoint(with: organizations) || claims["P2124"] != nil || claims["P1128"] != nil {
            return .organization
        }
        return .other
    }
}
