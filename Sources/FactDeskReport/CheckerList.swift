import FactDeskKit

/// The checkers a run can use, as `factdesk checkers` lists them: a text table or JSON.
///
/// The text table has one line per checker (id, version, languages, origin, summary) followed by
/// its rules, indented, with their severity; a rule off by default says so after its summary. The
/// origin is the kind of checker, then where it came from for any but the built-in ones:
///
/// ```
/// ID           VERSION  LANGUAGES  ORIGIN                           SUMMARY
/// date         1.0.0    fr, en     built-in                         Dates against the calendar.
///     weekday-mismatch  error    A weekday that does not fall on the date beside it.
/// house-style  1.0.0    fr, en     rule-pack rules/house-style.yml  The newsroom's house style.
///     marrakech         warning  Marrakech, spelt the French way in French copy.
///
/// 2 checkers, 2 rules
/// ```
///
/// The JSON, schema `factdesk.checkers/1`, is
/// `{"schema", "checkers": [{"id", "version", "summary", "languages", "origin": {"kind", "location"},
/// "rules": [{"id", "severity", "summary"}]}]}`, `location` left out for built-in checkers and a
/// rule off by default adding `"enabledByDefault": false`, and `"default": {"on", "reason"}` when
/// the list says whether the checker runs by default; rule examples are left out (they are test
/// material, not documentation for users). The text table says it on a line under the
/// checker: `(off by default: compiled-in module: …)`.
public struct CheckerList: Sendable {
    /// The schema identifier of the JSON form.
    public static let schemaID = "factdesk.checkers/1"

    /// The checkers, in catalogue order.
    public var checkers: [CheckerDescriptor]
    /// Whether each checker runs by default, and why, by checker id (none said when empty).
    public var defaults: [String: DefaultChoice]

    /// Whether a checker runs when a check names no checker, and why ("built-in",
    /// "compiled-in module: runs where 'checkers' names it or --checker asks").
    public struct DefaultChoice: Sendable, Encodable {
        /// Whether it runs.
        public var on: Bool
        /// Why.
        public var reason: String

        /// Creates a choice.
        public init(on: Bool, reason: String) {
            self.on = on
            self.reason = reason
        }
    }

    /// Creates a list.
    /// - Parameters:
    ///   - checkers: the built-in and plugin checkers, in catalogue order.
    ///   - defaults: whether each runs by default, and why, by id.
    public init(_ checkers: [CheckerDescriptor], defaults: [String: DefaultChoice] = [:]) {
        self.checkers = checkers
        self.defaults = defaults
    }

    /// The text table, ending with a newline.
    public func text() -> String {
        let header = ["ID", "VERSION", "LANGUAGES", "ORIGIN", "SUMMARY"]
        let rows = checkers.map {
            [
                $0.id, $0.version, $0.languages.map(\.rawValue).joined(separator: ", "),
                ([$0.origin.kind.rawValue] + [$0.origin.location].compactMap { $0 }).joined(separator: " "), $0.summary,
            ]
        }
        let widths = TextTable.widths([header] + rows, columns: 4)
        let ruleRows = checkers.flatMap(\.rules).map { [$0.id, $0.severity.rawValue] }
        let ruleWidths = TextTable.widths(ruleRows, columns: 2)

        var lines = [TextTable.line(header, widths: widths)]
        for (checker, row) in zip(checkers, rows) {
            lines.append(TextTable.line(row, widths: widths))
            if let choice = defaults[checker.id] {
                lines.append("    (\(choice.on ? "on" : "off") by default: \(choice.reason))")
            }
            for rule in checker.rules {
                let saysSo = rule.summary.contains("(off by default)")
                let summary = rule.enabledByDefault || saysSo ? rule.summary : rule.summary + " (off by default)"
                lines.append("    " + TextTable.line([rule.id, rule.severity.rawValue, summary], widths: ruleWidths))
            }
        }
        let ruleCount = checkers.reduce(0) { $0 + $1.rules.count }
        lines.append("")
        lines.append(
            "\(checkers.count) \(checkers.count == 1 ? "checker" : "checkers"), "
                + "\(ruleCount) \(ruleCount == 1 ? "rule" : "rules")")
        return lines.map(TerminalSafeText.string).joined(separator: "\n") + "\n"
    }

    /// The JSON form, ending with a newline.
    public func json() throws -> String {
        try JSONOutput.string(
            Payload(schema: Self.schemaID, checkers: checkers.map { CheckerObject($0, default: defaults[$0.id]) }))
    }

    private struct Payload: Encodable {
        var schema: String
        var checkers: [CheckerObject]
    }

    private struct CheckerObject: Encodable {
        var id: String
        var version: String
        var summary: String
        var languages: [Language]
        var origin: CheckerOrigin
        var rules: [RuleObject]
        /// Whether it runs by default, and why; left out when not said.
        var `default`: DefaultChoice?

        init(_ checker: CheckerDescriptor, default choice: DefaultChoice?) {
            self.default = choice
            self.id = checker.id
            self.version = checker.version
            self.summary = checker.summary
            self.languages = checker.languages
            self.origin = checker.origin
            self.rules = checker.rules.map {
                RuleObject(
                    id: $0.id, severity: $0.severity, summary: $0.summary,
                    enabledByDefault: $0.enabledByDefault ? nil : false)
            }
        }
    }

    private struct RuleObject: Encodable {
        var id: String
        var severity: Severity
        var summary: String
        /// `false` for a rule off by default; left out for the others.
        var enabledByDefault: Bool?
    }
}
