import FactDeskKit
import FactDeskText

/// One document as the date rules read it: its mentions by kind, the tokens and sentences around
/// them, the publication date and the reference data — built once per check, shared by every rule.
struct DateCheck {
    let document: Document
    let reference: (any ReferenceLookup)?
    let wording: DateWording
    /// `date` mentions, in text order, but for those with a mistyped year.
    let dates: [Mention]
    /// Dates whose year has five digits (« 9 juillet 20024 »): only ``InvalidDateRule`` reads them.
    let mistypedYears: [Mention]
    /// `date-range` mentions.
    let ranges: [Mention]
    /// Weekdays written alone.
    let weekdays: [Mention]
    /// Dates told from the publication date.
    let relatives: [Mention]
    let anniversaries: [Mention]
    let durations: [Mention]
    let ordinals: [Mention]
    /// Every date, range, weekday and relative date, in text order.
    let timeline: [Mention]
    /// The reference subjects named in each sentence, looked up on demand.
    let names: SentenceNames
    /// The stretches of text between quotation marks.
    let quoted: Quotations
    /// Each word token folded (``WordFolding``) when first asked: the rules' word lists are
    /// looked up with these.
    let words: FoldedWords

    init(document: Document, context: CheckContext) {
        self.document = document
        self.reference = context.reference
        self.wording = DateWording(language: document.language)
        var byKind: [Mention.Kind: [Mention]] = [:]
        var timeline: [Mention] = []
        var mistypedYears: [Mention] = []
        for mention in context.mentions {
            if Self.mistypedYear(of: mention, document: document) != nil {
                mistypedYears.append(mention)
                continue
            }
            byKind[mention.kind, default: []].append(mention)
            if [.date, .dateRange, .weekday, .relativeDate].contains(mention.kind) { timeline.append(mention) }
        }
        dates = byKind[.date] ?? []
        self.mistypedYears = mistypedYears
        ranges = byKind[.dateRange] ?? []
        weekdays = byKind[.weekday] ?? []
        relatives = byKind[.relativeDate] ?? []
        anniversaries = byKind[.anniversary] ?? []
        durations = byKind[.duration] ?? []
        ordinals = byKind[.ordinal] ?? []
        self.timeline = timeline
        self.names = SentenceNames(document: document, reference: context.reference)
        self.quoted = Quotations(document: document)
        self.words = FoldedWords(document.tokens)
    }

    /// The five-digit year that ends a date mention without a year (« 9 juillet 20024 »), or `nil`.
    static func mistypedYear(of mention: Mention, document: Document) -> Int? {
        guard case .date(let date, _) = mention.value, date.year == nil, date.month != nil,
            let last = document.tokenRange(of: mention.span).last, document.tokens[last].kind == .number,
            document.tokens[last].text.utf8.count == 5, let value = Int(document.tokens[last].text),
            !MistypedYear.candidates(value).isEmpty
        else { return nil }
        return value
    }

    /// Token `index` folded, or "" when it is not a word or does not exist.
    func word(_ index: Int) -> String {
        words[index]
    }

    /// Reads verb tenses before dates.
    var tenses: TenseReader {
        TenseReader(tokens: tokens, words: words, quoted: quoted, language: document.language)
    }

    var published: CalendarDate? { document.published }

    /// The publication date, else the text's own time (``TextTime``), for the rules that need only
    /// the year or the weeks around it; with the evidence to add to their findings when it is the
    /// text's time (``finding(_:at:message:suggestions:evidence:)`` tells of a dateline).
    var publishedOrTextTime: (day: CalendarDate, evidence: Evidence?)? {
        if let published = document.published { return (published, nil) }
        return textTime.map { ($0.day, $0.evidence) }
    }

    /// The text's own time, when it has no publication date.
    var textTime: TextTime? { document.published == nil ? TextTime(dates: dates) : nil }

    private func datelineEvidence(_ published: CalendarDate) -> Evidence {
        Evidence(statement: "publication date \(published.isoDay) read from the dateline at the top of the text")
    }
    var tokens: [Token] { document.tokens }

    /// A finding of `rule` at `span`, with the checker's id and the rule's severity; when the
    /// publication date came from a dateline of the text, the evidence says so.
    func finding(
        _ rule: RuleDescriptor, at span: Span, message: String, suggestions: [String] = [], evidence: [Evidence] = []
    ) -> Finding {
        let publication = document.publishedSource == .dateline ? document.published.map(datelineEvidence) : nil
        return document.finding(
            checker: DateChecker.id, rule: rule.id, severity: rule.severity, span: span, message: message,
            suggestions: suggestions, evidence: evidence + (publication.map { [$0] } ?? []))
    }

    /// Whether a date mention is the date of the dateline that gave the publication date, at the
    /// head of its line after a place in capitals (« GENÈVE, 4 juin 2026 (AFP) - Le sommet … »): it
    /// dates the dispatch, not what its sentence tells.
    func isDatelineDate(_ mention: Mention) -> Bool {
        guard document.publishedSource == .dateline, case .date(let date, _) = mention.value,
            date.calendarDate == document.published
        else { return false }
        let lineStart = document.line(containing: mention.span.start).start
        let before = document.scalars[lineStart..<mention.span.start]
        return before.count <= 60 && before.contains(",") && !before.contains { $0.properties.isLowercase }
    }

    /// The sentence holding a mention.
    func sentence(of mention: Mention) -> Sentence {
        document.sentences[document.sentenceIndex(of: mention.span.start)]
    }

    /// The mentions of `mentions` (in text order) that lie inside `span`, by binary search.
    func mentions(_ mentions: [Mention], in span: Span) -> ArraySlice<Mention> {
        let low = mentions.partitionPoint { $0.span.start >= span.start }
        var end = low
        while end < mentions.count, mentions[end].span.end <= span.end { end += 1 }
        return mentions[low..<end]
    }
}
