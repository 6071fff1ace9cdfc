import FactDeskKit
import Foundation

/// A death toll given as a bound, then exactly as the latest toll in one paragraph, which the
/// exact figure contradicts: "Over 4,300 people died in the storm … the toll is now at 4,266", «
/// plus de 2 100 morts … selon le dernier bilan, 2 012 morts ». A toll restricted to a place («
/// en Turquie », "in Gadsden County", « Dans ce pays, »), a toll given before the bound (an
/// earlier count, updated) and a count without a word of the toll and of the present (« 30 morts
/// ont été relevés à Bogo ») are left alone.
struct BoundedTolls {
    let check: NumberCheck

    /// A bound and the exact toll outside it.
    struct Mismatch {
        var bound: Mention
        var exact: Mention
    }

    /// Words of deaths after a count, folded: "7,300 people are dead", « 2 100 morts ».
    static let deathWords: Set<String> = [
        "dead", "deaths", "killed", "died", "fatalities", "morts", "tues", "deces", "decedes", "victimes",
    ]
    /// Words of a toll before its count, folded: "the death toll is now at", « le bilan s’élève à ».
    static let tollWords: Set<String> = ["toll", "bilan"]
    /// How many tokens a word of deaths may stand after its count ("people are dead").
    static let deathReach = 3
    /// How many tokens a word of a toll may stand before its count.
    static let tollReach = 8
    /// How many sentences apart the bound and the exact toll may stand.
    static let sentenceReach = 3
    /// Prepositions of place that restrict a toll to part of the deaths, folded.
    static let placeWords: Set<String> = ["in", "en", "au", "aux", "dans"]
    /// Words that make a toll the latest, folded: "is now at", « selon le dernier bilan ».
    static let latestWords: Set<String> = [
        "now", "latest", "currently", "desormais", "dernier", "maintenant", "actuellement", "actuel",
    ]

    private var tokens: [Token] { check.document.tokens }

    /// The bounds that an exact toll of their paragraph contradicts, in text order.
    func mismatches() -> [Mismatch] {
        let document = check.document
        var found: [Mismatch] = []
        var bounds: [(mention: Mention, sentence: Int, paragraph: Int)] = []
        var exacts: [(mention: Mention, sentence: Int, paragraph: Int)] = []
        let counts = check.numbers.filter { mention in
            guard case .number = mention.value else { return false }
            return mention.unit == nil && !BreakdownSums.looksLikeYear(mention)
        }
        func place(_ mention: Mention) -> (mention: Mention, sentence: Int, paragraph: Int) {
            (mention, document.sentenceIndex(of: mention.span.start), document.paragraphIndex(of: mention.span.start))
        }
        for mention in counts {
            guard let bound = mention.bound, [.moreThan, .atLeast].contains(bound.relation) else { continue }
            let count = place(mention)
            if isDeathCount(document.tokenRange(of: mention.span), sentence: count.sentence) { bounds.append(count) }
        }
        // Most drafts bound no death count: their exact counts are not read.
        guard !bounds.isEmpty else { return [] }
        for mention in counts where mention.bound == nil {
            let count = place(mention)
            if isExactToll(document.tokenRange(of: mention.span), sentence: count.sentence) { exacts.append(count) }
        }
        for bound in bounds {
            guard let lower = BreakdownSums.plainValue(bound.mention, language: document.language)?.lower,
                let exact = exacts.first(where: {
                    $0.paragraph == bound.paragraph && $0.sentence > bound.sentence
                        && $0.sentence - bound.sentence <= Self.sentenceReach
                        && ClaimBuilder.writtenValue($0.mention) < lower
                })
            else { continue }
            found.append(Mismatch(bound: bound.mention, exact: exact.mention))
        }
        return found
    }

    /// Whether a word of deaths follows the count closely ("7,300 people are dead", « 2 100 morts »).
    private func isDeathCount(_ number: Range<Int>, sentence: Int) -> Bool {
        let end = min(check.document.sentences[sentence].tokens.upperBound, number.upperBound + Self.deathReach)
        return (number.upperBound..<end).contains { isWord($0, in: Self.deathWords) }
    }

    /// Whether a count states the latest toll: a word of a toll and a word of the present
    /// before it in its sentence, with no other number between; and no place restricts its
    /// sentence, neither a preposition before a name nor an opening « Dans », "In".
    private func isExactToll(_ number: Range<Int>, sentence: Int) -> Bool {
        let bounds = check.document.sentences[sentence].tokens
        let floor = max(bounds.lowerBound, number.lowerBound - Self.tollReach)
        let before = floor..<number.lowerBound
        guard !before.contains(where: { tokens[$0].kind == .number }),
            before.contains(where: { isWord($0, in: Self.tollWords) }),
            before.contains(where: { isWord($0, in: Self.latestWords) }),
            !isWord(bounds.lowerBound, in: Self.placeWords)
        else { return false }
        let end = min(bounds.upperBound, number.upperBound + Self.deathReach + 2)
        return !(bounds.lowerBound..<end).contains {
            isWord($0, in: Self.placeWords) && $0 + 1 < tokens.count && Fold.isCapitalised(tokens[$0 + 1].text)
        }
    }

    private func isWord(_ index: Int, in words: Set<String>) -> Bool {
        check.folded.isWord(index, in: words)
    }
}
