import FactDeskKit

/// The checkers a run can use, by id. A value passed around, not a global registry.
public struct CheckerCatalog: Sendable {
    /// The checkers, in the order they were given.
    public let checkers: [any Checker]

    /// Creates a catalogue.
    /// - Throws: ``CatalogError/duplicateID(_:)`` when two checkers share an id.
    public init(_ checkers: [any Checker]) throws {
        var seen = Set<String>()
        for checker in checkers {
            let id = checker.descriptor.id
            guard seen.insert(id).inserted else { throw CatalogError.duplicateID(id) }
        }
        self.checkers = checkers
    }

    /// Every checker's description.
    public var descriptors: [CheckerDescriptor] { checkers.map(\.descriptor) }

    /// The checkers with the given ids, in catalogue order; all of them when `ids` is empty.
    /// - Throws: ``CatalogError/unknownID(_:known:)`` for an id no checker has.
    public func selecting(_ ids: [String]) throws -> CheckerCatalog {
        guard !ids.isEmpty else { return self }
        let known = Set(checkers.map(\.descriptor.id))
        if let unknown = ids.first(where: { !known.contains($0) }) {
            throw CatalogError.unknownID(unknown, known: known.sorted())
        }
        let wanted = Set(ids)
        return try CheckerCatalog(checkers.filter { wanted.contains($0.descriptor.id) })
    }

    /// The rules named `checker/rule`, checked against the catalogue.
    /// - Throws: ``CatalogError/unknownRule(_:known:)`` for a name no checker's rule has.
    public func rules(named names: [String]) throws -> Set<String> {
        let known = Set(descriptors.flatMap { checker in checker.rules.map { "\(checker.id)/\($0.id)" } })
        if let unknown = names.first(where: { !known.contains($0) }) {
            throw CatalogError.unknownRule(unknown, known: descriptors.flatMap { checker in
                checker.rules.filter { !$0.enabledByDefault }.map { "\(checker.id)/\($0.id)" }
            })
        }
        return Set(names)
    }
}

/// Why a catalogue could not be built or queried.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
    /// Two checkers have the same id.
    case duplicateID(String)
    /// No checker has this id.
    case unknownID(String, known: [String])
    /// No checker has a rule of this `checker/rule` name; `known` lists the rules off by default.
    case unknownRule(String, known: [String])

    public var description: String {
        switch self {
        case .duplicateID(let id): "two checkers share the id '\(id)'"
        case .unknownID(let id, let known):
            "unknown checker '\(id)' (known: \(known.joined(separator: ", ")))"
        case .unknownRule(let name, let known):
            "unknown rule '\(name)' (write checker/rule; rules off by default: \(known.joined(separator: ", ")))"
        }
    }
}
