import FactDeskKit
import Foundation

/// Seats won above the results declared so far, in one sentence: "With 545 results declared,
/// Labour won 572 seats", « Avec 545 résultats proclamés, le parti remporte 572 sièges » — each
/// declared result is one seat, so no party holds more seats than the results declared.
struct DeclaredResults {
    let check: NumberCheck

    /// A count of seats above the results declared.
    struct Excess {
        /// The seats' number.
        var seats: Mention
        /// The results declared.
        var declared: Mention
    }

    /// Words that open the sentence before the results declared, folded.
    static let openers: Set<String> = ["with", "avec"]
    /// Nouns of the results declared, folded: results, or the seats they decide.
    static let resultNouns: Set<String> = seatNouns.union(["results", "resultats"])
    /// Participles of results declared, folded.
    static let declaredWords: Set<String> = [
        "declared", "counted", "called", "reported", "announced", "in", "proclames", "depouilles", "connus",
        "publies", "annonces",
    ]
    /// Nouns of the seats a party won, folded.
    static let seatNouns: Set<String> = ["seats", "constituencies", "ridings", "sieges", "circonscriptions"]
    /// How many words may stand between the results' number and their participle ("of 650 results").
    static let reach = 4

    /// The counts of seats above the results declared, in text order.
    func excesses() -> [Excess] {
        let document = check.document
        let tokens = document.tokens
        var found: [Excess] = []
        for sentence in document.sentences {
            // Cheap test first: the sentence opens on "With", « Avec », then a number.
            guard let first = sentence.tokens.first, first + 1 < sentence.tokens.upperBound,
                tokens[first].kind == .word, tokens[first + 1].kind == .number,
                Self.openers.contains(check.folded[first]),
                let declared = check.number(startingAtToken: first + 1), case .number = declared.value,
                let comma = declaredClause(after: document.tokenRange(of: declared.span).upperBound, in: sentence),
                let seats = seats(after: comma, in: sentence),
                let declaredValue = value(of: declared)?.upper, let seatValue = value(of: seats)?.lower,
                seatValue > declaredValue
            else { continue }
            found.append(Excess(seats: seats, declared: declared))
        }
        return found
    }

    /// The comma closing "545 results declared," or "545 of 650 results in,", from token `start`
    /// right after the number; `nil` when the words there are no results declared.
    private func declaredClause(after start: Int, in sentence: Sentence) -> Int? {
        let tokens = check.document.tokens
        var hasNoun = false
        var hasParticiple = false
        var index = start
        while index < sentence.tokens.upperBound, index - start <= Self.reach + 2 {
            if tokens[index].text == "," { return hasNoun && hasParticiple ? index : nil }
            let word = check.folded[index]
            if Self.resultNouns.contains(word) { hasNoun = true }
            if hasNoun, Self.declaredWords.contains(word) { hasParticiple = true }
            index += 1
        }
        return nil
    }

    /// The first count of seats after the comma at `comma`, when the first number there is one.
    private func seats(after comma: Int, in sentence: Sentence) -> Mention? {
        guard
            let number = check.numbers.first(where: {
                $0.span.start > check.document.tokens[comma].span.start && $0.span.end <= sentence.span.end
            }),
            case .number = number.value
        else { return nil }
        let next = check.document.tokenRange(of: number.span).upperBound
        guard next < sentence.tokens.upperBound, Self.seatNouns.contains(check.folded[next]) else { return nil }
        return number
    }

    private func value(of mention: Mention) -> ClaimedValue? {
        let written = WrittenNumber(mention.text, language: check.document.language)
        return ClaimedValue(mention, precision: written.precision(of: ClaimBuilder.writtenValue(mention)))
    }
}
