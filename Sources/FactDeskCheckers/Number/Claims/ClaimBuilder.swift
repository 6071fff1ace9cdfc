import FactDeskKit
import Foundation

/// Builds the claims of a document: each number, percentage or range whose words name a
/// property ("195 pays membres", "le nombre de pays membres est de 195", "a budget of $3.2bn"),
/// with the subject the claim is about and the period it speaks of.
///
/// Looks only at a few tokens around each number and at the sentences near it, so the work is
/// linear in the number of mentions.
struct ClaimBuilder {
    let document: Document
    let locator: TokenLocator
    let terms: PropertyTerms
    let subjects: SubjectResolver
    let nonClaims: NonClaims
    /// Number, percentage and range mentions.
    let numbers: MentionIndex
    /// Date and date-range mentions.
    let dates: MentionIndex

    var tokens: [Token] { document.tokens }

    /// The claims of the number mentions, in text order.
    func claims(from mentions: [Mention]) -> [Claim] {
        guard !terms.isEmpty else { return [] }
        return mentions.compactMap(claim)
    }

    /// Where a property's words stand relative to the number, and what they make of it.
    struct TermMatch {
        var property: String
        var term: Range<Int>
        /// Where the claim's words start when the property comes first ("nombre de pays membres").
        var lead: Int?
        var isPart = false
        var whole: Mention?
        /// A subject named between the number and the property ("196 INTERPOL member countries").
        var subject: SubjectOccurrence?
    }

    private func claim(_ mention: Mention) -> Claim? {
        guard [.number, .percent, .numberRange].contains(mention.kind) else { return nil }
        let number = locator.tokens(of: mention.span)
        guard !number.isEmpty, !nonClaims.excludes(number) else { return nil }
        let sentence = locator.sentenceIndex(of: mention.span.start)
        let sentenceTokens = document.sentences[sentence].tokens
        let numberSpan = mention.bound.map { $0.span.union(mention.span) } ?? mention.span
        let start = locator.tokenIndex(from: numberSpan.start)
        let forwardMatch = forward(from: number.upperBound, in: sentenceTokens, sentence: sentence).flatMap {
            $0.isPart || isTotal(before: start, in: sentenceTokens, sentence: sentence) ? $0 : nil
        }
        guard let match = forwardMatch ?? backward(from: start, in: sentenceTokens, sentence: sentence) else { return nil }
        let written = WrittenNumber(mention.text, language: document.language)
        guard let value = ClaimedValue(mention, precision: written.precision(of: Self.writtenValue(mention)))
        else { return nil }
        let termSpan = locator.span(of: match.term)
        let subject =
            match.subject
            ?? subjects.subject(
                for: match.property, claimTokens: min(start, match.term.lowerBound)..<max(number.upperBound, match.term.upperBound),
                termEnd: match.term.upperBound, sentence: sentence)
        return Claim(
            mention: mention, value: value, written: written, property: match.property, term: termSpan,
            numberSpan: numberSpan, span: span(of: match, number: numberSpan, term: termSpan),
            subject: subject.map { ($0.id, $0.name) }, period: period(near: mention, sentence: sentence),
            isPart: match.isPart, whole: match.whole, sentence: sentence)
    }

    /// What a finding quotes: from the bound or number to the property, or from the words that
    /// announce the count to the number; with the whole written after a part ("sur 196").
    private func span(of match: TermMatch, number: Span, term: Span) -> Span {
        var span = match.lead.map { locator.span(of: $0..<$0 + 1).union(number) } ?? number.union(term)
        if let whole = match.whole, whole.span.start >= term.end { span = span.union(whole.span) }
        return span
    }

    /// Whether the words before a count make it a total: a determiner, a preposition, a verb
    /// of having or counting (``ClaimWords/totalLeads``), or a name ("INTERPOL’s 196").
    private func isTotal(before start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        var index = start - 1
        while index > sentence.lowerBound, start - index <= 2, isWord(index, in: ClaimWords.adverbs) { index -= 1 }
        guard index >= sentence.lowerBound else { return false }
        return isWord(index, in: ClaimWords.totalLeads) || subjects.named(endingAt: index, sentence: sentenceIndex) != nil
    }

    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .word && words.contains(Fold.word(tokens[index].text))
    }

    /// The period a sentence ties a claim to, when it is before the publication date: the
    /// nearest date of the sentence ("en 2020", "au 1er janvier 2024").
    private func period(near mention: Mention, sentence: Int) -> ClosedRange<CalendarDate>? {
        let window = SubjectOccurrences.window
        let sentenceTokens = document.sentences[sentence].tokens
        let number = locator.tokens(of: mention.span)
        let first = max(sentenceTokens.lowerBound, number.lowerBound - window)
        let last = min(sentenceTokens.upperBound, number.upperBound + window)
        guard first < last else { return nil }
        let nearest = dates.mentions(in: locator.span(of: first..<last)).min {
            distance($0.span, mention.span) < distance($1.span, mention.span)
        }
        guard let nearest, let period = Self.days(of: nearest) else { return nil }
        if let published = document.published, period.upperBound >= published { return nil }
        return period
    }

    private func distance(_ first: Span, _ second: Span) -> Int {
        first.end <= second.start ? second.start - first.end : max(0, first.start - second.end)
    }

    /// The days a date or range covers, when its years are known.
    static func days(of mention: Mention) -> ClosedRange<CalendarDate>? {
        let (start, end): (PartialDate, PartialDate)
        switch mention.value {
        case .date(let date, _): (start, end) = (date, date)
        case .dateRange(let first, let last, _, _): (start, end) = (first, last)
        default: return nil
        }
        guard let startYear = start.year, let endYear = end.year,
            let first = CalendarDate(year: startYear, month: start.month ?? 1, day: start.day ?? 1)
        else { return nil }
        let month = end.month ?? 12
        guard let last = CalendarDate(year: endYear, month: month, day: end.day ?? CalendarDate.daysIn(month: month, year: endYear)),
            first <= last
        else { return nil }
        return first...last
    }

    /// The value the number's words were read as, before any bound.
    static func writtenValue(_ mention: Mention) -> Decimal {
        switch mention.value {
        case .number(let value), .percent(let value): value
        case .numberRange(let low, _): low
        default: 0
        }
    }
}
