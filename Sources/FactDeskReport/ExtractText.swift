import FactDeskKit

/// What the extractors saw, as `factdesk extract --format text` prints it: a header with the
/// language and publication date, one aligned line per mention (line:column, kind, value, the
/// words as written), and a count.
///
/// ```
/// drafts/interpol.md: language fr, published 2025-11-24 (front-matter)
///   3:11  date        2025-11-24 (monday)    "lundi 24 novembre 2025"
///   3:40  date-range  2025-11-24/2025-11-27  "24-27 novembre"
///   5:8   number      196                    "196"
/// 3 mentions
/// ```
public struct ExtractText: Sendable {
    /// Creates the renderer.
    public init() {}

    /// Renders a document's mentions.
    /// - Parameters:
    ///   - document: the analysed draft, for its path, language, date and line numbers.
    ///   - mentions: what the extractors saw, already filtered to the kinds asked for.
    /// - Returns: the text, ending with a newline.
    public func render(document: Document, mentions: [Mention]) -> String {
        var published = document.published.map { "published \($0.iso)" } ?? "publication date unknown"
        if let source = document.publishedSource, document.published != nil { published += " (\(source.rawValue))" }
        var output = "\(TerminalSafeText.string(TextReport.displayPath(document.path))): "
        output += "language \(document.language.rawValue), \(published)\n"

        let rows = mentions.map { mention in
            let location = document.location(of: mention.span.start)
            return [
                "\(location.line):\(location.column)", mention.kind.rawValue, Self.value(mention.value),
                "\"\(mention.text)\"",
            ].map(TerminalSafeText.string)
        }
        let widths = TextTable.widths(rows, columns: 3)
        for row in rows {
            output += "  " + TextTable.line(row, widths: widths) + "\n"
        }
        return output + (mentions.count == 1 ? "1 mention\n" : "\(mentions.count) mentions\n")
    }

    /// A mention's value in words: ISO dates, `start/end` ranges, `4 days`, `12.5%`, entity ids.
    static func value(_ value: Mention.Value) -> String {
        switch value {
        case .date(let date, let weekday):
            weekday.map { "\(date) (\($0.rawValue))" } ?? date.description
        case .dateRange(let start, let end, let startWeekday, let endWeekday):
            "\(start)/\(end)" + (startWeekday != nil || endWeekday != nil
                ? " (\(startWeekday?.rawValue ?? "-")/\(endWeekday?.rawValue ?? "-"))" : "")
        case .weekday(let weekday):
            weekday.rawValue
        case .relativeDate(let relative):
            Self.value(relative)
        case .anniversary(let ordinal):
            "anniversary #\(ordinal)"
        case .duration(let amount, let unit):
            "\(amount) \(unit.rawValue)\(amount == 1 ? "" : "s")"
        case .number(let number):
            number.description
        case .percent(let number):
            "\(number)%"
        case .numberRange(let low, let high):
            "\(low)..\(high)"
        case .ordinal(let ordinal):
            "#\(ordinal)"
        case .name(let entity):
            entity.map { "entity \($0)" } ?? "no entity"
        }
    }

    /// A relative date in words: `-1 day`, `+1 week`, `next monday`, `last monday`, `this monday`.
    private static func value(_ relative: RelativeDate) -> String {
        func signed(_ offset: Int, _ unit: String) -> String {
            "\(offset >= 0 ? "+" : "")\(offset) \(unit)\(abs(offset) == 1 ? "" : "s")"
        }
        switch relative {
        case .days(let offset): return signed(offset, "day")
        case .weeks(let offset): return signed(offset, "week")
        case .months(let offset): return signed(offset, "month")
        case .years(let offset): return signed(offset, "year")
        case .weekday(let weekday, let offset):
            return "\(offset < 0 ? "last" : offset > 0 ? "next" : "this") \(weekday.rawValue)"
        }
    }
}
