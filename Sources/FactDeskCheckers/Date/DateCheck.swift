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
    /// The text's own time, when it has no publication date (``TextTime``).
    let textTime: TextTime?
    /// The publication date; else the day and month of a dateline without its year, in the year
    /// that puts it nearest the text's own time or the day of the check
    /// (``YearlessDateline``); else, for a draft of a workspace whose own complete dates give no
    /// time, the day of the check (``Document/checkDay``).
    let published: CalendarDate?
    /// Where ``published`` came from, when the check read it itself.
    let publicationEvidence: Evidence?
    /// Whether ``published`` is the day of the check.
    let publishedOnCheckDay: Bool

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
        self.quoted = Quotations(document: document)
        self.words = FoldedWords(document.tokens)
        var textTime = document.published == nil ? TextTime(dates: dates) : nil
        let dateline = YearlessDateline(document: document, textTime: textTime)
        if textTime == nil, dateline == nil, document.published == nil, let reference = context.reference {
            let names = SentenceNames(document: document, reference: reference, published: nil)
            textTime =
                TextTime(namedEventsIn: document, names: names, reference: reference)
                ?? TextTime(
                    editionDaysIn: document, mentions: dates + ranges, ordinals: ordinals, names: names,
                    reference: reference)
        }
        let checkDay = textTime == nil && dateline == nil ? document.checkDay : nil
        let filed = document.published.flatMap { FiledDateline(document: document, published: $0) }
        self.textTime = dateline == nil ? textTime : nil
        self.published = filed?.day ?? document.published ?? dateline?.day ?? checkDay
        self.publishedOnCheckDay = checkDay != nil && document.published == nil
        self.names = SentenceNames(document: document, reference: context.reference, published: published)
        if let filed {
            publicationEvidence = filed.evidence
        } else if let dateline {
            publicationEvidence = dateline.evidence
        } else if let checkDay, document.published == nil {
            publicationEvidence = Evidence(
                statement: "publication date \(checkDay.isoDay) taken as the day of the check: a draft of a workspace with no date of its own")
        } else if document.publishedSource == .dateline, let published = document.published {
            publicationEvidence = Evidence(
                statement: "publication date \(published.isoDay) read from the dateline at the top of the text")
        } else {
            publicationEvidence = nil
        }
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

    /// Whether the folded words from token `index` on are `phrase` ("plus", "tard").
    func hasWords(_ phrase: [String], at index: Int) -> Bool {
        phrase.indices.allSatisfy { words[index + $0] == phrase[$0] }
    }

    /// Reads verb tenses before dates.
    var tenses: TenseReader {
        TenseReader(tokens: tokens, words: words, quoted: quoted, language: document.language)
    }

    /// The publication date, else the text's own time (``TextTime``), for the rules that need only
    /// the year or the weeks around it; with the evidence to add to their findings when it is the
    /// text's time (``finding(_:at:message:suggestions:evidence:)`` tells of a dateline).
    var publishedOrTextTime: (day: CalendarDate, evidence: Evidence?)? {
        if let published { return (published, nil) }
        return textTime.map { ($0.day, $0.evidence) }
    }


    /// The day a date written without a year is read near when the extractor had no publication
    /// date to give it one: the text's own time, else the publication date the check read itself
    /// (a dateline without its year, the day of the check), with the evidence that says so.
    var yearlessAnchor: (day: CalendarDate, evidence: Evidence, reach: Int)? {
        if let textTime { return (textTime.day, textTime.evidence, textTime.reach) }
        guard document.published == nil, let published, let publicationEvidence else { return nil }
        return (published, publicationEvidence, TextTime.agreement)
    }

    var tokens: [Token] { document.tokens }

    /// A finding of `rule` at `span`, with the checker's id and the rule's severity; when the
    /// publication date came from a dateline of the text or is the day of the check, the
    /// evidence says so (``publicationEvidence``).
    func finding(
        _ rule: RuleDescriptor, at span: Span, message: String, suggestions: [String] = [], evidence: [Evidence] = []
    ) -> Finding {
        document.finding(
            checker: DateChecker.id, rule: rule.id, severity: rule.severity, span: span, message: message,
            suggestions: suggestions,
            evidence: evidence + (publicationEvidence.map { evidence.contains($0) ? [] : [$0] } ?? []))
    }

    /// Whether a date mention is the publication date written as a dateline, at the head of its
    /// line after a capitalised place (« GENÈVE, 4 juin 2026 (AFP) - Le sommet … »), or a place
    /// and « le » (« Abidjan, le 4 juin 2026 – »): it dates the dispatch, not what its sentence
    /// tells.
    func isDatelineDate(_ mention: Mention) -> Bool {
        guard case .date(let date, _) = mention.value, let day = date.calendarDate, day == published else {
            return false
        }
        let lineStart = document.line(containing: mention.span.start).start
        var before = document.scalars[lineStart..<mention.span.start]
        if before.suffix(5).elementsEqual(", le ".unicodeScalars) { before = before.dropLast(3) }
        // Every word capitalised: « GENÈVE, », « Abidjan, », "NEW YORK,".
        let wordsCapitalised = before.indices.allSatisfy { index in
            let startsWord =
                before[index].properties.isAlphabetic
                && (index == before.startIndex || !before[index - 1].properties.isAlphabetic)
            return !startsWord || before[index].properties.isUppercase
        }
        return before.count <= 60 && before.contains(",") && wordsCapitalised
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
