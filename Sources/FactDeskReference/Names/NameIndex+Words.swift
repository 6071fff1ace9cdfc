import FactDeskKit

/// What a name checker asks the index about words and exact spellings, answered from its tables
/// without listing every name.
extension NameIndex {
    /// Whether some spelling holds this folded word, as a word that is not a particle.
    public func holdsCoreWord(_ word: String) -> Bool {
        wordNumber(word).map { wordUses[Int($0)] & WordUse.core != 0 } ?? false
    }

    /// Whether a spelling accepted in `language` holds this folded word, as a word that is not a
    /// particle.
    public func holdsCoreWord(_ word: String, acceptedIn language: Language) -> Bool {
        wordNumber(word).map { wordUses[Int($0)] & WordUse.core(in: language) != 0 } ?? false
    }

    /// The id of the first entity or series, in the order indexed, with a spelling whose folded
    /// words, joined, are these words joined; `nil` when none has.
    public func firstSubject(foldedAs words: [String]) -> String? {
        exactSpellings(words).first.map { subjectIDs[Int(spellingSubjects[Int($0)])] }
    }

    /// Whether some spelling's core words, together or one of them, have this romanisation key
    /// (``Transliteration/key(words:)``): a word with it may be another romanisation of a name's
    /// word ("Mohamed", "Ka'bi").
    public func holdsTransliterationKey(_ key: String) -> Bool {
        !transliterationKeys.numbers(under: Self.keyHash(key)).isEmpty
    }

    /// The id of the first entity or series, in the order indexed, with a spelling whose core
    /// words together have this romanisation key; `nil` when none has. Two keys may share a
    /// hash: the caller compares the subject's spellings again.
    public func firstSubject(transliteratedAs key: String) -> String? {
        spellingsByTransliteration.numbers(under: Self.keyHash(key)).first.map {
            subjectIDs[Int(spellingSubjects[Int($0)])]
        }
    }
}

extension NameIndex {
    /// The spellings of a subject that a lone word of a draft may be matched with: those of one
    /// word besides particles, when the subject is known by one word — a place, an organisation,
    /// a series, or a person whose first spelling is one word ("Marrakech", "Europol"). A
    /// person's family name alone is not among them: a lone word close to one of a million
    /// family names is far more often another word than a misspelling.
    public static func standaloneEntries(id: String, isPerson: Bool, names: [Name]) -> [Entry] {
        func coreWords(_ text: String) -> Int {
            NameFolding.tokens(text).count(where: { !NameFolding.particles.contains($0) })
        }
        guard !isPerson || coreWords(names.first?.text ?? "") == 1 else { return [] }
        return names.filter { coreWords($0.text) == 1 }.map { Entry(id: id, name: $0) }
    }
}
