import FactDeskKit
import Foundation

/// One document as the number rules read it: its numbers, the claims built from them and the
/// edition claims — built once per check and shared by every rule.
struct NumberCheck {
    let document: Document
    let wording: NumberWording
    /// Number, percentage and range mentions, in text order, less number words of names (``NumbersInNames``).
    let numbers: [Mention]
    /// The claims, in text order.
    let claims: [Claim]
    /// What reference data says of each claim that is a total with a subject, aligned with
    /// ``claims``: worked out once for the rules that report it.
    let verdicts: [FactVerdict?]
    /// The ordinals that number editions of reference series.
    let editions: [EditionNumberClaim]
    /// The ordinal mentions, in text order ("third", « 3e »).
    let ordinals: [Mention]
    /// The reference data's numeric facts, when it has any, with scales and currencies in their
    /// units applied (``ScaledFacts``).
    let facts: (any NumericFacts)?
    /// The words of people and documents quoted, whose findings are warnings at most.
    let quotations: Quotations
    /// The draft's tokens folded, each once for every rule that reads it.
    let folded: FoldedTokens
    /// The figures of turnouts given apart in a paragraph, read once for the rules that report them.
    let turnouts: TurnoutFigures
    /// The tallies of votes above the members of the body that voted (``VoteTallies``).
    let tallies: [VoteTallies.Excess]
    /// The reference data of the check, if any.
    let reference: (any ReferenceLookup)?
    /// The date and date-range mentions, in text order.
    let dates: MentionIndex

    /// Reads a document's numbers and claims for every rule.
    /// - Parameter terms: the property terms of the run, read once for all its drafts.
    init(document: Document, context: CheckContext, terms termsRead: PropertyTermsCache) {
        self.document = document
        self.wording = NumberWording(language: document.language)
        self.reference = context.reference
        self.quotations = Quotations(document: document)
        self.folded = FoldedTokens(document.tokens)
        let ordinals = context.mentions.filter { $0.kind == .ordinal }
        self.ordinals = ordinals
        // Number words of a name ("the Big Three") count nothing.
        let counted = NumbersInNames(document: document).removingNames(from: context.mentions)
        let numbers = MentionIndex(
            (counted + DurationCounts.counts(in: context.mentions, document: document))
                .sorted { $0.span.start < $1.span.start },
            kinds: [.number, .percent, .numberRange])
        self.numbers = numbers.mentions
        self.turnouts = TurnoutFigures(document: document, numbers: numbers.mentions, folded: folded)
        self.facts = (context.reference as? any NumericFacts).map {
            ScaledFacts(base: $0, published: document.published)
        }
        let tallies = VoteTallies(document: document, folded: folded)
        let dates = MentionIndex(context.mentions, kinds: [.date, .dateRange])
        self.dates = dates
        guard let reference = context.reference else {
            self.tallies = tallies.excesses(names: nil, facts: nil, numbers: numbers.mentions)
            self.claims = []
            self.verdicts = []
            self.editions = []
            return
        }
        let names = SubjectOccurrences(document: document, reference: reference)
        self.tallies = tallies.excesses(names: names, facts: facts, numbers: numbers.mentions)
        let editions = EditionNumberClaimBuilder(
            document: document, reference: reference, names: names, dates: dates,
            relativeDates: MentionIndex(context.mentions, kinds: [.weekday, .relativeDate]),
            durations: MentionIndex(context.mentions, kinds: [.duration]),
            anniversaries: MentionIndex(context.mentions, kinds: [.anniversary]), folded: folded
        ).claims(
            from: ordinals, numbers: numbers.mentions,
            names: context.mentions.filter { $0.kind == .name && Self.firstWordEndsWithDigit($0.text) })
        self.editions = editions
        if let facts,
            case let terms = termsRead.terms(
                TermSynonyms.adding(to: facts.propertyTerms(in: document.language), language: document.language)),
            !terms.isEmpty
        {
            let resolver = SubjectResolver(
                document: document, names: names, facts: facts,
                dateWords: MentionIndex(context.mentions, kinds: [.date, .dateRange, .weekday, .relativeDate]),
                editionYears: EditionNumberClaim.yearsBySeriesName(editions), reference: reference)
            let builder = ClaimBuilder(
                document: document, terms: terms, subjects: resolver,
                nonClaims: NonClaims(folded: folded), numbers: numbers, dates: dates, folded: folded)
            self.claims = (builder.claims(from: numbers.mentions)
                + builder.compoundClaims(from: CompoundCounts.counts(in: document))
                + builder.membershipClaims(from: ordinals))
                .filter { !Self.isWordOfName($0, names: names, document: document) }
                .sorted { $0.span.start < $1.span.start }
        } else {
            self.claims = []
        }
        let facts = self.facts
        let textPeriod =
            document.published == nil && !claims.isEmpty
            ? TextPeriod.period(
                document: document, dates: context.mentions.filter { $0.kind == .date }, names: names,
                editions: editions, reference: reference)
            : nil
        self.verdicts = claims.map { claim in
            guard !claim.isPart, let subject = claim.subject, let facts else { return nil }
            return FactVerdict(
                claim, facts: facts.numericFacts(claim.property, of: subject.id), published: document.published,
                textPeriod: textPeriod)
        }
    }

    /// Whether a claim's number is a word of a longer name the reference data knows ("the 2024
    /// Harbour Awards" when that is an event's name): it counts nothing.
    private static func isWordOfName(_ claim: Claim, names: SubjectOccurrences, document: Document) -> Bool {
        let token = document.tokenIndex(from: claim.mention.span.start)
        return names.inSentence(document.sentenceIndex(of: claim.mention.span.start)).contains { name in
            name.tokens.count > 1 && name.tokens.contains(token)
        }
    }

    /// A finding of `rule` at `span`, with the checker's id and the rule's severity — a warning at
    /// most inside a quotation, whose evidence then says the words are the speaker's.
    func finding(
        _ rule: RuleDescriptor, at span: Span, message: String, suggestions: [String] = [], evidence: [Evidence] = []
    ) -> Finding {
        let isQuoted = quotations.contains(token: document.tokenIndex(from: span.start))
        return document.finding(
            checker: NumberChecker.id, rule: rule.id, severity: isQuoted ? min(rule.severity, .warning) : rule.severity,
            span: span, message: message, suggestions: suggestions,
            evidence: evidence + (isQuoted ? [Evidence(statement: wording.quotedFigure)] : []))
    }

    /// The claim's words with its number (and the bound before it) replaced by `value`, less the
    /// named others it counts with ("his 51 co-defendants" for 52 defendants), written the way
    /// the number was.
    func correction(of claim: Claim, to total: Decimal) -> String {
        let value = total - claim.companions
        let before = document.text(in: Span(start: claim.span.start, end: claim.numberSpan.start))
        let after = document.text(in: Span(start: claim.numberSpan.end, end: claim.span.end))
        let number: String
        if case .numberRange = claim.mention.value {
            // "entre 150 et 200" → "196".
            number = WrittenNumber.digits(
                value, group: claim.written.groupMark, decimal: claim.written.decimalMark, language: document.language)
        } else {
            number = claim.written.rewriting(
                value, from: ClaimBuilder.writtenValue(claim.mention), language: document.language)
        }
        return before + number + after
    }
}

extension NumberCheck {
    /// Whether at least three numbers stand in `span`: a list's two parts and its whole.
    func hasThreeNumbers(in span: Span) -> Bool {
        let first = numbers.partitionPoint { $0.span.start >= span.start }
        let third = first + 2
        return third < numbers.count && numbers[third].span.start < span.end
    }

    /// Whether a name's first word ends with an ASCII digit ("COP29" of "COP29 de Bakou"), read
    /// byte by byte: the first word ends at a space, a tab, a line break or a no-break space.
    static func firstWordEndsWithDigit(_ text: String) -> Bool {
        var last: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0xC2 || byte == 0xE2 { break }
            last = byte
        }
        return (0x30...0x39).contains(last)
    }
}
