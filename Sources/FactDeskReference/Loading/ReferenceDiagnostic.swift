/// One problem in reference data, at the place it was written.
public struct ReferenceDiagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in one line.
    public var reason: String

    /// Creates a diagnostic.
    public init(_ reason: String, at location: SourceLocation) {
        self.location = location
        self.reason = reason
    }

    /// `file:line:column: error: reason`, the line `factdesk reference lint` prints.
    public var description: String { "\(location): error: \(reason)" }

    /// Orders by location, then reason.
    public static func < (lhs: ReferenceDiagnostic, rhs: ReferenceDiagnostic) -> Bool {
        (lhs.location, lhs.reason) < (rhs.location, rhs.reason)
    }
}

/// Reference data that cannot be used, with every problem found in it (never only the first).
public struct ReferenceError: Error, Sendable, CustomStringConvertible {
    /// The problems, ordered by file, line and column.
    public var diagnostics: [ReferenceDiagnostic]

    /// Creates an error from its problems.
    public init(_ diagnostics: [ReferenceDiagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// One line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
