import FactDeskKit
import Foundation

/// Turns findings into LSP diagnostics: ranges in the negotiated encoding, severity mapped,
/// `code` = `checker/rule`, the evidence as related information.
struct DiagnosticMapping {
    /// The document's text, for ranges.
    let lines: TextLines
    /// The negotiated position encoding.
    let encoding: PositionEncoding
    /// The document's URI.
    let uri: String
    /// The workspace root of the document, where evidence sources such as `reference/x.yml:12` lie.
    let workspaceRoot: URL?

    /// The diagnostics of the findings an editor has not dismissed; an accepted finding stays,
    /// as a hint marked `accepted`.
    func diagnostics(for findings: [Finding]) -> [Diagnostic] {
        findings.filter { $0.status != .dismissed }.map(diagnostic)
    }

    /// One finding's diagnostic.
    func diagnostic(for finding: Finding) -> Diagnostic {
        let range = lines.range(from: finding.span.start, to: finding.span.end, in: encoding)
        let accepted = finding.status == .accepted
        let link = finding.evidence.compactMap(\.source).first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }
        let related = finding.evidence.map { evidence in
            Diagnostic.RelatedInformation(
                location: location(of: evidence.source) ?? Location(uri: uri, range: range), message: evidence.statement
            )
        }
        return Diagnostic(
            range: range, severity: accepted ? 4 : Self.severity(finding.severity),
            code: "\(finding.checker)/\(finding.rule)", codeDescription: link.map { .init(href: $0) },
            source: "factdesk", message: accepted ? "accepted: \(finding.message)" : finding.message,
            relatedInformation: related.isEmpty ? nil : related, data: .object(["id": .string(finding.id)]))
    }

    /// LSP's severity: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// The place an evidence source names: a file of the workspace (or an absolute path) with an
    /// optional `:line` or `:line:column`; `nil` for a web address or no source.
    func location(of source: String?) -> Location? {
        guard let source, !source.contains("://") else { return nil }
        var parts = source.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var numbers: [Int] = []
        while parts.count > 1, numbers.count < 2, let number = Int(parts[parts.count - 1]) {
            numbers.insert(number, at: 0)
            parts.removeLast()
        }
        let path = parts.joined(separator: ":")
        // A check names files from the folder it ran in (the server's), a revision from the workspace's root.
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let candidates =
            [URL(fileURLWithPath: path, relativeTo: current)]
            + (workspaceRoot.map { [$0.appendingPathComponent(path)] } ?? [])
        guard
            let file = candidates.map(\.standardizedFileURL).first(where: {
                FileManager.default.fileExists(atPath: $0.path)
            })
        else { return nil }
        let line = max((numbers.first ?? 1) - 1, 0)
        let column = max((numbers.count > 1 ? numbers[1] : 1) - 1, 0)
        let position = Position(line: line, character: column)
        return Location(uri: file.absoluteString, range: Range(start: position, end: position))
    }
}
