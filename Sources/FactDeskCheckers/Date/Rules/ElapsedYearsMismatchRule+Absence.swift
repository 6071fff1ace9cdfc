import FactDeskKit

/// Years of absence between two years the text writes: "was run from 2004 to 2006. After a
/// 9-year hiatus, it came back in 2015", « Organisée jusqu’en 2012, la fête revient en 2019
/// après sept ans d’absence ». The return is the first year written after the years in their
/// sentence, else the last written before them; the last time before it is the latest earlier
/// year written before the years in their sentence, else in the nearest sentence before that
/// writes years, in the same paragraph. The count may fall one short (the years between the
/// two, without either).
extension ElapsedYearsMismatchRule {
    /// Nouns of an absence after years in a compound ("a 9-year hiatus"), folded.
    static let absenceNouns: Set<String> = ["hiatus", "absence", "break", "gap", "layoff", "pause"]
    /// Words after "after N years" that make them an absence, folded: "after nine years away".
    static let awayWords: Set<String> = ["away", "absence"]
    /// How many sentences back the last year before an absence may be.
    static let absenceSentenceReach = 2

    /// Years of absence between years the text writes.
    static let absenceExamples: [RuleExample] = [
        RuleExample("The rally was run from 2004 to 2006. After a ⟦7-year hiatus, it came back in 2015⟧.", language: .en),
        RuleExample("The rally was run from 2004 to 2006. After a 9-year hiatus, it came back in 2015.", language: .en),
        RuleExample("The rally was run from 2004 to 2006. After an 8-year break, it came back in 2015.", language: .en),
        RuleExample(
            "Organisée jusqu’en ⟦2012, la fête revient en 2019 après cinq ans⟧ d’absence.", language: .fr),
        RuleExample("Organisée jusqu’en 2012, la fête revient en 2019 après sept ans d’absence.", language: .fr),
        RuleExample("After a 7-year hiatus, the rally came back in 2015.", language: .en),
    ]

    /// The finding for years of absence that the years written around them contradict.
    func absenceFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        guard Self.isAbsence(duration, check: check) else { return nil }
        let index = check.document.sentenceIndex(of: duration.span.start)
        let sentence = check.document.sentences[index]
        let after = Span(start: duration.span.end, end: sentence.span.end)
        let before = Span(start: sentence.span.start, end: duration.span.start)
        let back: (mention: Mention, year: Int)
        let last: (mention: Mention, year: Int)
        if let following = check.mentions(check.dates, in: after).lazy.compactMap(Self.yearOf).first {
            guard let earlier = Self.latestYear(in: before, check: check) ?? Self.latestYear(before: index, check: check)
            else { return nil }
            (back, last) = (following, earlier)
        } else {
            // « Organisée jusqu’en 2012, la fête revient en 2019 après … »: both years before.
            let written = check.mentions(check.dates, in: before).compactMap(Self.yearOf)
            guard let latest = written.last,
                let earlier = written.dropLast().filter({ $0.year < latest.year }).max(by: { $0.year < $1.year })
            else { return nil }
            (back, last) = (latest, earlier)
        }
        let years = back.year - last.year
        guard years >= 2, ![years - 1, years].contains(stated) else { return nil }
        var span = duration.span.union(back.mention.span)
        if last.mention.span.start >= sentence.span.start { span = span.union(last.mention.span) }
        return check.finding(
            descriptor, at: span,
            message: check.wording.elapsedYears(quoted: duration.text, between: last.year, and: back.year, years: years),
            evidence: [Evidence(statement: "“\(last.mention.text)” to “\(back.mention.text)” is \(years) years")])
    }

    /// Whether the years are an absence: "a 9-year hiatus", "after nine years away", « après
    /// sept ans d’absence », « une absence de sept ans ».
    private static func isAbsence(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let next = check.word(range.upperBound)
        if DurationContext.isCompound(duration) { return absenceNouns.contains(next) }
        if ["de", "d'", "of"].contains(next), check.word(range.upperBound + 1) == "absence" { return true }
        if ["after", "apres"].contains(check.word(range.lowerBound - 1)), awayWords.contains(next) { return true }
        return check.word(range.lowerBound - 1) == "de" && check.word(range.lowerBound - 2) == "absence"
    }

    /// A year written in a date or at either end of a range of years.
    private static func yearOf(_ mention: Mention) -> (mention: Mention, year: Int)? {
        guard case .date(let date, _) = mention.value, let year = date.year else { return nil }
        return (mention, year)
    }

    /// The latest year written in `span`, in dates or ranges.
    private static func latestYear(in span: Span, check: DateCheck) -> (mention: Mention, year: Int)? {
        var years = check.mentions(check.dates, in: span).compactMap(yearOf)
        for mention in check.mentions(check.ranges, in: span) {
            if case .dateRange(_, let end, _, _) = mention.value, let year = end.year { years.append((mention, year)) }
        }
        return years.max { $0.year < $1.year }
    }

    /// The latest year of the nearest sentence before sentence `index` that writes years, within
    /// ``absenceSentenceReach``, in the same paragraph.
    private static func latestYear(before index: Int, check: DateCheck) -> (mention: Mention, year: Int)? {
        let document = check.document
        let paragraph = document.paragraphIndex(of: document.sentences[index].span.start)
        for previous in stride(from: index - 1, through: max(0, index - absenceSentenceReach), by: -1) {
            guard document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph else { return nil }
            if let latest = latestYear(in: document.sentences[previous].span, check: check) { return latest }
        }
        return nil
    }
}
