import FactDeskReference
import FactDeskText

/// The folded words of a name that must match, particles left out ("al", "de", "von"…) unless
/// the name is only particles: "Ahmed Naser Al-Raisi" has the core words `ahmed naser raisi`.
struct CoreWords {
    /// The words.
    let texts: [String]
    /// The words, as scalars.
    let words: [[Unicode.Scalar]]

    /// The core words of folded words (``NameFolding/tokens(_:)``).
    init(_ folded: [String]) {
        let core = folded.filter { !NameFolding.particles.contains($0) }
        texts = core.isEmpty ? folded : core
        words = texts.map { Array($0.unicodeScalars) }
    }

    /// The edits from these words to another name's, pairing words in order, or `nil` when the
    /// names have different numbers of words, a pair is over its allowance
    /// (``WordDistance/allowance(length:alone:)``, from the shorter word; for a name of one word,
    /// one less when the other is an ordinary word: "Summit", "Games"), a word of mine is the
    /// other's demonym ("Mauritanian" of "Mauritania", "African" of "Africa"), or the total is
    /// over ``NameResolver/maximumEdits``.
    func edits(to other: CoreWords) -> Int? {
        guard words.count == other.words.count else { return nil }
        let alone = words.count == 1
        var total = 0
        for (index, (mine, theirs)) in zip(words, other.words).enumerated() where mine != theirs {
            var allowance = WordDistance.allowance(length: min(mine.count, theirs.count), alone: alone)
            if alone, OrdinaryWords.contains(other.texts[index]) { allowance -= 1 }
            guard allowance > 0, !Demonym.isDemonym(texts[index], of: other.texts[index]),
                let edits = WordDistance.between(mine, theirs, bound: min(allowance, NameResolver.maximumEdits - total))
            else { return nil }
            total += edits
        }
        return total
    }
}
