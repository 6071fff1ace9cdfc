import FactDeskReference

/// What `factdesk reference show` prints about an entity or series, as text or JSON.
struct ReferenceReport: Encodable {
    struct NameItem: Encodable {
        let name: String
        let lang: String?
    }

    struct FactItem: Encodable {
        let property: String
        let value: String
        let unit: String?
        let from: String?
        let to: String?
        let source: String?
    }

    struct RoleItem: Encodable {
        let title: [String: String]
        let of: String
        let from: String?
        let to: String?
    }

    struct EditionItem: Encodable {
        let number: Int
        let start: String?
        let end: String?
        let place: String?
    }

    let id: String
    let kind: String
    let names: [NameItem]
    var facts: [FactItem] = []
    var roles: [RoleItem] = []
    var editions: [EditionItem] = []
    var start: String?
    var end: String?
    var place: String?
    let location: String?

    init(_ entity: Entity) {
        id = entity.id
        kind = entity.kind.rawValue
        names = entity.names.map { NameItem(name: $0.text, lang: $0.language?.rawValue) }
        facts = entity.facts.map {
            FactItem(
                property: $0.property, value: $0.value.description, unit: $0.unit, from: $0.validity.from?.description,
                to: $0.validity.to?.description, source: $0.source)
        }
        roles = entity.roles.map {
            RoleItem(
                title: Dictionary(uniqueKeysWithValues: $0.title.map { ($0.key.rawValue, $0.value) }),
                of: $0.organization,
                from: $0.validity.from?.description, to: $0.validity.to?.description)
        }
        start = entity.start?.description
        end = entity.end?.description
        place = entity.place
        location = entity.location?.description
    }

    init(_ series: Series) {
        id = series.id
        kind = "series"
        names = series.names.map { NameItem(name: $0.text, lang: $0.language?.rawValue) }
        editions = series.editions.map {
            EditionItem(number: $0.number, start: $0.start?.description, end: $0.end?.description, place: $0.place)
        }
        location = series.location?.description
    }

    /// Indented text, one item a line.
    var text: String {
        var lines = ["\(id) (\(kind))"]
        lines.append(
            "  names: "
                + names.map { item in item.lang.map { "\(item.name) (\($0))" } ?? item.name }.joined(separator: "; "))
        if start != nil || end != nil || place != nil {
            lines.append("  held: \(start ?? "?")..\(end ?? "?")" + (place.map { " at \($0)" } ?? ""))
        }
        if !facts.isEmpty { lines.append("  facts:") }
        for fact in facts {
            var line = "    \(fact.property) = \(fact.value)" + (fact.unit.map { " \($0)" } ?? "")
            if fact.from != nil || fact.to != nil { line += "  (\(fact.from ?? "")..\(fact.to ?? ""))" }
            lines.append(line + "  source: \(fact.source ?? "none")")
        }
        if !roles.isEmpty { lines.append("  roles:") }
        for role in roles {
            let title = role.title.keys.sorted().map { "\(role.title[$0]!) (\($0))" }.joined(separator: " / ")
            lines.append("    \(title) of \(role.of)  (\(role.from ?? "")..\(role.to ?? ""))")
        }
        if !editions.isEmpty { lines.append("  editions:") }
        for edition in editions {
            lines.append(
                "    \(edition.number): \(edition.start ?? "?")..\(edition.end ?? "?")"
                    + (edition.place.map { " at \($0)" } ?? ""))
        }
        if let location { lines.append("  defined at \(location)") }
        return lines.joined(separator: "\n")
    }
}
