import FactDeskKit

/// One rule of the number checker: its description with examples, and how it finds problems in
/// a document already read by ``NumberCheck``.
protocol NumberRule: Sendable {
    /// The rule's id, severity, summary and examples.
    var descriptor: RuleDescriptor { get }

    /// The rule's findings in one document.
    func findings(in check: NumberCheck) -> [Finding]
}
