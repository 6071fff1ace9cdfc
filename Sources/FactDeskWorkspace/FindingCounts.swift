import FactDeskKit

/// How many findings a revision of a draft has, by state, as `factdesk log` shows them.
public struct FindingCounts: Hashable, Sendable, Codable {
    /// Open errors.
    public var errors = 0
    /// Open warnings.
    public var warnings = 0
    /// Open infos.
    public var infos = 0
    /// Open findings (errors + warnings + infos).
    public var open = 0
    /// Findings not in the previous revision.
    public var new = 0
    /// Findings of the previous revision that are gone.
    public var resolved = 0
    /// Findings dismissed by an editor.
    public var dismissed = 0
    /// Findings accepted by an editor.
    public var accepted = 0

    /// Counts findings (with their statuses) plus the number new and resolved.
    public init(findings: [Finding], new: Int, resolved: Int) {
        for finding in findings {
            switch finding.status {
            case .dismissed: dismissed += 1
            case .accepted: accepted += 1
            case .open:
                open += 1
                switch finding.severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
            }
        }
        self.new = new
        self.resolved = resolved
    }

    /// `2 errors, 1 warning, 2 info (1 new, 3 resolved)`: open findings by severity, then what
    /// changed; "info" stays singular, as in `factdesk check`'s summary line.
    public var phrase: String {
        func counted(_ count: Int, _ noun: String, plural: String) -> String? {
            count == 0 ? nil : "\(count) \(count == 1 ? noun : plural)"
        }
        let severities = [
            counted(errors, "error", plural: "errors"), counted(warnings, "warning", plural: "warnings"),
            counted(infos, "info", plural: "info"),
        ].compactMap { $0 }
        let changes = [
            new == 0 ? nil : "\(new) new", resolved == 0 ? nil : "\(resolved) resolved",
            dismissed == 0 ? nil : "\(dismissed) dismissed", accepted == 0 ? nil : "\(accepted) accepted",
        ].compactMap { $0 }
        let head = severities.isEmpty ? "no open findings" : severities.joined(separator: ", ")
        return changes.isEmpty ? head : "\(head) (\(changes.joined(separator: ", ")))"
    }

    /// The trailer value: `open=3 new=1 resolved=3 dismissed=0 accepted=0 error=2 warning=1 info=0`.
    var trailerValue: String {
        "open=\(open) new=\(new) resolved=\(resolved) dismissed=\(dismissed) accepted=\(accepted) "
            + "error=\(errors) warning=\(warnings) info=\(infos)"
    }

    /// Reads a trailer value; `nil` when it is not one.
    init?(trailerValue: String) {
        var values: [String: Int] = [:]
        for field in trailerValue.split(separator: " ") {
            let parts = field.split(separator: "=")
            guard parts.count == 2, let value = Int(parts[1]) else { return nil }
            values[String(parts[0])] = value
        }
        guard let open = values["open"], let new = values["new"], let resolved = values["resolved"] else { return nil }
        self.open = open
        self.new = new
        self.resolved = resolved
        dismissed = values["dismissed"] ?? 0
        accepted = values["accepted"] ?? 0
        errors = values["error"] ?? 0
        warnings = values["warning"] ?? 0
        infos = values["info"] ?? 0
    }
}
