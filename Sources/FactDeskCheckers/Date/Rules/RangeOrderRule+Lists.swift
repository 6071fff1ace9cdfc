import FactDeskKit

/// Ranges the extractor leaves in pieces: days listed after their month that go backwards
/// ("September 10th and 9th", "July 12 and 11"), and two years joined by a dash that go
/// backwards ("(2024-2014)").
extension RangeOrderRule {
    /// Words that may follow the last day of a list after its month, folded: "July 12 and 11 in
    /// Vilnius"; anything else ("July 12 and 11 countries") makes the number a count.
    static let afterListedDay: Set<String> = ["in", "at", "on", "for", "with", "from", "to", "when", "where"]
    /// Dashes between two years.
    static let yearDashes: Set<String> = ["-", "–", "—"]

    /// "September 10th and 9th": a date with its month first, then "and" and a smaller day alone.
    func monthFirstListFindings(_ check: DateCheck) -> [Finding] {
        check.dates.compactMap { mention -> Finding? in
            guard case .date(let date, _) = mention.value, let day = date.day, date.month != nil else { return nil }
            let tokens = check.document.tokenRange(of: mention.span)
            // The month comes first and the day ends the date: no year written after it.
            guard Self.dayNumber(check.tokens[tokens.upperBound - 1].text) != nil,
                ["and", "&"].contains(check.tokens[safe: tokens.upperBound]?.text.lowercased() ?? ""),
                let next = check.tokens[safe: tokens.upperBound + 1], let (value, ordinal) = Self.dayNumber(next.text),
                value < day, Self.endsList(at: tokens.upperBound + 1, ordinal: ordinal, check: check)
            else { return nil }
            let span = mention.span.union(next.span)
            let end = PartialDate(year: date.year, month: date.month, day: value)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: date, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(date)")])
        }
    }

    /// "(2024-2014)": two years joined by a dash, the second before the first.
    func yearPairFindings(_ check: DateCheck) -> [Finding] {
        let tokens = check.tokens
        var findings: [Finding] = []
        for index in tokens.indices.dropLast(2) {
            guard let start = Self.year(tokens[index].text), Self.yearDashes.contains(tokens[index + 1].text),
                let end = Self.year(tokens[index + 2].text), end < start,
                !Self.continuesCode(before: index, after: index + 3, check: check)
            else { continue }
            findings.append(
                yearPairFinding(from: tokens[index].span.union(tokens[index + 2].span), start: start, end: end, check: check))
        }
        return findings
    }

    /// The finding for two years at `span` whose second, `end`, comes before the first, `start`.
    func yearPairFinding(from span: Span, start: Int, end: Int, check: DateCheck) -> Finding {
        check.finding(
            descriptor, at: span,
            message: check.wording.rangeOrder(
                quoted: check.document.text(in: span), start: PartialDate(year: start), end: PartialDate(year: end)),
            evidence: [Evidence(statement: "\(end) comes before \(start)")])
    }

    /// The day a token gives ("9", "9th"), and whether it is written as an ordinal.
    static func dayNumber(_ text: String) -> (Int, Bool)? {
        let digits = text.prefix { $0.isNumber }
        let suffix = text.dropFirst(digits.count).lowercased()
        guard !digits.isEmpty, digits.count <= 2, let value = Int(digits), (1...31).contains(value),
            ["", "th", "st", "nd", "rd"].contains(suffix)
        else { return nil }
        return (value, !suffix.isEmpty)
    }

    /// Whether the day alone at `index` ends the list: an ordinal, or a number before a
    /// punctuation mark, the end of the text or a preposition ("July 12 and 11 in Vilnius").
    static func endsList(at index: Int, ordinal: Bool, check: DateCheck) -> Bool {
        if ordinal { return true }
        guard let next = check.tokens[safe: index + 1] else { return true }
        return next.kind == .punctuation || afterListedDay.contains(check.word(index + 1))
    }

    /// A year of four digits, from 1800 to 2100.
    static func year(_ text: String) -> Int? {
        guard text.utf8.count == 4, text.allSatisfy(\.isNumber), let value = Int(text), (1800...2100).contains(value)
        else { return nil }
        return value
    }

    /// Whether the pair is part of a longer code: a dash, a slash or a digit right before it or after it.
    static func continuesCode(before first: Int, after next: Int, check: DateCheck) -> Bool {
        let joiners: Set<String> = ["-", "–", "—", "/", ".", ":"]
        if first > 0, joiners.contains(check.tokens[first - 1].text) { return true }
        if let following = check.tokens[safe: next], joiners.contains(following.text),
            check.tokens[safe: next + 1]?.text.first?.isNumber == true
        {
            return true
        }
        return false
    }
}
