import FactDeskKit

/// A weekday in an English draft followed, in parentheses, by a day and a month in digits that
/// read either way round ("Saturday (5/8)": 5 August or 8 May), which the extractor leaves alone.
/// Each reading is put in the year that brings it nearest the publication date; when neither
/// falls on the weekday, the weekday is wrong whichever the writer meant. The finding names the
/// reading nearer the publication date, and the other in its evidence. A reading more than
/// ``eitherWayReach`` days from the publication date on both sides leaves the year unknown.
extension WeekdayMismatchRule {
    /// How many days from the publication date the nearer reading may fall.
    static let eitherWayReach = 60

    func eitherWayFindings(in check: DateCheck) -> [Finding] {
        guard check.document.language == .en, let published = check.published else { return [] }
        return check.weekdays.compactMap { mention -> Finding? in
            guard case .weekday(let written) = mention.value,
                let (first, second, closing) = Self.eitherWayDigits(
                    after: check.document.tokenRange(of: mention.span).upperBound, check: check)
            else { return nil }
            let readings = [(day: first, month: second), (day: second, month: first)].compactMap { reading in
                Self.nearest(month: reading.month, day: reading.day, to: published)
            }.sorted {
                abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch)
            }
            guard readings.count == 2, let nearer = readings.first,
                abs(nearer.daysSinceEpoch - published.daysSinceEpoch) <= Self.eitherWayReach,
                readings.allSatisfy({ $0.weekday != written })
            else { return nil }
            let span = mention.span.union(closing)
            let other = readings[1]
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [nearer],
                replacements: [check.wording.weekday(nearer.weekday)],
                evidence: [
                    Evidence(
                        statement: "read the other way round, \(other.isoDay) is a \(other.weekday.englishName)"),
                    Evidence(statement: "published \(published.isoDay); each reading in the year nearest it"),
                ])
        }
    }

    /// The two numbers of "(5/8)" right after token `index`, both of one or two digits and up to
    /// 12, glued to the slash, and the closing parenthesis.
    private static func eitherWayDigits(after index: Int, check: DateCheck) -> (Int, Int, Span)? {
        let tokens = check.tokens
        guard index + 4 < tokens.count, tokens[index].text == "(", tokens[index + 2].text == "/",
            tokens[index + 4].text == ")",
            (index + 1...index + 4).allSatisfy({ tokens[$0].span.start == tokens[$0 - 1].span.end }),
            tokens[index + 1].text.utf8.count <= 2, tokens[index + 3].text.utf8.count <= 2,
            let first = Int(tokens[index + 1].text), let second = Int(tokens[index + 3].text),
            (1...12).contains(first), (1...12).contains(second), first != second
        else { return nil }
        return (first, second, tokens[index + 4].span)
    }

    /// The day of `month` and `day` nearest `published`: in its year, the year before or the year after.
    private static func nearest(month: Int, day: Int, to published: CalendarDate) -> CalendarDate? {
        (published.year - 1...published.year + 1).compactMap { CalendarDate(year: $0, month: month, day: day) }
            .min {
                abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch)
            }
    }
}
