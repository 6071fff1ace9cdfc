import FactDeskKit

/// Findings as a terminal shows them, in the style of a compiler's diagnostics.
///
/// Each finding is a header line, the source line, an underline beneath the span, then its
/// suggestions and evidence, followed by a blank line:
///
/// ```
/// drafts/interpol.md:7:18: error: « mardi 24 novembre 2025 » : le 24 novembre 2025 est un lundi. [date/weekday-mismatch]
///     7 | Marrakech, mardi 24 novembre 2025 — …
///       |            ^~~~~~~~~~~~~~~~~~~~~~
///   suggestion: lundi 24 novembre 2025
///   = note: 2025-11-24 is a Monday
/// ```
///
/// A finding an editor dismissed or accepted is one short line (its place, rule, quoted words
/// and the editor's reason) unless ``showsDecided`` asks for it in full:
///
/// ```
/// drafts/interpol.md:20:9: dismissed error [date/invalid-date] "31 novembre": date confirmée
/// ```
///
/// The run ends with one summary line counting open findings and naming the decided ones apart,
/// `0 errors, 1 warning, 2 info in 3 files (1 dismissed, 1 accepted)`. The tool's own
/// words are English; messages are in the draft's language as the checkers wrote them. Lines
/// are 1-based and columns count Unicode scalars, as in the JSON output; the underline follows
/// display width, so it stays under the right characters after accents, CJK and emoji.
/// Control characters from the draft are shown as visible symbols, never sent to the terminal.
public struct TextReport: Sendable {
    /// Whether to colour with ANSI escapes: severities in red, yellow and blue, locations bold.
    /// The command line enables it for a terminal unless `NO_COLOR` is set.
    public var colored: Bool
    /// Whether findings an editor decided on are shown in full rather than as one short line.
    public var showsDecided: Bool

    /// Creates a text report.
    /// - Parameters:
    ///   - colored: whether to write ANSI colour escapes.
    ///   - showsDecided: whether decided findings are shown in full (`check --show-decided`).
    public init(colored: Bool = false, showsDecided: Bool = false) {
        self.colored = colored
        self.showsDecided = showsDecided
    }

    /// Renders every finding of every document, then the summary line.
    /// - Parameter reports: the checked documents, in output order.
    /// - Returns: the text, ending with a newline.
    public func render(_ reports: [DocumentReport]) -> String {
        var output = ""
        for report in reports {
            for finding in report.findings {
                if finding.status == .open || showsDecided {
                    output += diagnostic(
                        finding, in: report.document, decision: report.decisions[finding.id],
                        rechecked: !report.notRechecked.contains(finding.id))
                    output += "\n"
                } else {
                    output += decidedLine(finding, in: report.document, decision: report.decisions[finding.id])
                }
            }
        }
        return output + summaryLine(reports) + "\n"
    }

    /// One finding's lines: header, source excerpt, suggestions and evidence; a finding carried
    /// over from the previous revision because its checker failed (`rechecked` false) says so.
    func diagnostic(
        _ finding: Finding, in document: Document, decision: FindingDecision? = nil, rechecked: Bool = true
    ) -> String {
        let severity = ANSIStyle(finding.severity)
        var location = "\(Self.displayPath(document.path)):\(finding.location.line):\(finding.location.column):"
        location = ANSIStyle.bold.apply(TerminalSafeText.string(location), enabled: colored)
        var header = "\(location) \(severity.apply("\(finding.severity.rawValue):", enabled: colored)) "
        header += TerminalSafeText.string("\(finding.message) [\(finding.checker)/\(finding.rule)]")
        if finding.status != .open { header += " (\(finding.status.rawValue))" }

        let line = document.line(containing: finding.span.start)
        let excerpt = SourceExcerpt(
            line: line.text, highlight: (finding.span.start - line.start)..<(finding.span.end - line.start))
        let number = String(finding.location.line)
        let gutter = String(repeating: " ", count: max(0, Self.gutterWidth - number.count))
        var lines = [
            header,
            "\(gutter)\(number) | \(excerpt.line)",
            "\(gutter)\(String(repeating: " ", count: number.count)) | "
                + severity.apply(excerpt.underline, enabled: colored),
        ]
        for suggestion in finding.suggestions {
            lines.append(
                "  suggestion: " + ANSIStyle.green.apply(TerminalSafeText.string(suggestion), enabled: colored))
        }
        for evidence in finding.evidence {
            var note = "  = note: \(evidence.statement)"
            if let source = evidence.source { note += " (\(source))" }
            lines.append(TerminalSafeText.string(note))
        }
        if let decision {
            lines.append(TerminalSafeText.string("  = \(Self.decisionNote(decision))"))
        }
        if !rechecked { lines.append("  = " + Self.notRecheckedNote) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A decided finding's one line: `path:20:9: dismissed error [date/invalid-date] "31 novembre": reason`.
    func decidedLine(_ finding: Finding, in document: Document, decision: FindingDecision?) -> String {
        let location = "\(Self.displayPath(document.path)):\(finding.location.line):\(finding.location.column):"
        var line = "\(location) \(finding.status.rawValue) \(finding.severity.rawValue) [\(finding.checker)/\(finding.rule)] "
        line += "\"\(finding.quote.exact)\""
        if let reason = decision?.reason { line += ": \(reason)" }
        return ANSIStyle.dim.apply(TerminalSafeText.string(line), enabled: colored) + "\n"
    }

    /// The note under a finding carried over from the previous revision.
    static let notRecheckedNote = "not re-checked: its checker failed on this text; kept from the previous revision"

    /// `dismissed by Name <email>: reason`.
    static func decisionNote(_ decision: FindingDecision) -> String {
        "\(decision.status.rawValue) by \(decision.author)" + (decision.reason.map { ": \($0)" } ?? "")
    }

    /// `0 errors, 1 warning, 2 info in 3 files (1 dismissed, 1 accepted)`.
    func summaryLine(_ reports: [DocumentReport]) -> String {
        let files = reports.count == 1 ? "1 file" : "\(reports.count) files"
        return ANSIStyle.bold.apply(Self.summary(SeverityCounts(totalOf: reports), files: files), enabled: colored)
    }

    /// Open counts, `in FILES` when given, then the decided ones: `0 errors, 1 warning, 2 info in
    /// 1 file (1 dismissed)`.
    static func summary(_ counts: SeverityCounts, files: String?) -> String {
        [counts.description + (files.map { " in \($0)" } ?? ""), counts.decidedPhrase]
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The width the line number is right-aligned to, as in clang's and rustc's excerpts.
    private static let gutterWidth = 5

    /// How a document's path is shown: as given, or `<stdin>` for `-`.
    static func displayPath(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}
