import FactDeskKit
import FactDeskText

/// Runs an extractor on a text whose expected mentions are marked `⟦…⟧`.
struct Extraction {
    /// The spans marked in the text.
    let expectedSpans: [Span]
    /// The mentions found.
    let mentions: [Mention]

    init(
        _ marked: String, language: Language = .fr, published: String? = nil,
        extractor: any Extractor = DateExtractor(), kinds: Set<Mention.Kind>? = nil
    ) {
        let (text, spans) = RuleExample(marked, language: language).unmarked
        let document = Document(
            path: "-", text: text, language: language, published: published.flatMap(CalendarDate.init(iso:)))
        expectedSpans = spans
        mentions = extractor.extract(from: document).filter { kinds?.contains($0.kind) ?? true }
    }

    /// The spans found.
    var spans: [Span] { mentions.map(\.span) }

    /// The values found, written compactly: `2025-11-24`, `2025-11-24 monday`,
    /// `2025-11-24/2025-11-27`, `monday`, `4 day`, `196`, `#93`, `12.5%`.
    var values: [String] { mentions.map { Extraction.describe($0.value) } }

    static func describe(_ value: Mention.Value) -> String {
        switch value {
        case .date(let date, let weekday?): "\(date) \(weekday.rawValue)"
        case .date(let date, nil): "\(date)"
        case .dateRange(let start, let end, nil, nil): "\(start)/\(end)"
        case .dateRange(let start, let end, let first, let last):
            "\(start)/\(end) \(first?.rawValue ?? "-")/\(last?.rawValue ?? "-")"
        case .weekday(let weekday): weekday.rawValue
        case .relativeDate(let relative): describe(relative)
        case .duration(let amount, let unit): "\(amount) \(unit.rawValue)"
        case .number(let number): "\(number)"
        case .ordinal(let ordinal): "#\(ordinal)"
        case .percent(let percent): "\(percent)%"
        case .anniversary(let ordinal): "anniversary #\(ordinal)"
        case .numberRange(let low, let high): "\(low)..\(high)"
        case .name(let entity): "name \(entity ?? "-")"
        }
    }

    /// `-1 day`, `1 week`, `monday -1` (the last Monday), `monday 0` (this week’s).
    static func describe(_ relative: RelativeDate) -> String {
        switch relative {
        case .days(let offset): "\(offset) day"
        case .weeks(let offset): "\(offset) week"
        case .months(let offset): "\(offset) month"
        case .years(let offset): "\(offset) year"
        case .weekday(let weekday, let offset): "\(weekday.rawValue) \(offset)"
        }
    }
}
