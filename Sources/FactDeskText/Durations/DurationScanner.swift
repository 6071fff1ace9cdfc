import FactDeskKit
import Foundation

/// A duration found in the tokens.
struct DurationMatch {
    var amount: Decimal
    var unit: Mention.DurationUnit
    var tokens: Range<Int>
}

/// Finds durations: an amount in digits or words, then a unit of time ("quatre jours",
/// "pendant 3 semaines", "cinq prochaines années", "for five days"), or an English compound
/// ("a four-day meeting", "a 4-day meeting").
struct DurationScanner {
    let tokens: [Token]
    let keys: WordKeys
    let digits: DigitNumberReader

    init(document: Document, keys: WordKeys) {
        self.tokens = document.tokens
        self.keys = keys
        self.digits = DigitNumberReader(tokens: document.tokens, text: document.normalized, language: document.language)
    }

    /// Every duration, in text order.
    func matches() -> [DurationMatch] {
        var matches: [DurationMatch] = []
        var index = 0
        while index < tokens.count {
            if let match = match(at: index), !isTimeOfDayOrName(match) {
                matches.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    private func match(at index: Int) -> DurationMatch? {
        switch tokens[index].kind {
        case .number:
            guard let number = digits.extent(at: index) else { return nil }
            // "4-day"
            if isAttached(number.upperBound), tokens[number.upperBound].text == "-",
                isAttached(number.upperBound + 1), let unit = unit(number.upperBound + 1)
            {
                return DurationMatch(
                    amount: digits.value(of: number), unit: unit, tokens: index..<number.upperBound + 2)
            }
            guard let unit = unit(after: number.upperBound), !isCentury(unit.next - 1) else { return nil }
            return DurationMatch(
                amount: digits.value(of: number) * multiple(unit.next - 1), unit: unit.unit, tokens: index..<unit.next)
        case .word:
            if let compound = compound(at: index) { return compound }
            let key = keys[index]
            if key == DurationLexicon.half { return halfSpan(at: index) }
            if let key, DurationLexicon.quarters.contains(key) { return quarterSpan(at: index) }
            let isArticle = key.map(DurationLexicon.articles.contains) ?? false
            if let key, !isArticle, NumberWordsLexicon.atoms[key] == nil { return nil }
            if let (reading, count) = NumberWords.read(tokens[index...], key: { keys[$0] }), !(isArticle && count == 1)
            {
                guard !reading.isOrdinal, let unit = unit(after: index + count),
                    !isCentury(unit.next - 1) || isTiedToYear(index..<unit.next)
                else { return nil }
                return DurationMatch(
                    amount: Decimal(reading.value) * multiple(unit.next - 1), unit: unit.unit, tokens: index..<unit.next)
            }
            // "nearly a quarter of a century": no century.
            guard isArticle, let unit = unit(after: index + 1), !isQuarterOf(index) else { return nil }
            // "pendant un an", "for a year"; "a century after", « une décennie après », tied to a year;
            // "a fortnight of music", « une semaine de festival », a length of what it holds.
            let isRound = multiple(unit.next - 1) > 1
            let tied = isRound && !isApproximate(index) && isTiedToYear(index..<unit.next)
            let holds = [.week, .month].contains(unit.unit) && unit.next == index + 2 && isOf(unit.next)
            guard isCentury(unit.next - 1) ? tied : followsPreposition(index) || tied || holds else { return nil }
            return DurationMatch(amount: multiple(unit.next - 1), unit: unit.unit, tokens: index..<unit.next)
        case .punctuation, .symbol:
            return nil
        }
    }

    /// "four-day", "twenty-five-year": number words and a unit in one hyphenated word; "week-long",
    /// "day-long", "weeklong", "monthlong": one unit.
    private func compound(at index: Int) -> DurationMatch? {
        if let key = keys[index], let unit = DurationLexicon.solidLong[key] {
            return DurationMatch(amount: 1, unit: unit, tokens: index..<index + 1)
        }
        guard keys[index] == nil else { return nil }
        let scalars = tokens[index].text.unicodeScalars
        guard let hyphen = scalars.lastIndex(where: NumberWords.isHyphen) else { return nil }
        if Folding.key(scalars[scalars.index(after: hyphen)...]) == DurationLexicon.long,
            let unitKey = Folding.key(scalars[..<hyphen]), let unit = DurationLexicon.units[unitKey]
        {
            return DurationMatch(amount: DurationLexicon.multiples[unitKey] ?? 1, unit: unit, tokens: index..<index + 1)
        }
        if [DurationLexicon.demi, DurationLexicon.half].contains(Folding.key(scalars[..<hyphen])) {
            return halfSpan(at: index)
        }
        guard let unitKey = Folding.key(scalars[scalars.index(after: hyphen)...]),
            let unit = DurationLexicon.units[unitKey],
            let reading = NumberWords.read(String(scalars[..<hyphen])), !reading.isOrdinal
        else { return nil }
        return DurationMatch(
            amount: Decimal(reading.value) * (DurationLexicon.multiples[unitKey] ?? 1), unit: unit, tokens: index..<index + 1)
    }

    /// The unit at `index`, or after one adjective; and the index after it.
    private func unit(after index: Int) -> (unit: Mention.DurationUnit, next: Int)? {
        if let unit = unit(index) { return (unit, index + 1) }
        guard let key = keys[index], DurationLexicon.adjectives.contains(key), let unit = unit(index + 1) else {
            return nil
        }
        return (unit, index + 2)
    }

    private func unit(_ index: Int) -> Mention.DurationUnit? {
        keys[index].flatMap { DurationLexicon.units[$0] }
    }

    /// How many of its unit the unit word at `index` is worth: 10 for "décennies", else 1.
    private func multiple(_ index: Int) -> Decimal {
        keys[index].flatMap { DurationLexicon.multiples[$0] } ?? 1
    }

    /// Whether hours are a time of day ("à 16 heures", "de 9 heures à 17 heures", "16 heures
    /// 30", « le journal de 20 heures », « le 20 heures ») or a name ("les 24 Heures du Mans"), not a length.
    private func isTimeOfDayOrName(_ match: DurationMatch) -> Bool {
        guard match.unit == .hour else { return false }
        let first = match.tokens.lowerBound
        let last = match.tokens.upperBound - 1
        let unitWord = tokens[last].text
        if first > 0, DurationLexicon.clockLeads.contains(tokens[first - 1].text.lowercased()) { return true }
        // « le 20 heures de France 2 », « au 13 heures »
        if first > 0, DurationLexicon.newscastArticles.contains(tokens[first - 1].text.lowercased()) { return true }
        // « le journal de 20 heures »
        if first > 1, tokens[first - 1].text.lowercased() == "de",
            DurationLexicon.broadcastNouns.contains(tokens[first - 2].text.lowercased())
        {
            return true
        }
        if unitWord.first?.isUppercase == true, first > 0 { return true }
        let next = match.tokens.upperBound
        if next < tokens.count, tokens[next].kind == .number { return true }
        // "de 9 heures à 17 heures", "from 9 hours to 17".
        return next + 1 < tokens.count && ["à", "to", "-", "–"].contains(tokens[next].text.lowercased())
            && tokens[next + 1].kind == .number
    }

    private func isCentury(_ index: Int) -> Bool {
        keys[index].map(DurationLexicon.centuries.contains) ?? false
    }

    /// "half a century after", "half a decade ago", « un demi-siècle après »: half a round span
    /// (``DurationLexicon/multiples``), tied to a year and not approximate; the match takes in
    /// the article before « demi-siècle ».
    private func halfSpan(at index: Int) -> DurationMatch? {
        let unitIndex: Int
        var first = index
        if keys[index] == DurationLexicon.half {
            guard keys[index + 1].map(DurationLexicon.articles.contains) == true else { return nil }
            unitIndex = index + 2
        } else {
            let scalars = tokens[index].text.unicodeScalars
            guard let hyphen = scalars.lastIndex(where: NumberWords.isHyphen),
                let unitKey = Folding.key(scalars[scalars.index(after: hyphen)...]),
                let halved = DurationLexicon.multiples[unitKey], let unit = DurationLexicon.units[unitKey]
            else { return nil }
            if keys[index - 1].map(DurationLexicon.articles.contains) == true { first = index - 1 }
            guard !isApproximate(first), isTiedToYear(first..<index + 1) else { return nil }
            return DurationMatch(amount: halved / 2, unit: unit, tokens: first..<index + 1)
        }
        guard let unit = unit(unitIndex), multiple(unitIndex) > 1, !isApproximate(first),
            isTiedToYear(first..<unitIndex + 1)
        else { return nil }
        return DurationMatch(amount: multiple(unitIndex) / 2, unit: unit, tokens: first..<unitIndex + 1)
    }

    /// "a quarter of a century after", « un quart de siècle après »: a quarter of a round span
    /// (``DurationLexicon/multiples``), tied to a year and not approximate; the match takes in
    /// the article before "quarter".
    private func quarterSpan(at index: Int) -> DurationMatch? {
        guard isOf(index + 1) else { return nil }
        var unitIndex = index + 2
        if keys[unitIndex].map(DurationLexicon.articles.contains) == true { unitIndex += 1 }
        let first = index > 0 && keys[index - 1].map(DurationLexicon.articles.contains) == true ? index - 1 : index
        guard unitIndex < tokens.count, let unit = unit(unitIndex), multiple(unitIndex) > 1, !isApproximate(first),
            isTiedToYear(first..<unitIndex + 1)
        else { return nil }
        return DurationMatch(amount: multiple(unitIndex) / 4, unit: unit, tokens: first..<unitIndex + 1)
    }

    /// Whether the article at `index` follows "quarter of" (« quart de »): the span is a quarter's.
    private func isQuarterOf(_ index: Int) -> Bool {
        index >= 2 && isOf(index - 1) && keys[index - 2].map(DurationLexicon.quarters.contains) == true
    }

    /// Whether a round span is tied to a year: a word of ``DurationLexicon/roundSpanFollowers``
    /// right after it ("a century after", "a decade ago"), a verb of celebration
    /// (``DurationLexicon/roundSpanLeads``: "marks a century") or « il y a » right before it.
    private func isTiedToYear(_ span: Range<Int>) -> Bool {
        if keys[span.upperBound].map(DurationLexicon.roundSpanFollowers.contains) == true { return true }
        if keys[span.lowerBound - 1].map(DurationLexicon.roundSpanLeads.contains) == true { return true }
        let before = (1...3).map { span.lowerBound - $0 >= 0 ? tokens[span.lowerBound - $0].text.lowercased() : "" }
        return before == ["a", "y", "il"]
    }

    /// Whether the word before a round span makes it approximate: "nearly a century", « plus
    /// d’un siècle ».
    private func isApproximate(_ first: Int) -> Bool {
        first > 0 && DurationLexicon.approximators.contains(tokens[first - 1].text.lowercased())
    }

    /// Whether the word at `index` is "of", « de » or « d’ ».
    private func isOf(_ index: Int) -> Bool {
        index < tokens.count && ["of", "de", "d’", "d'"].contains(tokens[index].text.lowercased())
    }

    private func followsPreposition(_ index: Int) -> Bool {
        keys[index - 1].map(DurationLexicon.prepositions.contains) ?? false
    }

    private func isAttached(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsSpace
    }
}
