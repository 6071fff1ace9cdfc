import FactDeskKit

/// A declared plugin that this machine does not trust (or no longer trusts, since it changed):
/// it is never started, and each document gets one `info` finding saying how to trust it.
public struct UntrustedPluginChecker: Checker {
    /// The rule of the finding.
    public static let rule = "untrusted-plugin"

    /// The plugin as declared.
    public let declaration: PluginDeclaration
    /// Whether it was trusted before and has changed since.
    public let changed: Bool

    /// Creates the stand-in for an untrusted plugin.
    public init(declaration: PluginDeclaration, changed: Bool) {
        self.declaration = declaration
        self.changed = changed
    }

    /// The declared id and command, and the one rule of its finding.
    public var descriptor: CheckerDescriptor {
        declaration.standInDescriptor(
            summary: "Not run: \(changed ? "changed since it was trusted" : "not trusted on this machine") "
                + "(factdesk plugins trust \(declaration.id)).",
            rules: [
                RuleDescriptor(
                    id: Self.rule, severity: .info,
                    summary: "The plugin was not run: it is not trusted on this machine.",
                    examples: [])
            ])
    }

    /// One `info` finding at the start of the document, in its language.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let id = declaration.id
        let message =
            switch (document.language, changed) {
            case (.fr, false):
                "Le greffon « \(id) » n’a pas été lancé : il n’est pas approuvé sur cette machine. "
                    + "Pour l’approuver : factdesk plugins trust \(id)"
            case (.fr, true):
                "Le greffon « \(id) » n’a pas été lancé : il a changé depuis son approbation. "
                    + "Pour approuver sa nouvelle version : factdesk plugins trust \(id)"
            case (.en, false):
                "The \(id) plugin did not run: it is not trusted on this machine. To trust it: factdesk plugins trust \(id)"
            case (.en, true):
                "The \(id) plugin did not run: it changed since it was trusted. "
                    + "To trust the new version: factdesk plugins trust \(id)"
            }
        return [
            document.finding(
                checker: id, rule: Self.rule, severity: .info, span: Span(start: 0, end: 0), message: message)
        ]
    }
}
