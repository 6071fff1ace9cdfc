import FactDeskKit
import FactDeskReference
import FactDeskText

/// Turns the extractor's name candidates into names: each candidate is resolved whole, and when
/// the reference data does not know it whole, its longest known parts are found left to right
/// ("Royaume du Maroc" holds "Maroc"; the headline "VALDECY URQUIZA OUVRE" holds "Valdecy
/// Urquiza"). A part of one word counts only when it is spelt as the reference data spells
/// it: in "Franck Kessie", "Franck" is a first name, not "France" misspelt. A candidate the
/// reference data knows nothing of stays one unknown occurrence.
///
/// Cost: a part is looked up only when it may be a name — a lone word, or words mostly found in
/// some spelling — so a wall of unknown capitalised words costs one look-up per word; in any
/// case at most ``windowWords`` look-ups per word, and candidates have at most twelve words
/// (``NameExtractor``), so time grows linearly with the draft.
struct NameSegmenter {
    let document: Document
    let resolver: (any PhraseResolver)?

    /// The longest part of a candidate looked up on its own, in words.
    static let windowWords = 6

    /// The occurrences of names in the candidates, in text order.
    func occurrences(of candidates: [Mention]) -> [NameOccurrence] {
        var occurrences: [NameOccurrence] = []
        var tokenCursor = 0
        for candidate in candidates {
            let words = words(of: candidate, from: &tokenCursor)
            guard !words.isEmpty else { continue }
            occurrences += segment(candidate, words: words)
        }
        return occurrences
    }

    /// A word of a candidate: its token, its span (an English possessive left out), its folded
    /// words (in Latin letters), and whether it can start or end a name (particles and elisions
    /// cannot).
    private struct Word {
        var token: Int
        var span: Span
        var folded: [String]
        var isCore: Bool
    }

    /// The word tokens inside a candidate's span; `cursor` moves on so that the whole pass is linear.
    private func words(of candidate: Mention, from cursor: inout Int) -> [Word] {
        let tokens = document.tokens
        while cursor < tokens.count, tokens[cursor].span.start < candidate.span.start { cursor += 1 }
        var words: [Word] = []
        var index = cursor
        while index < tokens.count, tokens[index].span.start < candidate.span.end {
            let token = tokens[index]
            if token.kind == .word {
                let span = Span(start: token.span.start, end: min(token.span.end, candidate.span.end))
                let text = span == token.span ? token.text : document.text(in: span)
                let folded = NameFolding.tokens(Lookalikes.latinised(text)?.text ?? text)
                words.append(Word(token: index, span: span, folded: folded, isCore: !Self.isConnector(text, folded)))
            }
            index += 1
        }
        return words
    }

    /// A lowercase particle or elision: "von", "de", "d’".
    private static func isConnector(_ text: String, _ folded: [String]) -> Bool {
        guard let first = text.unicodeScalars.first,
            first.isASCII ? (0x61...0x7A).contains(first.value) : first.properties.isLowercase
        else { return false }
        return folded.count == 1 && NameFolding.particles.contains(folded[0])
    }

    /// The occurrences in one candidate.
    private func segment(_ candidate: Mention, words: [Word]) -> [NameOccurrence] {
        let cores = words.indices.filter { words[$0].isCore }
        guard !cores.isEmpty else { return [] }
        let known = cores.map { isKnown(words[$0]) }
        /// Whether the reference data may name these core words: a lone word always, several
        /// only when at least one is a word of some spelling and at most two (the edits a name
        /// may carry) are not.
        func mayName(_ first: Int, _ count: Int) -> Bool {
            guard count > 1 else { return true }
            let unknown = known[first..<first + count].filter { !$0 }.count
            return unknown < count && unknown <= NameResolver.maximumEdits
        }
        /// The occurrence of `count` core words from `first`, with what `resolver` says of it.
        func occurrence(_ first: Int, _ count: Int, resolver: (any PhraseResolver)?) -> NameOccurrence {
            let covered = words[cores[first]...cores[first + count - 1]]
            let (firstWord, lastWord) = (covered.first!, covered.last!)
            let positional = count == 1 && document.isCapitalisedByPosition(firstWord.token)
            let span = Span(start: firstWord.span.start, end: lastWord.span.end)
            let text = document.text(in: span)
            let compared = Lookalikes.latinised(text)?.text ?? text
            let folded = covered.flatMap(\.folded)
            return NameOccurrence(
                span: span, text: text, tokens: firstWord.token...lastWord.token,
                resolution: resolver?.resolve(compared, folded: folded, positional: positional) ?? .unknown,
                comparedText: compared, folded: folded, positional: positional,
                namesArea: PlaceNounContext.namesArea(firstWord.token, lastWord.token, in: document))
        }
        /// The whole candidate as one name the reference data does not know, less an ordinary
        /// word that opens it only because it opens the sentence, before two words or more
        /// ("Analyst Katarzyna Nowak"; "Space X" stays whole).
        func unknownName() -> NameOccurrence {
            let first = words[cores[0]]
            let opensSentence =
                cores.count > 2 && first.folded.count == 1 && document.isCapitalisedByPosition(first.token)
                && OrdinaryWords.contains(first.folded[0])
            return opensSentence ? occurrence(1, cores.count - 1, resolver: nil) : occurrence(0, cores.count, resolver: nil)
        }
        guard let resolver else { return [unknownName()] }
        if mayName(0, cores.count) {
            let whole = occurrence(0, cores.count, resolver: resolver)
            if whole.resolution != .unknown || cores.count == 1 { return [whole] }
        }
        var found: [NameOccurrence] = []
        var start = 0
        while start < cores.count {
            var count = min(Self.windowWords, cores.count - start)
            if start == 0, count == cores.count { count -= 1 }
            var matched: NameOccurrence?
            while count > 0, matched == nil {
                if mayName(start, count) {
                    let part = occurrence(start, count, resolver: resolver)
                    if part.resolution != .unknown, count > 1 || !part.isMisspelled { matched = part }
                }
                if matched == nil { count -= 1 }
            }
            if let matched {
                found.append(matched)
                start += count
            } else {
                start += 1
            }
        }
        return found.isEmpty ? [unknownName()] : found
    }

    /// Whether every folded word of a core word is a word of some spelling, or the word may
    /// romanise one otherwise ("Mohamed", "Ka'bi"), or is a capitalised particle, which names
    /// share ("El" of "El Ghazouani", "Ould").
    private func isKnown(_ word: Word) -> Bool {
        guard let resolver else { return false }
        let core = word.folded.filter { !NameFolding.particles.contains($0) }
        guard !core.isEmpty else { return !word.folded.isEmpty }
        return core.allSatisfy(resolver.knows) || resolver.mayRomanise(core)
    }
}
