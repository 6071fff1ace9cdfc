/// The checks that span entities and files: limits, duplicate ids, dangling references,
/// undeclared properties, overlapping validity periods, editions numbered twice.
struct ReferenceValidator {
    private let entities: [Entity]
    private let series: [Series]
    private let properties: [Property]
    private let declaredIDs: [DeclaredID]
    private let limits: ReferenceLimits
    private var diagnostics: [ReferenceDiagnostic] = []

    /// Every cross-reference problem in the data.
    /// - Parameter declaredIDs: every entity and series id as written, also of those that did
    ///   not load; by default, those of `entities` and `series` (data built in memory).
    static func diagnostics(
        entities: [Entity], series: [Series], properties: [Property],
        declaredIDs: [DeclaredID]? = nil, limits: ReferenceLimits
    ) -> [ReferenceDiagnostic] {
        var validator = ReferenceValidator(
            entities: entities, series: series, properties: properties,
            declaredIDs: declaredIDs
                ?? entities.map { DeclaredID(id: $0.id, location: $0.location, isSeries: false) }
                + series.map { DeclaredID(id: $0.id, location: $0.location, isSeries: true) },
            limits: limits)
        validator.checkLimits()
        validator.checkUniqueIDs()
        validator.checkReferences()
        validator.checkOverlaps()
        validator.checkEditions()
        return validator.diagnostics
    }

    private init(
        entities: [Entity], series: [Series], properties: [Property],
        declaredIDs: [DeclaredID], limits: ReferenceLimits
    ) {
        self.entities = entities
        self.series = series
        self.properties = properties
        self.declaredIDs = declaredIDs
        self.limits = limits
    }

    private mutating func report(_ reason: String, at location: SourceLocation?) {
        diagnostics.append(ReferenceDiagnostic(reason, at: location ?? Self.unknownLocation))
    }

    /// Where problems with data built in memory, not read from a file, are reported.
    static let unknownLocation = SourceLocation(file: "(in memory)", line: 1, column: 1)

    private mutating func checkLimits() {
        let subjects = entities.map { ($0.names.count, $0.location) } + series.map { ($0.names.count, $0.location) }
        if subjects.count > limits.maxEntities {
            report("too many entities and series: more than \(limits.maxEntities)", at: subjects[limits.maxEntities].1)
        }
        var names = 0
        for (count, location) in subjects {
            names += count
            if names > limits.maxNames {
                report("too many names: more than \(limits.maxNames) spellings in all", at: location)
                return
            }
        }
    }

    private mutating func checkUniqueIDs() {
        var seen: [String: SourceLocation?] = [:]
        for (id, location) in declaredIDs.map({ ($0.id, $0.location) }) {
            if let first = seen[id] {
                report("duplicate id '\(id)' (first defined at \(first ?? Self.unknownLocation))", at: location)
            } else {
                seen[id] = location
            }
        }
        var seenProperties: [String: SourceLocation?] = [:]
        for property in properties {
            if let first = seenProperties[property.id] {
                report(
                    "duplicate property '\(property.id)' (first declared at \(first ?? Self.unknownLocation))",
                    at: property.location)
            } else {
                seenProperties[property.id] = property.location
            }
        }
    }

    private mutating func checkReferences() {
        let kinds = Dictionary(entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        // An id written on an entity that did not load is no unknown entity: its own problems say why.
        let written = Set(declaredIDs.filter { !$0.isSeries }.map(\.id))
        let declared = Set(properties.map(\.id)).union(Property.wellKnown.keys)
        let wellKnown = Property.wellKnown.keys.sorted().joined(separator: ", ")
        for entity in entities {
            for role in entity.roles where !written.contains(role.organization) {
                report("role of '\(entity.id)' refers to unknown entity '\(role.organization)'", at: role.location)
            }
            if let place = entity.place {
                switch kinds[place] {
                case nil where written.contains(place): break
                case nil: report("place of '\(entity.id)' refers to unknown entity '\(place)'", at: entity.location)
                case .place?: break
                case let kind?:
                    report(
                        "place of '\(entity.id)' is '\(place)', which is a \(kind.rawValue), not a place",
                        at: entity.location)
                }
            }
            for fact in entity.facts where !declared.contains(fact.property) {
                report(
                    "property '\(fact.property)' is not declared under 'properties' (well-known: \(wellKnown))",
                    at: fact.location)
            }
        }
    }

    private mutating func checkOverlaps() {
        for entity in entities {
            var earlier: [String: [Fact]] = [:]
            for fact in entity.facts {
                if let clash = earlier[fact.property, default: []].first(where: { $0.validity.overlaps(fact.validity) })
                {
                    report(
                        "'\(fact.property)' of '\(entity.id)' is already given for an overlapping period "
                            + "(\(clash.validity) at \(clash.location ?? Self.unknownLocation); this one: \(fact.validity))",
                        at: fact.location)
                }
                earlier[fact.property, default: []].append(fact)
            }
        }
    }

    private mutating func checkEditions() {
        for series in series {
            var seen: [Int: SourceLocation?] = [:]
            for edition in series.editions {
                if let first = seen[edition.number] {
                    report(
                        "edition \(edition.number) of '\(series.id)' is numbered twice (first at \(first ?? Self.unknownLocation))",
                        at: edition.location)
                } else {
                    seen[edition.number] = edition.location
                }
            }
        }
    }
}
