import FactDeskKit
import FactDeskReference

/// What the reference data says about a phrase that may be a name.
enum NameResolution: Equatable {
    /// An accepted spelling of the subject, in the draft's language.
    case accepted(subject: String)
    /// Names the subject in a form that is no misspelling: part of a spelling ("Naser Al-Raisi"),
    /// without a particle, or a translation accepted in another language ("Morocco").
    case variant(subject: String)
    /// Close to accepted spellings without being one: the nearest, best first.
    case misspelled([NameSuggestion])
    /// Nothing the reference data knows.
    case unknown

    /// The subject the phrase names, when there is one and only one.
    var subject: String? {
        switch self {
        case .accepted(let subject), .variant(let subject): subject
        case .misspelled(let suggestions): Set(suggestions.map(\.subject)).count == 1 ? suggestions[0].subject : nil
        case .unknown: nil
        }
    }
}

/// An accepted spelling close to a misspelt name.
struct NameSuggestion: Equatable {
    /// How the name as written differs from the spelling.
    enum Difference: Equatable {
        /// Letters: typed, dropped, swapped, or another transliteration.
        case letters
        /// Only accents.
        case accents
        /// Only spaces, hyphens or apostrophes.
        case separators
        /// The written name is the spelling of the other language.
        case language(Language)
    }

    /// The subject it is a spelling of.
    var subject: String
    /// The spelling.
    var spelling: String
    /// The letter edits from the name as written (0 when only accents or separators differ).
    var edits: Int
    /// What differs.
    var difference: Difference
}

/// Says what the reference data knows of a phrase (``NameResolver``; tests count the calls).
protocol PhraseResolver {
    /// What the reference data says about `phrase`, whose folded words are `folded`;
    /// `positional` when every word of it takes a capital by position (a lone word opening a
    /// sentence), so only exact spellings count.
    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution

    /// Whether a folded word is a word of some spelling.
    func knows(_ word: String) -> Bool
}

/// Resolves phrases against a ``NameBook`` in the draft's language.
///
/// In order: an accepted spelling (case, capital accents and apostrophe kinds aside) is never
/// flagged, whichever subject it belongs to; the same letters with other accents or separators
/// are a misspelling of that spelling ("Urquizá", "Al Raisi"); a spelling accepted only in the
/// other language is a misspelling when this language's spelling is a few letters away
/// ("Marrakesh" in French) and a translation otherwise. A phrase where any word takes a capital
/// stops there; others are matched fuzzily: every core word paired in order with a spelling's,
/// within ``WordDistance/allowance(length:alone:)`` per word and two edits in all.
struct NameResolver: PhraseResolver {
    let book: NameBook
    let language: Language

    /// The most edits a name may carry and still be read as a misspelling.
    static let maximumEdits = 2
    /// The most words a phrase looked up may have.
    static let maximumWords = 8

    func knows(_ word: String) -> Bool {
        book.words.contains(word)
    }

    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution {
        guard !folded.isEmpty, folded.count <= Self.maximumWords,
            folded.allSatisfy({ $0.unicodeScalars.count <= WordDistance.maximumLength })
        else { return .unknown }
        let core = CoreWords(folded)
        var sameLetters: [NameSuggestion] = []
        var otherLanguage: [String] = []
        for subject in book.index.exactIDs(phrase) {
            var found = false
            for spelling in book.spellings(of: subject, in: language) {
                guard let difference = SpellingComparison.compare(written: phrase, accepted: spelling.text) else { continue }
                if difference == .same { return .accepted(subject: subject) }
                if !found {
                    sameLetters.append(
                        NameSuggestion(
                            subject: subject, spelling: spelling.text, edits: 0,
                            difference: difference == .accents ? .accents : .separators))
                }
                found = true
            }
            if !found { otherLanguage.append(subject) }
        }
        if !sameLetters.isEmpty { return .misspelled(sameLetters) }
        if let subject = otherLanguage.first {
            let near = otherLanguage.compactMap { nearest(of: $0, to: core) }.filter { $0.edits > 0 }
            let otherLanguage: Language = language == .fr ? .en : .fr
            return near.isEmpty
                ? .variant(subject: subject)
                : .misspelled(near.map { NameSuggestion(subject: $0.subject, spelling: $0.spelling, edits: $0.edits, difference: .language(otherLanguage)) })
        }
        if positional { return .unknown }
        guard core.words.count == 1 else { return fuzzy(phrase, core: core, edits: Self.maximumEdits, in: book.index) }
        // A lone word is matched within its own allowance, against one-word spellings only: a
        // word too short for any edit, or one that some spelling has as it is ("Ahmed", a word
        // of a name rather than a misspelling of another), has nothing more to find.
        let word = core.words[0]
        let edits = WordDistance.allowance(length: word.count, alone: true)
        guard edits > 0, !book.words.contains(String(String.UnicodeScalarView(word))) else { return .unknown }
        return fuzzy(phrase, core: core, edits: edits, in: book.singleWordIndex)
    }

    /// An index's candidates, each checked against its subject's spellings in this language.
    private func fuzzy(_ phrase: String, core: CoreWords, edits: Int, in index: NameIndex) -> NameResolution {
        var suggestions: [(suggestion: NameSuggestion, score: Double)] = []
        var partOf: String?
        for candidate in index.candidates(for: phrase, maxDistance: edits, limit: 4) {
            if let near = nearest(of: candidate.id, to: core) {
                if near.edits == 0 { return .variant(subject: candidate.id) }
                suggestions.append((near, candidate.score))
            } else if candidate.distance == 0, partOf == nil {
                partOf = candidate.id
            }
        }
        if !suggestions.isEmpty {
            let ordered = suggestions.sorted {
                ($0.suggestion.edits, -$0.score, book.position(of: $0.suggestion.subject))
                    < ($1.suggestion.edits, -$1.score, book.position(of: $1.suggestion.subject))
            }
            return .misspelled(ordered.map(\.suggestion))
        }
        return partOf.map { .variant(subject: $0) } ?? .unknown
    }

    /// A subject's spelling in this language nearest to the core words, with its edits, when
    /// every word pairs in order within its allowance.
    private func nearest(of subject: String, to core: CoreWords) -> NameSuggestion? {
        var best: NameSuggestion?
        for spelling in book.spellings(of: subject, in: language) {
            guard let edits = core.edits(to: CoreWords(NameFolding.tokens(spelling.text))),
                edits < best?.edits ?? Int.max
            else { continue }
            best = NameSuggestion(subject: subject, spelling: spelling.text, edits: edits, difference: .letters)
        }
        return best
    }
}
