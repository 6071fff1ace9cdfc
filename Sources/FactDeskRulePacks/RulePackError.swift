import FactDeskReference

/// A rule pack that cannot be used, with every problem found in it: one `file:line:column:
/// error: reason` line each.
public struct RulePackError: Error, Sendable, CustomStringConvertible {
    /// The problems, ordered by file, line and column.
    public var diagnostics: [ReferenceDiagnostic]

    /// Creates an error from its problems.
    public init(_ diagnostics: [ReferenceDiagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// One line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Where a problem in a pack file is: the reference loader's file, line and column.
typealias SourceLocation = FactDeskReference.SourceLocation
