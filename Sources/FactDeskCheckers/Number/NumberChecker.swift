import FactDeskKit

/// Checker `number`: numeric claims against the reference facts valid on the publication date,
/// against each other, and numbers written in the wrong convention.
///
/// A claim is a number tied to a property by the reference data's terms ("196 pays membres")
/// and to a subject named around it ("d’INTERPOL"). Reference data reaches the checker through
/// ``CheckContext/reference``; without it, only `number-format` and the parts of
/// `part-exceeds-whole` that need no facts can fire.
public struct NumberChecker: Checker {
    /// The checker's id.
    public static let id = "number"

    /// The property terms of the run's reference data, read once for every draft.
    private let terms = PropertyTermsCache()

    /// Creates the checker.
    public init() {}

    /// The rules, in the order `factdesk checkers` lists them.
    static let rules: [any NumberRule] = [
        FactMismatchRule(), FactOutdatedRule(), FactNeverHeldRule(), EditionMismatchRule(), InternalInconsistencyRule(),
        PartExceedsWholeRule(), NumberFormatRule(), UnverifiedClaimRule(),
    ]

    /// The checker's id, version, languages and rules.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: Self.id, version: "0.1.0",
            summary: "Numeric claims against reference facts and against each other.",
            languages: [.fr, .en], rules: Self.rules.map(\.descriptor))
    }

    /// Builds the document's claims once, then runs every rule over them.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let check = NumberCheck(document: document, context: context, terms: terms)
        return Self.rules.flatMap { $0.findings(in: check) }
    }
}
