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
        var subjectsByWord: [String: (subject: String, written: String)] = [:]
        var registered = Set<String>()
        var linked = occurrences
        for position in linked.indices {
            let occurrence = linked[position]
            if let subject = occurrence.subject {
                let text = registeredText(of: occurrence)
                guard subjectsByWord.count < maximumKnownWords, registered.insert(text).inserted else { continue }
                for (folded, written) in words(of: text) where subjectsByWord[folded] == nil {
                    subjectsByWord[folded] = (subject, written)
                }
                continue
            }
            guard occurrence.resolution == .unknown, !occurrence.positional else { continue }
            let words = CoreWords(NameFolding.tokens(occurrence.comparedText)).words.map { String(String.UnicodeScalarView($0)) }
            guard (1...maximumWords).contains(words.count) else { continue }
            let subjects = Set(words.compactMap { subjectsByWord[$0]?.subject })
            if subjects.count == 1, words.allSatisfy({ subjectsByWord[$0] != nil }) {
                linked[position].resolution = .variant(subject: subjects.first!)
            } else if words.count == 1, !occurrence.comparedText.contains(where: { !$0.isLetter }),
                let near = nearest(to: words[0], in: subjectsByWord)
            {
                linked[position].resolution = .misspelled([near])
            }
        }
        return linked
    }

    /// The text whose words a resolved occurrence vouches for: the accepted spelling of a
    /// misspelt one, else its own.
    private static func registeredText(of occurrence: NameOccurrence) -> String {
        if case .misspelled(let suggestions) = occurrence.resolution { return suggestions[0].spelling }
        return occurrence.comparedText
    }

    /// The words of a text, each folded and as written ("Al-Raisi" gives `al`/"Al" and `raisi`/"Raisi").
    private static func words(of text: String) -> [(folded: String, written: String)] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { part in
            let folded = NameFolding.key(String(part))
            return folded.isEmpty || NameFolding.particles.contains(folded) ? nil : (folded, String(part))
        }
    }

    /// The known word nearest a single unknown one, within a lone word's allowance.
    private static func nearest(to word: String, in known: [String: (subject: String, written: String)])
        -> NameSuggestion?
    {
        let scalars = Array(word.unicodeScalars)
        var best: NameSuggestion?
        for (folded, entry) in known where abs(folded.unicodeScalars.count - scalars.count) <= NameResolver.maximumEdits {
            let candidate = Array(folded.unicodeScalars)
            let allowance = WordDistance.allowance(length: min(scalars.count, candidate.count), alone: true)
            guard allowance > 0, let edits = WordDistance.between(scalars, candidate, bound: allowance),
                edits > 0, (edits, entry.written) < (best?.edits ?? Int.max, best?.spelling ?? "")
            else { continue }
            best = NameSuggestion(subject: entry.subject, spelling: entry.written, edits: edits, difference: .letters)
        }
        return best
    }
}
