import FactDeskKit
import Foundation

/// Parts announced by "dont", "including", "among them" right after their whole, whatever they
/// count: « 1 832 blessés dont 1 220 grièvement », "7,200 dead, including 5,400 in Turkey", « 4 200
/// stands, dont « un tiers d’artisans, 1 500 brocanteurs » » (the first part with a number). A
/// part whose least value is above the whole's greatest is reported; a whole written as a lower
/// bound ("past 7,200") has no greatest value and is never exceeded.
struct IncludedParts {
    let check: NumberCheck

    /// Words that bring in a part of the number before them, folded.
    static let openers: Set<String> = ["dont", "including", "incl"]
    /// Two-word openers, folded.
    static let pairOpeners: [(String, String)] = [
        ("among", "them"), ("parmi", "eux"), ("parmi", "elles"), ("parmi", "lesquels"), ("parmi", "lesquelles"),
        ("of", "whom"), ("of", "which"),
    ]
    /// How many tokens may stand between the whole's number and the opener ("visiteurs se sont
    /// déplacés,").
    static let reach = 6

    /// Words of time after a number that make it a length, not the whole of the parts after it,
    /// folded: « 64 reporters tués en 90 jours, dont 12 ».
    static let timeWords: Set<String> = [
        "jours", "days", "semaines", "weeks", "mois", "months", "ans", "annees", "years", "heures", "hours",
        "minutes",
    ]
    /// How many tokens may stand between the whole's counted noun and the opener, when a noun
    /// follows the whole's number (« 64 reporters ont perdu la vie au Kesra, dont 12 »).
    static let nounReach = 10

    /// The parts larger than the whole before them, in text order.
    func partsOverWhole() -> [WholeFirstParts.Part] {
        let numbers = check.numbers
        let tokens = check.document.tokens
        return numbers.indices.dropFirst().compactMap { index -> WholeFirstParts.Part? in
            let part = numbers[index]
            // A length between the whole and its parts is passed over.
            var wholeIndex = index - 1
            if wholeIndex > 0, isLength(numbers[wholeIndex]) { wholeIndex -= 1 }
            let whole = numbers[wholeIndex]
            let wholeEnd = check.document.tokenRange(of: whole.span).upperBound
            let counted = wholeEnd < tokens.count && tokens[wholeEnd].kind == .word && !isLength(whole)
            guard case .number = part.value, case .number = whole.value, part.unit == whole.unit,
                let opener = openerStart(before: part), sameSentence(whole, part),
                // The opener comes after the whole: "including two …, and the other seven" are two parts.
                opener >= wholeEnd, opener - wholeEnd <= (counted ? Self.nounReach : Self.reach),
                let partValue = value(of: part)?.lower, let wholeValue = value(of: whole)?.upper,
                // A whole of nought is a number split by a space the language does not group by ("54 000").
                wholeValue > 0, partValue > wholeValue,
                !hasLargerCountBefore(whole: wholeIndex, than: partValue)
            else { return nil }
            return WholeFirstParts.Part(mention: part, whole: ClaimBuilder.writtenValue(whole), wholeSpan: whole.span)
        }
    }

    /// Whether a count up to ``nounReach`` words before the whole at `whole` (an index of
    /// ``NumberCheck/numbers``, ``NumberCheck/count(before:reach:)``) is at least `part`: « 480
    /// épreuves réparties sur ses deux sessions, dont 310 à … », where the parts may be that count's and
    /// the whole a complement.
    private func hasLargerCountBefore(whole: Int, than part: Decimal) -> Bool {
        guard let earlier = check.count(before: check.numbers[whole], reach: Self.nounReach),
            case .number = earlier.value, let value = value(of: earlier)?.upper
        else { return false }
        return value >= part
    }

    /// Whether a number is followed by a word of time (``timeWords``).
    private func isLength(_ mention: Mention) -> Bool {
        let end = check.document.tokenRange(of: mention.span).upperBound
        return end < check.document.tokens.count && Self.timeWords.contains(check.folded[end])
    }

    /// Where the opener before a number (and its bound) starts, if one stands there.
    private func openerStart(before mention: Mention) -> Int? {
        let start = check.document.tokenIndex(from: mention.bound.map { $0.span.union(mention.span) }?.start ?? mention.span.start)
        let tokens = check.document.tokens
        func word(_ index: Int) -> String? {
            index >= 0 && tokens[index].kind == .word ? check.folded[index] : nil
        }
        // « dont « un tiers d’artisans, 1 500 brocanteurs » »: quotation marks and a first part
        // without a number may stand between.
        var end = start
        while end > 0, start - end <= Self.listReach {
            if let last = word(end - 1), Self.openers.contains(last) { return end - 1 }
            if let first = word(end - 2), let second = word(end - 1),
                Self.pairOpeners.contains(where: { $0 == (first, second) })
            {
                return end - 2
            }
            let previous = tokens[end - 1]
            guard previous.kind == .word || [",", "«", "“", "\"", "'"].contains(previous.text) else { return nil }
            end -= 1
        }
        return nil
    }

    /// How many tokens of a first part without a number and of quotation marks may stand between
    /// the opener and the number.
    static let listReach = 6

    private func sameSentence(_ first: Mention, _ second: Mention) -> Bool {
        check.document.sentenceIndex(of: first.span.start) == check.document.sentenceIndex(of: second.span.start)
    }

    private func value(of mention: Mention) -> ClaimedValue? {
        let written = WrittenNumber(mention.text, language: check.document.language)
        return ClaimedValue(mention, precision: written.precision(of: ClaimBuilder.writtenValue(mention)))
    }
}
