import FactDeskKit

/// One rule of the date checker: its description with examples, and how it finds problems in a
/// document already read by ``DateCheck``.
protocol DateRule: Sendable {
    /// The rule's id, severity, summary and examples.
    var descriptor: RuleDescriptor { get }

    /// The rule's findings in one document.
    func findings(in check: DateCheck) -> [Finding]
}
