import FactDeskKit

/// An ordinal of times followed by the earlier times it counts: "the third time the city hosts
/// the fair, after Lakeport 1998 and Hillview in 2009", « la troisième fois que le pays accueille
/// la coupe, après Port-Lac en 1998 et Colline en 2009 ». The times listed after "after",
/// "following", « après » are the ones before, so the ordinal is one more than them.
///
/// Each time listed is a name of at most three words and its year ("Lakeport 1998", "southern
/// Hillview in 2009") or its year alone; the list names two times or more and ends its sentence
/// or clause. A list with a word of example ("among others", « notamment ») or with anything
/// after a year but a separator is left alone.
struct TimesAfterList {
    let check: NumberCheck

    /// A count of times and the times listed after it that do not make it.
    struct Mismatch {
        /// From the ordinal to the last year listed.
        var span: Span
        var ordinal: Mention
        var listed: Int
    }

    /// Nouns of times after the ordinal, folded.
    static let timeNouns: Set<String> = ["time", "fois"]
    /// Words that bring in the earlier times, folded.
    static let openers: Set<String> = ["after", "following", "apres"]
    /// Words between the year and the name of a time listed, folded: "Hillview in 2009".
    static let yearPrepositions: Set<String> = ["in", "en", "a"]
    /// Words that join the times listed, folded.
    static let joiners: Set<String> = ["and", "et", "then", "puis"]
    /// Words that make a list some of the times, folded.
    static let partialWords: Set<String> = ["among", "including", "notamment", "dont", "like", "such", "comme", "parmi"]
    /// How many tokens the opener may stand after the noun of times.
    static let openerReach = 16
    /// How many words a time listed may hold before its year.
    static let itemWords = 3
    /// How many times a list must name: one time after "after" may be the last one only ("for
    /// the fifth time, after 2019").
    static let fewestTimes = 2

    private var tokens: [Token] { check.document.tokens }

    /// Whether the words before a year name a time: none, a preposition alone ("in 2019"), or
    /// words ending with a capitalised one and a preposition perhaps ("Hillview", "southern
    /// Hillview in"), not « sa victoire de ».
    private func isNamed(_ words: Range<Int>) -> Bool {
        guard var last = words.last else { return true }
        if check.folded.isWord(last, in: Self.yearPrepositions) {
            if last == words.lowerBound { return true }
            last -= 1
        }
        return last >= words.lowerBound && Fold.isCapitalised(tokens[last].text)
    }

    /// Whether a token is a year written in four digits, from 1800 to 2099.
    static func isYear(_ token: Token) -> Bool {
        let text = token.text
        return token.kind == .number && text.count == 4 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber)
            && (text.hasPrefix("18") || text.hasPrefix("19") || text.hasPrefix("20"))
    }

    /// The ordinals of times that the times listed after them contradict, in text order.
    func mismatches() -> [Mismatch] {
        check.ordinals.compactMap { ordinal -> Mismatch? in
            guard case .ordinal(let number) = ordinal.value, number >= 2 else { return nil }
            let range = check.document.tokenRange(of: ordinal.span)
            guard !range.isEmpty, check.folded.isWord(range.upperBound, in: Self.timeNouns) else { return nil }
            let sentence = check.document.sentences[check.document.sentenceIndex(of: ordinal.span.start)].tokens
            let limit = min(sentence.upperBound, range.upperBound + Self.openerReach)
            guard
                let opener = (range.upperBound + 1..<limit).first(where: { check.folded.isWord($0, in: Self.openers) }),
                let (listed, end) = times(from: opener + 1, in: sentence), listed + 1 != number
            else { return nil }
            return Mismatch(span: ordinal.span.union(tokens[end - 1].span), ordinal: ordinal, listed: listed)
        }
    }

    /// How many times are listed from token `start`, and the token after the last year; nil
    /// unless every element is a few words and a year, joined by commas and a last "and".
    func times(from start: Int, in sentence: Range<Int>) -> (Int, Int)? {
        var cursor = start
        var count = 0
        var isClosed = false
        while true {
            // A name of a few words, a preposition perhaps, then the year; or the year alone.
            let first = cursor
            while cursor < sentence.upperBound, tokens[cursor].kind == .word, cursor - first <= Self.itemWords {
                guard !check.folded.isWord(cursor, in: Self.partialWords), !check.folded.isWord(cursor, in: Self.joiners)
                else { return nil }
                cursor += 1
            }
            guard cursor - first <= Self.itemWords, cursor < sentence.upperBound, Self.isYear(tokens[cursor]),
                isNamed(first..<cursor)
            else { return nil }
            count += 1
            cursor += 1
            // The list ends with its sentence or a clause; it goes on after a comma or "and".
            if cursor == sentence.upperBound || (tokens[cursor].kind == .punctuation && tokens[cursor].text != ",") {
                return count >= Self.fewestTimes ? (count, cursor) : nil
            }
            // "…, Hillview 2009 and Dunmore 2016, the board said": a comma after the last one ends it too.
            if tokens[cursor].text == "," {
                if isClosed { return count >= Self.fewestTimes ? (count, cursor) : nil }
                cursor += 1
            }
            if check.folded.isWord(cursor, in: Self.joiners) {
                isClosed = true
                cursor += 1
            } else if tokens[cursor - 1].text != "," {
                return nil
            }
        }
    }
}
