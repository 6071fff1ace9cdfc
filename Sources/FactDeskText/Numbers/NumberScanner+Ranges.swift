import FactDeskKit
import Foundation

/// Ranges of numbers ("entre 150 et 200", "between 3 and 4 billion", "150–200", "150 à 200")
/// and the words that bound a number ("plus de", "about").
extension NumberScanner {
    /// The range that `first` opens, if the text continues it into one.
    ///
    /// The second number must be larger. A scale or currency written only after the second
    /// number applies to both ("entre 1,5 et 2 millions"). "de 150 à 200" after a verb of change
    /// ("est passé de 150 à 200") is a change, not a range, and is left alone; percentages and
    /// ordinals make no ranges.
    func range(from first: NumberMatch) -> NumberMatch? {
        guard case .number(let low) = first.value else { return nil }
        let connector = first.tokens.upperBound
        guard isOnSameLine(connector), isOnSameLine(connector + 1) else { return nil }
        var start = first.tokens.lowerBound
        if let opener = keys[start - 1], let closer = keys[connector], NumberWordsLexicon.rangeOpeners[opener] == closer
        {
            start -= 1  // "entre … et", "between … and"
        } else if isDash(connector) {
            guard tokens[connector].followsSpace == tokens[connector + 1].followsSpace else { return nil }
        } else if isRangeWord(connector) {
            guard !isChange(before: first.tokens.lowerBound) else { return nil }
        } else {
            return nil
        }
        guard !claimed[connector], let second = quantity(at: connector + 1), case .number(let high) = second.value,
            second.bound == nil
        else { return nil }
        var lowValue = low
        if first.scale == nil, let scale = second.scale, low * scale < high { lowValue = low * scale }
        guard lowValue < high else { return nil }
        var range = NumberMatch(value: .range(low: lowValue, high: high), tokens: start..<second.tokens.upperBound)
        range.unit = first.unit ?? second.unit
        return range
    }

    /// The bound written just before a match ("plus de", "environ", "up to", "~"), never reaching
    /// back to `floor` (the end of the previous match).
    func bound(before match: NumberMatch, floor: Int) -> (relation: NumberBound.Relation, tokens: Range<Int>)? {
        let last = match.tokens.lowerBound - 1
        guard last >= floor, !tokens[match.tokens.lowerBound].followsLineBreak else { return nil }
        if let relation = NumberBoundLexicon.symbol(tokens[last].mark) { return (relation, last..<last + 1) }
        guard let key = keys[last], let phrases = NumberBoundLexicon.phrasesByLastWord[key] else { return nil }
        phrases: for phrase in phrases {
            let first = last + 1 - phrase.words.count
            guard first >= floor else { continue }
            for (offset, word) in phrase.words.enumerated() where keys[first + offset] != word {
                continue phrases
            }
            if (first + 1...last + 1).contains(where: { tokens[$0].followsLineBreak }) { continue }
            return (phrase.relation, first..<last + 1)
        }
        return nil
    }

    /// "à" in French, "to" in English: "150 à 200 participants".
    private func isRangeWord(_ index: Int) -> Bool {
        switch language {
        case .fr: tokens[index].text.utf8.elementsEqual("à".utf8)
        case .en: keys[index] == NumberWordsLexicon.to
        }
    }

    /// "-", "–", "—" between two numbers.
    private func isDash(_ index: Int) -> Bool {
        switch tokens[index].mark {
        case "-", "–", "—", "‒": true
        default: false
        }
    }

    /// Whether "de"/"from" before `index` follows a verb of change ("passé de", "rose from").
    private func isChange(before index: Int) -> Bool {
        guard let from = keys[index - 1], NumberWordsLexicon.changeOpeners.contains(from) else { return false }
        guard let verb = keys[index - 2] else { return false }
        return NumberWordsLexicon.changeVerbs.contains(verb)
    }
}
