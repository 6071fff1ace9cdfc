import FactDeskKit

/// A length in years against two months with their years that bound it right after: "a
/// two-year fund drive between May 2019 and May 2020", « une collecte de deux ans, de mai 2019
/// à mai 2020 ». Years are loose: the length holds when it is within half a year of the months
/// between the two, both counted or not (a "two-year" stretch from January 2019 to June 2020 is fine).
extension RangeDurationMismatchRule {
    /// Words that open the first month, folded.
    static let monthYearOpeners: Set<String> = ["between", "from", "entre", "de", "d'"]
    /// Words that join the two months, folded.
    static let monthYearLinks: Set<String> = ["and", "to", "until", "through", "et", "a", "jusqu'a", "jusqu'en"]
    /// How many words may name what an English compound length ("two-year") describes before the opener.
    static let monthYearNounReach = 3
    /// How many months over or under the stated years still agree with them.
    static let monthYearSlack = 6

    /// The finding for years that the months bounding them cannot make.
    func monthYearsFinding(_ duration: Mention, stated: Int, check: DateCheck) -> Finding? {
        guard let (first, last) = Self.boundingMonths(after: duration, check: check),
            case .date(let start, _) = first.value, case .date(let end, _) = last.value,
            let startYear = start.year, let startMonth = start.month, start.day == nil,
            let endYear = end.year, let endMonth = end.month, end.day == nil
        else { return nil }
        let months = (endYear - startYear) * 12 + endMonth - startMonth
        // Both months may count whole: May 2019 to May 2020 is 12 to 13 months.
        let claimed = stated * 12
        guard months >= 1, claimed < months - Self.monthYearSlack || claimed > months + 1 + Self.monthYearSlack
        else { return nil }
        let range = first.span.union(last.span)
        return check.finding(
            descriptor, at: duration.span.union(range),
            message: check.wording.monthsApart(quoted: duration.text, first: first.text, last: last.text, months: months),
            evidence: [Evidence(statement: "\(first.text) to \(last.text) is \(months) months")])
    }

    /// The two months with their years right after the length: after an English compound and
    /// up to ``monthYearNounReach`` words ("a two-year fund drive between May 2019 and May
    /// 2020"), or after a French length and a comma (« de deux ans, de mai 2019 à mai 2020 »).
    private static func boundingMonths(after duration: Mention, check: DateCheck) -> (Mention, Mention)? {
        let sentence = check.sentence(of: duration).tokens
        let end = check.document.tokenRange(of: duration.span).upperBound
        var opener = end
        if check.document.language == .en {
            guard duration.text.contains("-") else { return nil }
            while opener < min(sentence.upperBound, end + monthYearNounReach), check.tokens[opener].kind == .word,
                !monthYearOpeners.contains(check.word(opener))
            {
                opener += 1
            }
        } else if opener < sentence.upperBound, check.tokens[opener].text == "," {
            opener += 1
        }
        guard opener + 1 < sentence.upperBound, monthYearOpeners.contains(check.word(opener)),
            let first = date(startingAt: opener + 1, check: check)
        else { return nil }
        let link = check.document.tokenRange(of: first.span).upperBound
        guard link + 1 < sentence.upperBound, monthYearLinks.contains(check.word(link)),
            let last = date(startingAt: link + 1, check: check)
        else { return nil }
        return (first, last)
    }

    /// The date mention that starts at token `index`, by binary search.
    private static func date(startingAt index: Int, check: DateCheck) -> Mention? {
        let start = check.tokens[index].span.start
        let found = check.dates.partitionPoint { $0.span.start >= start }
        return found < check.dates.count && check.dates[found].span.start == start ? check.dates[found] : nil
    }
}

extension DateWording {
    /// "“two-year”: from “May 2019” to “May 2020” is 12 months."
    func monthsApart(quoted words: String, first: String, last: String, months: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "de \(quoted(first)) à \(quoted(last)), il y a \(months) mois."
            : quoted(words) + colon + "from \(quoted(first)) to \(quoted(last)) is \(months) months."
    }
}
