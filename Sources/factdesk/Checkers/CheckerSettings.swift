import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// What a workspace's `factdesk.yml` says about its checkers: `checkers:`, the ids of the
/// checkers a check runs by default; `severities:`, the severity a checker's or a rule's
/// findings are raised (or lowered) to (`honorifics: warning`,
/// `honorifics/protocol-honorific: error`); `strict-accents: true`, names written without their
/// accents reported (rule `name/folded-accents`).
struct CheckerSettings {
    /// One id of the list.
    struct Entry {
        var id: String
        var location: FactDeskReference.SourceLocation
    }

    /// One severity of `severities:`, for a checker (`honorifics`) or a rule (`honorifics/protocol-honorific`).
    struct SeverityEntry {
        var target: String
        var severity: Severity
        var location: FactDeskReference.SourceLocation
    }

    /// The `checkers:` list, or `nil` when the file has none.
    var checkers: [Entry]?
    /// The `severities:` entries, in file order.
    var severities: [SeverityEntry] = []
    /// Whether `strict-accents: true`.
    var strictAccents = false

    /// The rules off by default that the settings turn on, as `checker/rule`.
    var enabledRules: [String] { strictAccents ? ["name/folded-accents"] : [] }

    /// Reads a workspace's settings.
    /// - Throws: ``CheckerSettingsError`` when the file cannot be read or a key is malformed.
    static func read(_ file: String) throws -> CheckerSettings {
        var settings = CheckerSettings()
        guard let mapping = try WorkspaceSettingsFile.mapping(file) else { return settings }
        var nodes = NodeReader(file: file)
        if let value = mapping["checkers"] {
            settings.checkers = (nodes.list(value, "checkers") ?? []).compactMap { item in
                nodes.text(item, "checkers").map { Entry(id: $0, location: nodes.location(item)) }
            }
        }
        if let value = mapping["severities"] {
            if case .mapping(let severities) = value {
                for (key, level) in severities {
                    guard let target = nodes.text(key, "severities"), let name = nodes.text(level, "severities")
                    else { continue }
                    guard let severity = Severity(rawValue: name) else {
                        nodes.report("unknown severity '\(name)' in 'severities' (error, warning or info)", at: level)
                        continue
                    }
                    settings.severities.append(SeverityEntry(target: target, severity: severity, location: nodes.location(key)))
                }
            } else {
                nodes.report("'severities' must map checkers or checker/rule names to error, warning or info", at: value)
            }
        }
        if let value = mapping["strict-accents"] {
            switch value.bool {
            case .some(let strict): settings.strictAccents = strict
            case .none: nodes.report("'strict-accents' must be true or false", at: value)
            }
        }
        if let problem = nodes.diagnostics.first {
            throw CheckerSettingsError(location: problem.location, reason: problem.reason)
        }
        return settings
    }
}

/// A key of `factdesk.yml` (`checkers:`, `exclude:`) that cannot be used, at the place it is written.
struct CheckerSettingsError: Error, CustomStringConvertible {
    var location: FactDeskReference.SourceLocation
    var reason: String

    var description: String { "\(location): \(reason)" }
}
