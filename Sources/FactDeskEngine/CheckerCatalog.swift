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
}

/// Why a catalogue could not be built or queried.
public enum CatalogError: Error, Equatable, CustomStringConvertible {
    /// Two checkers have the same id.
    case duplicateID(String)
    /// No checker has this id.
    case unknownID(String, known: [String])

    public var description: String {
        switch self {
        case .duplicateID(let id): "two checkers share the id '\(id)'"
        case .unknownID(let id, let known):
            "unknown checker '\(id)' (known: \(known.joined(separator: ", ")))"
        }
    }
}
