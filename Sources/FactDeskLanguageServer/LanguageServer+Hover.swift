import FactDeskKit
import FactDeskWorkspace
import Foundation

extension LanguageServer {
    /// The findings under the position, with their history in the workspace.
    func hover(_ params: PositionParams) throws -> Hover? {
        guard let document = documents[params.textDocument.uri], let lines = document.checkedLines,
            document.checkedVersion == document.version
        else { return nil }
        let offset = lines.offset(of: params.position, in: encoding)
        let found = document.findings.filter {
            $0.status != .dismissed && $0.span.start <= offset && offset < $0.span.end
        }
        guard let first = found.first else { return nil }
        let recorder = DecisionRecorder(path: document.path)
        let text = found.map { FindingHover(finding: $0, history: recorder.history(of: $0.id)).markdown }
            .joined(separator: "\n\n---\n\n")
        return Hover(
            contents: .init(kind: "markdown", value: text),
            range: lines.range(from: first.span.start, to: first.span.end, in: encoding))
    }
}

/// A finding as hover shows it: severity, rule and message, evidence, suggestions, and its
/// history — when it was first seen, and the editors' decisions.
struct FindingHover {
    let finding: Finding
    let history: [FindingEvent]

    var markdown: String {
        var lines = [
            "**\(finding.severity.rawValue)** `\(finding.checker)/\(finding.rule)` · \(finding.status.rawValue)",
            "", finding.message,
        ]
        if !finding.evidence.isEmpty {
            lines.append("")
            lines += finding.evidence.map { "- \($0.statement)" + ($0.source.map { " (\($0))" } ?? "") }
        }
        if !finding.suggestions.isEmpty {
            lines += ["", "Suggestions: " + finding.suggestions.map { "« \($0) »" }.joined(separator: ", ")]
        }
        lines += ["", "`\(finding.id)`"]
        if let first = history.first(where: { $0.kind == .appeared }) {
            lines.append("- first seen \(Self.time(first.time)) in revision \(first.revision.short) (\(first.author))")
        } else {
            lines.append("- not yet recorded in a revision of the workspace")
        }
        for event in history where event.kind == .dismissed || event.kind == .accepted {
            lines.append(
                "- \(event.kind.rawValue) \(Self.time(event.time)) by \(event.author)"
                    + (event.detail.map { ": \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// `2025-11-24 10:15 UTC`.
    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
