import FactDeskKit
import Foundation

/// A balance that, with the part paid before it, does not make the total: « un dividende de 13
/// euros … un acompte de 5,50 euros … le solde de 8,50 euros », "a fee of $10m … an advance of
/// $4m … the balance of $7m". The text says these are one quantity: the part and the balance are
/// the total's.
///
/// The balance is an amount after "solde de", "balance of", "remainder of"; the part, the last
/// amount in the same currency before it, within ``reach`` sentences of its paragraph, after a word
/// of a part paid first ("acompte", "advance", "interim"); the total, the last amount in that
/// currency before the part, larger than it and after no such word.
struct BalanceSums {
    let check: NumberCheck

    /// Nouns of a balance, folded.
    static let balanceWords: Set<String> = ["solde", "reliquat", "balance", "remainder"]
    /// Nouns and adjectives of a part paid first, folded.
    static let partWords: Set<String> = [
        "acompte", "avance", "advance", "interim", "deposit", "instalment", "installment", "tranche",
    ]
    /// How many sentences before the balance the part and the total are looked for.
    static let reach = 3
    /// How many words before an amount a word of a part may stand ("un acompte sur dividende de").
    static let partWordReach = 4

    /// The balances whose part and total disagree, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let document = check.document
        var found: [BreakdownSums.Mismatch] = []
        let amounts = check.numbers.filter { $0.kind == .number && $0.unit != nil && $0.bound == nil }
        for (index, balance) in amounts.enumerated() {
            let first = document.tokenIndex(from: balance.span.start)
            guard first >= 2, isWord(first - 1, in: ClaimWords.ofWords), isWord(first - 2, in: Self.balanceWords)
            else { continue }
            let sentence = document.sentenceIndex(of: balance.span.start)
            let paragraph = document.paragraphIndex(of: balance.span.start)
            let floor = document.sentences[max(0, sentence - Self.reach)].span.start
            let earlier = amounts[..<index].reversed().prefix {
                $0.span.start >= floor && document.paragraphIndex(of: $0.span.start) == paragraph
            }.filter { $0.unit == balance.unit }
            guard let partIndex = earlier.firstIndex(where: isPart), case let part = earlier[partIndex],
                let total = earlier[earlier.index(after: partIndex)...].first(where: { !isPart($0) }),
                case let (partValue, balanceValue, totalValue) = (value(part), value(balance), value(total)),
                totalValue > partValue, partValue + balanceValue != totalValue
            else { continue }
            found.append(
                BreakdownSums.Mismatch(
                    span: document.tokens[first - 2].span.union(balance.span), whole: total,
                    parts: [partValue, balanceValue]))
        }
        return found
    }

    /// Whether a word of a part paid first stands within ``partWordReach`` words before an amount.
    private func isPart(_ amount: Mention) -> Bool {
        let first = check.document.tokenIndex(from: amount.span.start)
        return (max(0, first - Self.partWordReach)..<first).contains { isWord($0, in: Self.partWords) }
    }

    private func value(_ mention: Mention) -> Decimal { ClaimBuilder.writtenValue(mention) }

    private func isWord(_ index: Int, in words: Set<String>) -> Bool {
        let tokens = check.document.tokens
        return index >= 0 && index < tokens.count && tokens[index].kind == .word
            && words.contains(Fold.word(tokens[index].text))
    }
}
