import FactDeskReport
import FactDeskWorkspace

/// A small inline SVG chart of the open findings at each check of a draft, oldest first: one
/// bar per check, its height the open count, titled with the revision and counts.
struct OpenFindingsChart {
    /// The draft's checks, oldest first.
    let checks: [(revision: RevisionSummary, counts: FindingCounts)]

    private static let height = 120
    private static let barWidth = 18
    private static let gap = 6

    var svg: String {
        guard !checks.isEmpty else { return "<p class=\"none\">No checks yet.</p>\n" }
        let most = max(1, checks.map(\.counts.open).max() ?? 1)
        let width = checks.count * (Self.barWidth + Self.gap) + Self.gap
        let plot = Self.height - 20
        var svg = """
            <svg class="chart" id="open-chart" xmlns="http://www.w3.org/2000/svg" width="\(width)" \
            height="\(Self.height)" viewBox="0 0 \(width) \(Self.height)" role="img" \
            aria-label="Open findings per revision">
            <line x1="0" y1="\(plot)" x2="\(width)" y2="\(plot)" stroke="currentColor" stroke-width="1"/>

            """
        for (index, check) in checks.enumerated() {
            let barHeight = check.counts.open * (plot - 10) / most
            let x = Self.gap + index * (Self.barWidth + Self.gap)
            let label = "\(check.revision.id.short): \(check.counts.open) open (\(check.counts.phrase))"
            svg += "<g class=\"bar\" data-open=\"\(check.counts.open)\"><title>\(label.htmlEscaped)</title>"
            svg += "<rect x=\"\(x)\" y=\"\(plot - barHeight)\" width=\"\(Self.barWidth)\" height=\"\(barHeight)\" "
            svg += "fill=\"#d1242f\"/>"
            svg += "<text x=\"\(x + Self.barWidth / 2)\" y=\"\(plot + 14)\" text-anchor=\"middle\" font-size=\"11\" "
            svg += "fill=\"currentColor\">\(check.counts.open)</text></g>\n"
        }
        return svg + "</svg>\n"
    }
}
