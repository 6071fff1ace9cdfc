import FactDeskKit

/// Dates written with digits only, months with a year, and years.
extension DateScanner {
    /// ISO 8601: "2025-11-24", with every part attached.
    func isoDate(at index: Int) -> DateMatch? {
        guard let year = words.year(index),
            let month = attachedNumber(after: index, separator: "-", digits: 2),
            let day = attachedNumber(after: index + 2, separator: "-", digits: 2),
            (1...12).contains(month), (1...31).contains(day), !words.continuesCode(index + 5)
        else { return nil }
        return DateMatch(
            expression: .date(PartialDate(year: year, month: month, day: day), weekday: nil),
            tokens: index..<index + 5)
    }

    /// "24/11/2025" or "24.11.2025". French reads day first; English reads day first only when
    /// the first number is above 12, and month first otherwise ("11/24/2025", and the US
    /// reading of the ambiguous "03/04/2025"). A mistyped day up to 39 is read ("32/07/2024").
    func slashDate(at index: Int) -> DateMatch? {
        guard let (first, firstDigits) = words.number(index), firstDigits <= 2 else { return nil }
        for separator: Unicode.Scalar in ["/", "."] {
            guard let second = attachedNumber(after: index, separator: separator, digits: 1...2),
                words.isAttached(index + 3), words.isPunctuation(index + 3, separator),
                words.isAttached(index + 4), let year = words.year(index + 4),
                !words.continuesCode(index + 5)
            else { continue }
            let dayFirst = language == .fr || first > 12
            let (day, month) = dayFirst ? (first, second) : (second, first)
            guard (1...DateTokens.highestMistypedDay).contains(day), (1...12).contains(month) else { return nil }
            return DateMatch(
                expression: .date(PartialDate(year: year, month: month, day: day), weekday: nil),
                tokens: index..<index + 5)
        }
        return nil
    }

    /// The number two tokens after `index`, when an attached `separator` and an attached number
    /// of the given length follow.
    private func attachedNumber(after index: Int, separator: Unicode.Scalar, digits: ClosedRange<Int>) -> Int? {
        guard words.isAttached(index + 1), words.isPunctuation(index + 1, separator),
            words.isAttached(index + 2), let (value, count) = words.number(index + 2),
            digits.contains(count)
        else { return nil }
        return value
    }

    private func attachedNumber(after index: Int, separator: Unicode.Scalar, digits: Int) -> Int? {
        attachedNumber(after: index, separator: separator, digits: digits...digits)
    }

    /// A month and its year: "novembre 2025", "Nov. 2025".
    func monthYear(at index: Int) -> DateMatch? {
        guard let month = words.month(index), let year = words.year(month.next),
            !words.continuesCode(month.next + 1)
        else { return nil }
        return DateMatch(
            expression: .date(PartialDate(year: year, month: month.month), weekday: nil),
            tokens: index..<month.next + 1)
    }

    /// A range of years: "2015-2020", "2015 – 2020", "de 2015 à 2020", "from 2015 to 2020",
    /// "entre 2015 et 2020", "between 2015 and 2020". The second year must be later.
    func yearRange(at index: Int) -> DateMatch? {
        guard let start = words.year(index) else { return nil }
        var endIndex = index + 1
        var mentionStart = index
        if words.isPunctuation(endIndex, DateLexicon.rangeDashes) {
            endIndex += 1
        } else if let lead = words.connector(index - 1), let separator = words.connector(endIndex),
            DateLexicon.yearRangeWords[lead] == separator
        {
            endIndex += 1
            mentionStart = index - 1
        } else {
            return nil
        }
        guard let end = words.year(endIndex), end > start, !words.continuesCode(endIndex + 1) else {
            return nil
        }
        return DateMatch(
            expression: .range(PartialDate(year: start), PartialDate(year: end), startWeekday: nil, endWeekday: nil),
            tokens: mentionStart..<endIndex + 1)
    }

    /// A year alone after a word that introduces one: "en 2015", "depuis 2021", "in 2015".
    func yearAlone(at index: Int) -> DateMatch? {
        guard let year = words.year(index), index > 0, words.tokens[index - 1].kind == .word,
            DateLexicon.yearLeadWords.contains(words.tokens[index - 1].text.lowercased()),
            !words.continuesCode(index + 1), !isFollowedByPercent(index)
        else { return nil }
        return DateMatch(expression: .date(PartialDate(year: year), weekday: nil), tokens: index..<index + 1)
    }

    private func isFollowedByPercent(_ index: Int) -> Bool {
        index + 1 < words.count && words.tokens[index + 1].text == "%"
    }
}
