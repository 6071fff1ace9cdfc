import FactDeskKit

/// Years later between two years the text writes: "won the cup in 1998 and, 20 years later, in
/// 2022, reached the final again", « En 1998, le club gagnait la coupe ; vingt ans plus tard, en
/// 2022, il retrouve la finale ». The later year stands in the clause right after the years
/// ("later, in 2022", « plus tard, en 2022 », "later it returned in 2022"); the earlier one is the last year written before the years in their
/// sentence, else the one year the sentence before gives in the same paragraph. The count may
/// fall one short (the days of the years are unknown).
extension ElapsedYearsMismatchRule {
    /// How many tokens after "later" / « plus tard » (and a comma) the later year may stand, in
    /// the same clause.
    static let laterYearReach = 8

    /// Years later between two years of the text, read without a publication date.
    static let laterExamples: [RuleExample] = [
        RuleExample("The club won the cup in ⟦1998, and 20 years later it reached the final in 2022⟧.", language: .en),
        RuleExample("The club won the cup in 1998, and 24 years later it reached the final in 2022.", language: .en),
        RuleExample("The club won the cup in 1998, and 23 years later it reached the final in 2022.", language: .en),
        RuleExample("En ⟦1998, le club gagnait la coupe ; vingt ans plus tard, en 2022⟧, il retrouve la finale.", language: .fr),
        RuleExample("En 1998, le club gagnait la coupe ; vingt-quatre ans plus tard, en 2022, il retrouve la finale.", language: .fr),
        RuleExample("The club won the cup in 1998; 20 years later, it plans to build a stadium.", language: .en),
        RuleExample("In 1998 the club won the cup. Two years later, in a 2022 interview, the coach recalled it.", language: .en),
    ]

    /// The finding for years later that the two years written around them contradict.
    func laterFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        let range = check.document.tokenRange(of: duration.span)
        let after = range.upperBound
        let afterLater: Int
        if check.word(after) == "later" {
            afterLater = after + 1
        } else if check.word(after) == "plus", check.word(after + 1) == "tard" {
            afterLater = after + 2
        } else {
            return nil
        }
        let sentence = check.sentence(of: duration)
        guard afterLater < sentence.tokens.upperBound,
            let later = Self.year(
                in: check.mentions(check.dates, in: sentence.span).filter {
                    let index = check.document.tokenIndex(from: $0.span.start)
                    // "later, in 2022", "later it returned to the final in 2022": in the clause after.
                    let start = check.tokens[afterLater].text == "," ? afterLater + 1 : afterLater
                    return index >= start && index <= start + Self.laterYearReach
                        && !(start..<index).contains { check.tokens[$0].kind == .punctuation }
                }.first),
            let earlier = Self.earlierYear(before: duration, check: check)
        else { return nil }
        let years = later.year - earlier.year
        guard years >= 1, ![years - 1, years].contains(stated) else { return nil }
        let span = earlier.mention.span.start >= sentence.span.start
            ? earlier.mention.span.union(later.mention.span) : duration.span.union(later.mention.span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.elapsedYears(
                quoted: duration.text, from: earlier.year, to: later.year, years: years),
            evidence: [
                Evidence(
                    statement: "“\(earlier.mention.text)” to “\(later.mention.text)” is \(years) years")
            ])
    }

    /// A date mention with its year.
    private static func year(in mention: Mention?) -> (mention: Mention, year: Int)? {
        guard let mention, case .date(let date, _) = mention.value, let year = date.year else { return nil }
        return (mention, year)
    }

    /// The last year written before the years in their sentence, else the one year of the
    /// sentence before in the same paragraph.
    private static func earlierYear(before duration: Mention, check: DateCheck) -> (mention: Mention, year: Int)? {
        let document = check.document
        let index = document.sentenceIndex(of: duration.span.start)
        let sentence = document.sentences[index]
        let before = Span(start: sentence.span.start, end: duration.span.start)
        if let last = check.mentions(check.dates, in: before).last { return year(in: last) }
        guard index > 0,
            document.paragraphIndex(of: document.sentences[index - 1].span.start)
                == document.paragraphIndex(of: sentence.span.start)
        else { return nil }
        let years = check.mentions(check.dates, in: document.sentences[index - 1].span).compactMap { year(in: $0) }
        guard let first = years.first, years.allSatisfy({ $0.year == first.year }) else { return nil }
        return first
    }
}
