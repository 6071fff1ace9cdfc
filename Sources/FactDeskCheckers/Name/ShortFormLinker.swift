import FactDeskReference
import FactDeskText

/// Links later short mentions to the full name written earlier: after "Valdecy Urquiza", "M.
/// Urquiza" names him even when the reference data lists no "Urquiza" alone, and "M. Urquisa"
/// is his name misspelt.
///
/// Each word of a resolved name (its accepted spelling's, for a misspelt one) is kept with the
/// subject it names; an unknown name of one or two words that come only from one subject's
/// names is that subject; an unknown single word a few letters from such a word is its
/// misspelling, unless either is an ordinary word ("Space" in "Kennedy Space Center", then
/// "SpaceX") or it is the demonym of that word ("Samoan" after "Samoa"), or it starts with
/// another letter and differs by more ("Lanzhou" after "Fuzhou"). A lone word that is the
/// family name of someone written in full earlier and unknown to the reference data ("Owen
/// Farrell", then "Farrell") is that person's name, not a misspelling of a reference name. One pass; at most ``maximumKnownWords`` words are kept, so a draft of endless
/// capitals costs linear time.
struct ShortFormLinker {
    /// The most words of a short form.
    static let maximumWords = 2
    /// The most distinct words kept from resolved names (a draft names far fewer).
    static let maximumKnownWords = 512

    /// The occurrences with their short forms linked.
    static func link(_ occurrences: [NameOccurrence]) -> [NameOccurrence] {
        var known: [String: KnownWord] = [:]
        var registered = Set<String>()
        // The family names of people the draft writes in full and the reference data does not know.
        var ownFamilyNames = Set<String>()
        var linked = occurrences
        for position in linked.indices {
            let occurrence = linked[position]
            if occurrence.isMisspelled, case let words = CoreWords(occurrence.folded).texts, words.count == 1,
                ownFamilyNames.contains(words[0])
            {
                linked[position].resolution = .unknown
                continue
            }
            if let subject = occurrence.subject {
                let (text, folded) = vouchedFor(by: occurrence)
                guard known.count < maximumKnownWords, registered.insert(text).inserted else { continue }
                for word in folded where known[word] == nil && !NameFolding.particles.contains(word) {
                    known[word] = KnownWord(subject: subject, text: text, letters: Array(word.unicodeScalars))
                }
                continue
            }
            guard occurrence.resolution == .unknown, !occurrence.positional else { continue }
            let coreWords = CoreWords(occurrence.folded).texts
            if coreWords.count >= 2, let last = coreWords.last { ownFamilyNames.insert(last) }
            guard (1...maximumWords).contains(coreWords.count) else { continue }
            let subjects = Set(coreWords.compactMap { known[$0]?.subject })
            if subjects.count == 1, coreWords.allSatisfy({ known[$0] != nil }) {
                linked[position].resolution = .variant(subject: subjects.first!)
            } else if coreWords.count == 1, let near = nearest(to: coreWords[0], in: occurrence.comparedText, known: known) {
                linked[position].resolution = .misspelled([near])
            }
        }
        return linked
    }

    /// The text whose words a resolved occurrence vouches for, and its folded words: the
    /// accepted spelling of a misspelt one, else its own.
    private static func vouchedFor(by occurrence: NameOccurrence) -> (text: String, folded: [String]) {
        if case .misspelled(let suggestions) = occurrence.resolution {
            return (suggestions[0].spelling, NameFolding.tokens(suggestions[0].spelling))
        }
        return (occurrence.comparedText, occurrence.folded)
    }

    /// A word of a name resolved earlier in the draft.
    private struct KnownWord {
        /// The subject the name names.
        var subject: String
        /// The name as written, or its accepted spelling when it was misspelt.
        var text: String
        /// The folded word's letters.
        var letters: [Unicode.Scalar]
    }

    /// The name `text` written with its one core word, `word`, replaced by the known word
    /// nearest it within a lone word's allowance ("Al-Raissi" becomes "Al-Raisi").
    private static func nearest(to word: String, in text: String, known: [String: KnownWord]) -> NameSuggestion? {
        let scalars = Array(word.unicodeScalars)
        guard WordDistance.allowance(length: scalars.count, alone: true) > 0, !OrdinaryWords.contains(word) else {
            return nil
        }
        var best: (edits: Int, folded: String, subject: String, text: String)?
        for (folded, entry) in known
        where abs(entry.letters.count - scalars.count) <= NameResolver.maximumEdits && !OrdinaryWords.contains(folded)
            && !Demonym.isDemonym(word, of: folded)
        {
            let allowance = WordDistance.allowance(length: min(scalars.count, entry.letters.count), alone: true)
            guard allowance > 0, let edits = WordDistance.between(scalars, entry.letters, bound: allowance),
                edits > 0, !NameResolver.isOtherInitial(scalars, entry.letters, edits: edits),
                (edits, folded) < (best?.edits ?? Int.max, best?.folded ?? "")
            else { continue }
            best = (edits, folded, entry.subject, entry.text)
        }
        guard let best, let written = part(of: best.text, folded: best.folded),
            let misspelt = part(of: text, folded: word)
        else { return nil }
        let spelling = text.replacingCharacters(in: misspelt, with: best.text[written])
        let difference: NameSuggestion.Difference =
            Transliteration.same([word], [best.folded]) ? .transliteration : .letters
        return NameSuggestion(subject: best.subject, spelling: spelling, edits: best.edits, difference: difference)
    }

    /// The range of the run of letters of `text` that folds to `folded`.
    private static func part(of text: String, folded: String) -> Range<String.Index>? {
        var start = text.startIndex
        while start < text.endIndex {
            guard let first = text[start...].firstIndex(where: { $0.isLetter || $0.isNumber }) else { return nil }
            let end = text[first...].firstIndex(where: { !($0.isLetter || $0.isNumber) }) ?? text.endIndex
            if NameFolding.key(String(text[first..<end])) == folded { return first..<end }
            start = end
        }
        return nil
    }
}
