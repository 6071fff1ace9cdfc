import FactDeskKit

/// Checker `date`: dates that cannot be right.
public struct DateChecker: Checker {
    /// Creates the checker.
    public init() {}

    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: "date", version: "0.1.0",
            summary: "Date consistency: dates that do not exist in the calendar.",
            languages: [.fr, .en],
            rules: [InvalidDateRule.descriptor])
    }

    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        InvalidDateRule.findings(in: document, context: context)
    }
}
