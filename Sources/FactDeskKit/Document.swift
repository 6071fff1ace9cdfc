/// A draft as read, analysed once: normalised view, tokens, sentences, paragraphs and lines.
///
/// Every public offset is a Unicode scalar offset into ``text`` as read. Analysis runs on an
/// NFC-normalised view in which the parts that are not prose — front matter, code, URLs and link
/// targets — are blanked with spaces, so extractors never see them.
public struct Document: Sendable {
    /// Where the draft came from (a path, or `-` for standard input).
    public let path: String
    /// The text exactly as read.
    public let text: String
    /// The draft's language, given or detected.
    public let language: Language
    /// The publication date, given, read from the front matter or dateline, or unknown.
    public let published: CalendarDate?
    /// Where ``published`` came from.
    public let publishedSource: PublicationDateSource?
    /// The day and month of an agency dateline without its year at the top (« DAKAR, 3 mars
    /// (APS) - »), unless the publication date was read from a dateline: with no publication
    /// date, the date checks give it the year of the text's own time or of the day of the check;
    /// a few days before a publication date given, it is the day the piece was written.
    public let yearlessDateline: PartialDate?
    /// The day of the check, set for a draft of a workspace: a draft is checked before it is
    /// published, so the date checks read it as the publication date when the draft gives none
    /// and its own complete dates give no time either.
    public var checkDay: CalendarDate?
    /// The text as read, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// The NFC view that extractors read, with non-prose blanked.
    public let normalized: NormalizedText
    /// Words, numbers and punctuation, in text order.
    public let tokens: [Token]
    /// Each token's first offset, indexed by blocks of offsets: what ``tokenIndex(from:)``
    /// searches, packed apart from the tokens so a search reads a cache line or two.
    let tokenStarts: TokenStarts
    /// Sentences, in text order.
    public let sentences: [Sentence]
    /// Paragraphs (separated by blank lines), in text order.
    public let paragraphs: [Span]
    private let lines: LineIndex
    private var counterpartBox: CounterpartBox?

    /// The same story in another language, when the draft has one (front matter
    /// `translation-of:`, the workspace's `NAME.fr.md` / `NAME.en.md`, or `--counterpart`): the
    /// engine extracts its mentions too and the parity checker compares the two.
    public var counterpart: Document? {
        get { counterpartBox?.document }
        set { counterpartBox = newValue.map(CounterpartBox.init) }
    }

    /// Analyses a draft.
    /// - Parameters:
    ///   - path: where it came from, for messages.
    ///   - text: the text as read.
    ///   - language: the language, or `nil` to detect French or English.
    ///   - published: the publication date, or `nil` to read it from front matter or a dateline.
    public init(path: String, text: String, language: Language? = nil, published: CalendarDate? = nil) {
        self.path = path
        self.text = text
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        self.lines = LineIndex(scalars)
        let normalized = NormalizedText(scalars)
        self.normalized = normalized
        let tokens = Tokenizer.tokenize(normalized)
        self.tokens = tokens
        self.tokenStarts = TokenStarts(tokens)
        let language = language ?? LanguageDetector.detect(tokens)
        self.language = language
        self.sentences = SentenceSplitter.split(tokens, in: normalized, language: language)
        self.paragraphs = ParagraphSplitter.split(normalized)
        if let published {
            self.published = published
            self.publishedSource = .given
        } else if let found = PublicationDateReader.read(scalars) {
            self.published = found.date
            self.publishedSource = found.source
        } else {
            self.published = nil
            self.publishedSource = nil
        }
        self.yearlessDateline =
            self.publishedSource == .dateline ? nil : PublicationDateReader.yearlessDateline(scalars)
    }

    /// The 1-based line and column of a scalar offset.
    public func location(of offset: Int) -> SourceLocation { lines.location(of: offset) }

    /// The line (without its line break) that holds a scalar offset, and that line's first offset.
    public func line(containing offset: Int) -> (text: String, start: Int) {
        let range = lines.lineRange(containing: offset)
        return (String(String.UnicodeScalarView(scalars[range])), range.lowerBound)
    }

    /// The text as read inside a span.
    public func text(in span: Span) -> String {
        let start = min(max(0, span.start), scalars.count)
        let end = min(max(start, span.end), scalars.count)
        return String(scalars[start..<end])
    }

    /// The quote of a span with up to 32 scalars of context on each side.
    public func quote(_ span: Span) -> TextQuote {
        let contextLength = 32
        let before = Span(start: max(0, span.start - contextLength), end: span.start)
        let after = Span(start: span.end, end: min(scalars.count, span.end + contextLength))
        return TextQuote(exact: text(in: span), prefix: text(in: before), suffix: text(in: after))
    }

    /// Builds a finding at a span, filling in location, quote and stable id.
    /// - Parameters:
    ///   - checker: the checker id.
    ///   - rule: the rule id.
    ///   - severity: the rule's severity.
    ///   - span: where, in scalar offsets into ``text``.
    ///   - message: what is wrong, in the draft's language.
    ///   - suggestions: replacements for the quoted words, best first.
    ///   - evidence: why.
    public func finding(
        checker: String, rule: String, severity: Severity, span: Span, message: String,
        suggestions: [String] = [], evidence: [Evidence] = []
    ) -> Finding {
        let quote = quote(span)
        return Finding(
            id: FindingID.make(checker: checker, rule: rule, quoted: quote.exact),
            checker: checker, rule: rule, severity: severity, message: message, span: span,
            location: location(of: span.start), quote: quote, suggestions: suggestions,
            evidence: evidence)
    }
}

/// Where a document's publication date came from.
public enum PublicationDateSource: String, Sendable, Codable, Hashable {
    /// Given by the caller (`--published`).
    case given
    /// A `date:` or `published:` key of the front matter.
    case frontMatter = "front-matter"
    /// A dateline such as `date 2025-11-24` at the top.
    case dateline
}
