import FactDeskKit

/// The findings of a draft's paragraph-local rules (``RuleScope/paragraph``) at its last check,
/// paragraph by paragraph, kept by a caller that checks one draft again and again (the language
/// server), so that ``Engine/check(_:reusing:)`` runs those rules only on the paragraphs that
/// changed.
///
/// A paragraph's findings are kept under everything such a rule may read: the paragraph's text,
/// the mentions the extractors saw in it (so whatever an extractor took from elsewhere in the
/// draft is part of the key), and the draft's language, publication date and where that date
/// came from. Offsets are kept from the paragraph's start, so the findings follow a paragraph that
/// moves. Only the paragraphs of the last check are kept. A memo belongs to one engine: the
/// reference data and the run's settings shaped its findings.
public struct ParagraphMemo: Sendable {
    /// What a paragraph-local rule reads of a paragraph and of the draft around it.
    struct Key: Hashable, Sendable {
        let text: String
        /// The mentions in the paragraph, offsets from its start.
        let mentions: [Mention]
        let language: Language
        let published: CalendarDate?
        let publishedSource: PublicationDateSource?
    }

    /// Each paragraph's findings, offsets from its start.
    var findings: [Key: [Finding]] = [:]
    /// How many paragraphs the last check took from the memo.
    public internal(set) var reusedParagraphs = 0
    /// How many paragraphs the last check ran the paragraph-local rules on.
    public internal(set) var checkedParagraphs = 0

    /// An empty memo: the first check runs every rule on every paragraph.
    public init() {}

    /// The key of `paragraph` of `document`, whose mentions (ordered by span) are `mentions`.
    static func key(of paragraph: Span, in document: Document, mentions: ArraySlice<Mention>) -> Key {
        Key(
            text: document.text(in: paragraph),
            mentions: mentions.map { mention in
                var moved = mention
                moved.span = Span(start: mention.span.start - paragraph.start, end: mention.span.end - paragraph.start)
                return moved
            },
            language: document.language, published: document.published, publishedSource: document.publishedSource)
    }

    /// A finding of a paragraph starting at `start`, as kept: offsets from the paragraph's start.
    static func relative(_ finding: Finding, from start: Int) -> Finding {
        var kept = finding
        kept.span = Span(start: finding.span.start - start, end: finding.span.end - start)
        return kept
    }

    /// A finding kept from offset `start` of a paragraph, placed in `document` where the paragraph
    /// now starts at `start`: span, line and column, and the quote with its context.
    static func place(_ finding: Finding, at start: Int, in document: Document) -> Finding {
        var placed = finding
        placed.span = Span(start: finding.span.start + start, end: finding.span.end + start)
        placed.location = document.location(of: placed.span.start)
        placed.quote = document.quote(placed.span)
        return placed
    }
}
