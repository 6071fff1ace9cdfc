import FactDeskReference

/// Links later short mentions to the full name written earlier: after "Valdecy Urquiza", "M.
/// Urquiza" names him even when the reference data lists no "Urquiza" alone, and "M. Urquisa"
/// is his name misspelt.
///
/// Each word of a resolved name (its accepted spelling's, for a misspelt one) is kept with the
/// subject it names; an unknown name of one or two words that come only from one subject's
/// names is that subject; an unknown single word a few letters from such a word is its
/// misspelling. One pass; at most ``maximumKnownWords`` words are kept, so a draft of endless
/// capitals costs linear time.
struct ShortFormLinker {
    /// The most words of a short form.
    static let maximumWords = 2
    /// The most distinct words kept from resolved names (a draft names far fewer).
    static let maximumKnownWords = 512

    /// The occurrences with their short forms linked.
    static func link(_ occurrences: [NameOccurrence]) -> [NameOccurrence] {
        var known: [String: (subject: String, text: String)] = [:]
        var registered = Set<String>()
        var linked = occurrences
        for position in linked.indices {
            let occurrence = linked[position]
            if let subject = occurrence.subject {
                let (text, folded) = vouchedFor(by: occurrence)
                guard known.count < maximumKnownWords, registered.insert(text).inserted else { continue }
                for word in folded where known[word] == nil && !NameFolding.particles.contains(word) {
                    known[word] = (subject, text)
                }
                continue
            }
            guard occurrence.resolution == .unknown, !occurrence.positional else { continue }
            let words = CoreWords(occurrence.folded).words.map { String(String.UnicodeScalarView($0)) }
            guard (1...maximumWords).contains(words.count) else { continue }
            let subjects = Set(words.compactMap { known[$0]?.subject })
            if subjects.count == 1, words.allSatisfy({ known[$0] != nil }) {
                linked[position].resolution = .variant(subject: subjects.first!)
            } else if words.count == 1, occurrence.folded.count == 1, let near = nearest(to: words[0], in: known) {
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

    /// The known word nearest a single unknown one, within a lone word's allowance, as its
    /// name writes it.
    private static func nearest(to word: String, in known: [String: (subject: String, text: String)])
        -> NameSuggestion?
    {
        let scalars = Array(word.unicodeScalars)
        guard WordDistance.allowance(length: scalars.count, alone: true) > 0 else { return nil }
        var best: (edits: Int, folded: String, subject: String, text: String)?
        for (folded, entry) in known where abs(folded.unicodeScalars.count - scalars.count) <= NameResolver.maximumEdits {
            let candidate = Array(folded.unicodeScalars)
            let allowance = WordDistance.allowance(length: min(scalars.count, candidate.count), alone: true)
            guard allowance > 0, let edits = WordDistance.between(scalars, candidate, bound: allowance),
                edits > 0, (edits, folded) < (best?.edits ?? Int.max, best?.folded ?? "")
            else { continue }
            best = (edits, folded, entry.subject, entry.text)
        }
        guard let best,
            let written = best.text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .first(where: { NameFolding.key(String($0)) == best.folded })
        else { return nil }
        return NameSuggestion(subject: best.subject, spelling: String(written), edits: best.edits, difference: .letters)
    }
}
