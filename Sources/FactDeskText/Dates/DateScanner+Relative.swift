import FactDeskKit

/// Dates told from the publication date: "hier", "avant-hier", "demain", "lundi prochain", "ce
/// lundi", "la semaine dernière", "l’an prochain", "cette année", "yesterday", "the day after
/// tomorrow", "next Monday", "last week", "this year".
extension DateScanner {
    /// The relative date that starts at word `index` (or at the article before it), if any.
    func relative(at index: Int) -> DateMatch? {
        guard let key = words.key(index) else {
            guard
                words.tokens[index].text.utf8.contains(UInt8(ascii: "-"))
                    || !words.tokens[index].text.utf8.allSatisfy({ $0 < 0x80 }),
                let pair = RelativeLexicon.PairKey(words.tokens[index].text),
                let offset = RelativeLexicon.hyphenatedDays[pair]
            else { return nil }
            return DateMatch(expression: .relative(.days(offset)), tokens: index..<index + 1)
        }
        if let offset = RelativeLexicon.days[key] {
            return DateMatch(expression: .relative(.days(offset)), tokens: index..<index + 1)
        }
        if language == .en { return englishRelative(at: index, key: key) }
        return frenchRelative(at: index, key: key)
    }

    /// "ce lundi", "cette semaine", "lundi prochain", "la semaine dernière", "l’an prochain".
    private func frenchRelative(at index: Int, key: UInt64) -> DateMatch? {
        if RelativeLexicon.frenchDemonstratives.contains(key) {
            return relative(offset: 0, after: index)
        }
        guard let offset = words.key(index + 1).flatMap({ RelativeLexicon.frenchFollowers[$0] }) else { return nil }
        if let weekday = words.weekday(index) {
            return DateMatch(expression: .relative(.weekday(weekday, offset: offset)), tokens: index..<index + 2)
        }
        guard let period = RelativeLexicon.periods[key] else { return nil }
        let hasArticle = words.key(index - 1).map(RelativeLexicon.frenchArticles.contains) ?? false
        let start = hasArticle ? index - 1 : index
        return DateMatch(expression: .relative(period(offset)), tokens: start..<index + 2)
    }

    /// "next Monday", "last week", "this year", "the day after tomorrow"; not "the last week of
    /// November".
    private func englishRelative(at index: Int, key: UInt64) -> DateMatch? {
        let phrase = [key, words.key(index + 1) ?? 0, words.key(index + 2) ?? 0]
        if let offset = RelativeLexicon.englishDayPhrases[phrase] {
            return DateMatch(expression: .relative(.days(offset)), tokens: index..<index + 3)
        }
        guard let offset = RelativeLexicon.englishLeaders[key],
            !(words.key(index - 1).map(RelativeLexicon.englishArticles.contains) ?? false)
        else { return nil }
        return relative(offset: offset, after: index)
    }

    /// A weekday or a period after a leading word at `index` ("next", "ce"); a weekday that
    /// starts a date ("ce lundi 24 novembre") is left to the date.
    private func relative(offset: Int, after index: Int) -> DateMatch? {
        if let weekday = words.weekday(index + 1) {
            guard !startsDate(after: index + 1) else { return nil }
            return DateMatch(expression: .relative(.weekday(weekday, offset: offset)), tokens: index..<index + 2)
        }
        guard let period = words.key(index + 1).flatMap({ RelativeLexicon.periods[$0] }) else { return nil }
        return DateMatch(expression: .relative(period(offset)), tokens: index..<index + 2)
    }

    /// Whether a day or a month follows the weekday at `index`, with or without a comma.
    private func startsDate(after index: Int) -> Bool {
        let next = words.isPunctuation(index + 1, ",") ? index + 2 : index + 1
        return words.day(next) != nil || words.month(next) != nil
    }
}
