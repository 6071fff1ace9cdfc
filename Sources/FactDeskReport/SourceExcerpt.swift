/// One source line as a terminal diagnostic shows it, with the underline beneath a span.
///
/// Tabs are kept, in the line and at the same places in the underline, so the two stay aligned
/// whatever the terminal's tab stops. A line wider than `maxColumns` is cut to a window around
/// the span, with `…` where text was left out. The underline starts with `^` under the span's
/// first column and continues with `~` for its display width: a combining mark adds nothing, a
/// wide CJK character or emoji adds two. A span running past the line end is underlined to the
/// end; an empty span gets a lone `^`.
struct SourceExcerpt {
    /// The line as shown (control characters made visible, possibly windowed).
    var line: String
    /// Spaces and tabs up to the span, then `^~~~`.
    var underline: String

    /// The columns a tab counts for when choosing the window; it is printed as a tab.
    static let tabColumns = 4
    private static let ellipsis = "…"
    /// The columns of context kept before the span even when the span is long.
    private static let minimumLeadingContext = 16

    /// Prepares a line.
    /// - Parameters:
    ///   - line: the line's text, without its line break.
    ///   - highlight: the span, in scalar offsets from the line's start; clamped to the line.
    ///   - maxColumns: the widest line shown whole.
    init(line: String, highlight: Range<Int>, maxColumns: Int = 160) {
        let scalars = TerminalSafeText.scalars(line.unicodeScalars)
        let widths = DisplayWidth.columns(ofScalars: scalars).enumerated().map { index, width in
            scalars[index] == "\t" ? Self.tabColumns : width
        }
        let start = min(max(0, highlight.lowerBound), scalars.count)
        let end = min(max(start, highlight.upperBound), scalars.count)
        let window =
            widths.reduce(0, +) <= maxColumns
            ? 0..<scalars.count
            : Self.window(widths: widths, span: start..<end, budget: maxColumns - 2)
        let cutBefore = window.lowerBound > 0
        let cutAfter = window.upperBound < scalars.count

        var shown = cutBefore ? Self.ellipsis : ""
        shown.unicodeScalars.append(contentsOf: scalars[window])
        if cutAfter { shown += Self.ellipsis }
        self.line = shown

        var underline = cutBefore ? " " : ""
        for index in window.lowerBound..<start {
            underline += scalars[index] == "\t" ? "\t" : String(repeating: " ", count: widths[index])
        }
        var marks = ""
        for index in start..<min(end, window.upperBound) {
            marks += scalars[index] == "\t" ? "\t" : String(repeating: "~", count: widths[index])
        }
        if let first = marks.firstIndex(of: "~") {
            marks.replaceSubrange(first...first, with: "^")
        } else {
            marks = "^" + marks
        }
        self.underline = underline + marks
    }

    /// The scalar range to show: some context before the span, as much of the span as fits,
    /// then context after; never starting inside a grapheme cluster.
    private static func window(widths: [Int], span: Range<Int>, budget: Int) -> Range<Int> {
        let spanWidth = widths[span].reduce(0, +)
        let leadingContext = max(minimumLeadingContext, (budget - spanWidth) / 2)
        var lower = span.lowerBound
        var used = 0
        while lower > 0, used + widths[lower - 1] <= leadingContext {
            lower -= 1
            used += widths[lower]
        }
        while lower < span.lowerBound, widths[lower] == 0 { lower += 1 }
        var upper = lower
        var total = 0
        while upper < widths.count, total + widths[upper] <= budget {
            total += widths[upper]
            upper += 1
        }
        while upper == widths.count, lower > 0, total + widths[lower - 1] <= budget {
            lower -= 1
            total += widths[lower]
        }
        while lower < span.lowerBound, widths[lower] == 0 { lower += 1 }
        return lower..<upper
    }
}
