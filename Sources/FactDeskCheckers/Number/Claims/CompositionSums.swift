import FactDeskKit
import Foundation

/// A count whose composition a later clause spells out: "convicted on 34 counts … The counts
/// stemmed from 10 invoices, 12 receipts and 11 checks", « 24 équipes … les équipes se
/// répartissent en 6 de l’Ouest, 10 du Centre et 8 du Sud ». The parts must add up to it.
///
/// The clause is "the/les NOUN" and a verb of composition, then two or more plain counts joined
/// by commas and "and"/"et"; its whole is the nearest count of the same noun before it, in its
/// sentence or the one before. A relative clause right after the whole's noun ("35 charges,
/// which stem from 11 invoices, 12 receipts and 13 checks", « 35 chefs d’accusation, qui
/// proviennent de … ») composes that count.
struct CompositionSums {
    let check: NumberCheck

    /// Verbs of composition, as folded word sequences.
    static let verbs: [[String]] = [
        ["stemmed", "from"], ["stem", "from"], ["stems", "from"], ["came", "from"], ["come", "from"],
        ["consisted", "of"], ["consist", "of"], ["consists", "of"], ["comprised"], ["comprise"], ["comprises"],
        ["are", "made", "up", "of"], ["were", "made", "up", "of"], ["break", "down", "into"],
        ["broke", "down", "into"], ["were", "split", "into"], ["are", "split", "into"], ["se", "repartissent", "en"],
        ["se", "repartissent", "entre"], ["se", "repartissaient", "en"], ["se", "repartissaient", "entre"],
        ["se", "decomposent", "en"], ["sont", "repartis", "en"], ["sont", "reparties", "en"],
        ["proviennent", "de"], ["provenaient", "de"], ["decoulent", "de"], ["decoulaient", "de"],
    ]
    /// Relative pronouns that open a composition clause right after its whole, folded.
    static let relatives: Set<String> = ["which", "that", "qui"]
    /// How many words may stand between the whole's number and the comma before a relative ("charges").
    static let relativeReach = 4
    /// ``verbs``, found at a token without folding most words.
    static let verbPhrases = FoldedPhrases(verbs)
    /// Determiners before the clause's noun, folded.
    static let determiners: Set<String> = ["the", "these", "those", "les", "ces"]

    /// The compositions whose parts do not add up to their whole, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        let document = check.document
        var found: [BreakdownSums.Mismatch] = []
        for (index, sentence) in document.sentences.enumerated() {
            // The list's first two counts follow the verb.
            for start in check.tokensBeforeLastTwoNumbers(of: sentence) {
                guard let verbEnd = verbEnd(at: start, in: sentence.tokens), start - 2 >= sentence.tokens.lowerBound
                else { continue }
                let whole: Mention?
                if Self.determiners.contains(word(start - 2)), document.tokens[start - 1].kind == .word {
                    let floor = document.sentences[max(0, index - 1)].tokens.lowerBound
                    whole = self.whole(of: word(start - 1), from: floor, before: start - 2)
                } else if Self.relatives.contains(word(start - 1)) {
                    whole = relativeWhole(before: start - 1, in: sentence.tokens)
                } else {
                    continue
                }
                guard let parts = parts(from: verbEnd, in: sentence.tokens), parts.count >= 2, let whole,
                    let value = BreakdownSums.plainValue(whole, language: document.language)
                else { continue }
                let values = parts.compactMap { mention -> Decimal? in
                    if case .number(let value) = mention.value { value } else { nil }
                }
                guard !value.contains(values.reduce(0, +)) else { continue }
                found.append(
                    BreakdownSums.Mismatch(span: whole.span.union(parts.last!.span), whole: whole, parts: values))
            }
        }
        return found
    }

    /// The token after a verb of composition starting at `start`.
    private func verbEnd(at start: Int, in sentence: Range<Int>) -> Int? {
        Self.verbPhrases.end(at: start, in: check.folded, sentence: sentence)
    }

    /// The plain counts of a list starting at `start`: each followed by words, joined by a comma
    /// or "and", "et"; nil when the list holds anything else.
    private func parts(from start: Int, in sentence: Range<Int>) -> [Mention]? {
        let tokens = check.document.tokens
        var parts: [Mention] = []
        var index = start
        while index < sentence.upperBound,
            let mention = check.number(startingAt: tokens[index].span.start)
        {
            guard BreakdownSums.plainCount(mention) != nil else { return nil }
            parts.append(mention)
            index = check.document.tokenRange(of: mention.span).upperBound
            guard index < sentence.upperBound, tokens[index].kind == .word else { return nil }
            while index < sentence.upperBound, tokens[index].kind == .word,
                !BreakdownSums.joiners.contains(word(index))
            {
                index += 1
            }
            let afterWords = index
            if index < sentence.upperBound, tokens[index].text == "," { index += 1 }
            if index < sentence.upperBound, BreakdownSums.joiners.contains(word(index)) { index += 1 }
            guard index > afterWords else { break }
        }
        return parts
    }

    /// The nearest count followed by `noun` between `floor` and `end`.
    private func whole(of noun: String, from floor: Int, before end: Int) -> Mention? {
        let document = check.document
        let span = Span(start: document.tokens[floor].span.start, end: document.tokens[end].span.start)
        let first = check.numbers.partitionPoint { $0.span.start >= span.start }
        let last = check.numbers.partitionPoint { $0.span.start >= span.end }
        return check.numbers[first..<max(first, last)].last { mention in
            let after = document.tokenRange(of: mention.span).upperBound
            return after < end && word(after) == noun
        }
    }

    /// The count before ", which", « , qui » with only words between ("35 charges, which").
    private func relativeWhole(before relative: Int, in sentence: Range<Int>) -> Mention? {
        let tokens = check.document.tokens
        guard relative - 1 > sentence.lowerBound, tokens[relative - 1].text == "," else { return nil }
        var index = relative - 2
        while index > sentence.lowerBound, relative - 1 - index <= Self.relativeReach, tokens[index].kind == .word {
            index -= 1
        }
        guard index >= sentence.lowerBound, index < relative - 2, tokens[index].kind == .number else { return nil }
        return check.number(endingAt: tokens[index].span.end)
    }

    private func word(_ index: Int) -> String {
        check.document.tokens[index].kind == .word ? check.folded[index] : ""
    }
}
