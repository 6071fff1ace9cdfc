import FactDeskKit
import Foundation

/// A rank written before the count it ranks among: "the ninth stage of eight on the island", "the
/// 12th of 10 stages", « la huitième des sept étapes », « la 12e étape sur 10 ». A rank above
/// the count cannot be.
struct RankedParts {
    let check: NumberCheck

    /// Words between a rank and the count it ranks among, folded.
    static let links: [[String]] = [["of"], ["out", "of"], ["of", "the"], ["des"], ["sur"], ["parmi", "les"]]
    /// How many words (a noun and its adjective) may stand between the rank and the link.
    static let nounReach = 2
    /// Nouns after a rank that number something other than a place among the count after them
    /// ("the 13th anniversary of the 9/11 attacks", « la 91e édition des 24 Heures »), folded.
    static let otherRankNouns: Set<String> = [
        "anniversary", "anniversaire", "edition", "editions", "session", "birthday", "year", "annee", "century",
        "siecle", "time", "fois",
    ]
    /// Marks that may follow the count: it ends a clause, not a name or a date ("9/11").
    static let countFollowers: Set<String> = [",", ".", ";", ":", ")"]

    /// Words after a rank that point back to the count before it: "eight stages, the ninth of which",
    /// « dix étapes, la 12e d’entre elles », folded.
    static let backLinks: [[String]] = [["of", "which"], ["of", "them"], ["d'entre", "elles"], ["d'entre", "eux"]]
    /// How many words (a noun and its adjectives) may stand between the count and the comma
    /// before its rank pointing back.
    static let backReach = 3

    /// The ranks above the count they rank among, each with that count as its whole.
    func partsOverWhole() -> [WholeFirstParts.Part] {
        let tokens = check.document.tokens
        return check.ordinals.compactMap { ordinal -> WholeFirstParts.Part? in
            guard case .ordinal(let rank) = ordinal.value else { return nil }
            let end = check.document.tokenRange(of: ordinal.span).upperBound
            if let count = countPointedBack(before: ordinal, rankEnd: end) {
                return Decimal(rank) > count ? WholeFirstParts.Part(mention: ordinal, whole: count) : nil
            }
            for gap in 0...Self.nounReach {
                let link = end + gap
                guard link <= tokens.count,
                    (end..<link).allSatisfy({ tokens[$0].kind == .word && !Self.otherRankNouns.contains(check.folded[$0]) })
                else { return nil }
                for words in Self.links where link + words.count < tokens.count {
                    guard check.folded.words(link..<link + words.count) == words,
                        let count = check.number(startingAtToken: link + words.count),
                        let value = BreakdownSums.plainCount(count), isClauseCount(count)
                    else { continue }
                    return Decimal(rank) > value ? WholeFirstParts.Part(mention: ordinal, whole: value) : nil
                }
            }
            return nil
        }
    }

    /// The count a rank points back to with "of which", "of them": "eight stages, the ninth of
    /// which" — the count, its noun (a few words), a comma, "the", the rank.
    private func countPointedBack(before ordinal: Mention, rankEnd: Int) -> Decimal? {
        let tokens = check.document.tokens
        guard Self.backLinks.contains(check.folded.wordsJoiningElision(from: rankEnd, count: 2)) else { return nil }
        var index = check.document.tokenIndex(from: ordinal.span.start) - 1
        if index >= 0, ["the", "la", "le"].contains(check.folded[index]) { index -= 1 }
        guard index > 0, tokens[index].text == "," else { return nil }
        var noun = index - 1
        while noun >= 0, index - noun <= Self.backReach, tokens[noun].kind == .word,
            check.number(startingAtToken: noun) == nil
        {
            noun -= 1
        }
        guard noun >= 0, noun < index - 1, let count = check.number(startingAtToken: noun),
            check.document.tokenRange(of: count.span).upperBound == noun + 1
        else { return nil }
        return BreakdownSums.plainCount(count)
    }

    /// Whether the count ends its clause or comes before a lowercase word ("eight on the island",
    /// « sept étapes »): not a number inside a name (« des 24 Heures ») or a date ("9/11").
    private func isClauseCount(_ count: Mention) -> Bool {
        let tokens = check.document.tokens
        let next = check.document.tokenRange(of: count.span).upperBound
        guard next < tokens.count else { return true }
        let token = tokens[next]
        return token.kind == .word ? !Fold.isCapitalised(token.text) : Self.countFollowers.contains(token.text)
    }
}
