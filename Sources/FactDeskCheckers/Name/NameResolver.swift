import FactDeskKit
import FactDeskReference
import FactDeskText

/// Says what the reference data knows of a phrase (``NameResolver``; tests count the calls).
protocol PhraseResolver {
    /// What the reference data says about `phrase`, whose folded words are `folded`;
    /// `positional` when every word of it takes a capital by position (a lone word opening a
    /// sentence), so only exact spellings count.
    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution

    /// Whether a folded word is a word of some spelling.
    func knows(_ word: String) -> Bool

    /// Whether the folded words of one written word ("Ka'bi": `ka`, `bi`) may be another
    /// romanisation of a word of some spelling ("Kaabi").
    func mayRomanise(_ folded: [String]) -> Bool
}

/// Resolves phrases against a ``NameBook`` in the draft's language.
///
/// In order: an accepted spelling (case, capital accents and apostrophe kinds aside) is never
/// flagged, whichever subject it belongs to; the same letters with other accents or separators
/// are a misspelling of that spelling ("Urquizá", "Al Raisi"); a spelling accepted only in the
/// other language is a misspelling when this language's spelling is a few letters away
/// ("Marrakesh" in French) and a translation otherwise. A lone word where any word takes a
/// capital stops there, as does a phrase whose every word some spelling of the language has;
/// others are matched fuzzily — a lone word only with the names that stand alone in one word —
/// every core word paired in order with a spelling's, within
/// ``WordDistance/allowance(length:alone:)`` per word and two edits in all.
struct NameResolver: PhraseResolver {
    let book: NameBook
    let language: Language

    /// The most edits a name may carry and still be read as a misspelling.
    static let maximumEdits = 2
    /// The most words a phrase looked up may have.
    static let maximumWords = 8

    func knows(_ word: String) -> Bool {
        book.knows(word)
    }

    func mayRomanise(_ folded: [String]) -> Bool {
        book.mayRomanise(folded)
    }

    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution {
        var resolution = lookUp(phrase, folded: folded, positional: positional)
        // "World War II", "Elizabeth I": another numeral is another war, another queen.
        if case .misspelled(let suggestions) = resolution {
            let numerals = Self.romanNumerals(in: phrase)
            let sameNumerals = suggestions.filter { Self.romanNumerals(in: $0.spelling) == numerals }
            resolution = sameNumerals.isEmpty ? .unknown : .misspelled(sameNumerals)
        }
        // "CHOGMs", "the Springboks": a name in the plural is the name, not a misspelling of it.
        if case .misspelled(let suggestions) = resolution,
            suggestions.allSatisfy({ SpellingComparison.differOnlyByPluralS(phrase, $0.spelling) })
        {
            return .variant(subject: suggestions[0].subject)
        }
        return resolution
    }

    /// What the reference data says about `phrase`, a plural read as a misspelling included.
    private func lookUp(_ phrase: String, folded: [String], positional: Bool) -> NameResolution {
        guard !folded.isEmpty, folded.count <= Self.maximumWords,
            folded.allSatisfy({ $0.unicodeScalars.count <= WordDistance.maximumLength })
        else { return .unknown }
        let core = CoreWords(folded)
        if let exact = exactResolution(phrase, folded: folded, core: core) { return exact }
        // A misspelt name has a misspelt word: when every word is a word of some spelling of
        // this language as it stands ("Ahmed Al-Raisi", "Ahmed"), the phrase is part of a name
        // or another name, not a misspelling.
        // Unless the words together romanise a name otherwise ("Mohamed bin Salman", each word
        // known from other names, for "Mohammed bin Salman").
        if positional { return .unknown }
        if core.texts.allSatisfy({ book.knows($0, in: language) }) {
            return transliteration(of: core, folded: folded) ?? .unknown
        }
        if let transliterated = transliteration(of: core, folded: folded) { return transliterated }
        guard core.words.count == 1 else { return fuzzy(phrase, core: core, edits: Self.maximumEdits, in: book.index) }
        // A lone ordinary word of the language ("Samoan", "Defence", "Leaders") is that word,
        // not a misspelt name.
        if OrdinaryWords.contains(core.texts[0]) { return .unknown }
        // A country's one-word name in either language (« Tanzanie » where the reference data
        // writes only "Tanzania") is that country or another, never a misspelt name.
        if CountryNames.isCountry(core.texts[0]) { return .unknown }
        // A lone word is matched within its own allowance, against the names that stand alone
        // in one word (``NameBook/singleWordIndex``), then against the family names the
        // reference data lists alone, within one edit and from ``surnameLength`` letters (from
        // five for another romanisation).
        let edits = WordDistance.allowance(length: core.words[0].count, alone: true)
        guard edits > 0 else { return .unknown }
        // A lone family name is looked up without its particles ("El Ghazaouani" near "Ghazouani").
        let phrase = folded.count > 1 ? core.texts[0] : phrase
        if book.singleWordIndex.count > 0 {
            let resolution = fuzzy(phrase, core: core, edits: edits, in: book.singleWordIndex)
            if resolution != .unknown { return resolution }
        }
        // The whole index matches a lone word with its one-word spellings only: the family
        // names listed alone ("Zelensky" for "Volodymyr Zelensky").
        let surname = fuzzy(phrase, core: core, edits: 1, in: book.index)
        if core.words[0].count >= Self.surnameLength { return surname }
        guard case .misspelled(let suggestions) = surname, suggestions.allSatisfy({ $0.difference == .transliteration })
        else { return .unknown }
        return surname
    }

    /// The words of a name written as Roman numerals in capitals ("II" in "World War II", "VI" in
    /// "Mohammed VI").
    static func romanNumerals(in name: String) -> [Substring] {
        name.split(whereSeparator: { !$0.isLetter }).filter { word in
            word.allSatisfy { "IVXLCDM".contains($0) }
        }
    }

    /// The shortest lone word read as a misspelt family name: shorter ones one letter apart are
    /// other people's names ("Michel", "Michael"), unless they are another romanisation of it
    /// ("Naydu" for "Naidu").
    static let surnameLength = 7

    /// What the spellings that fold like the phrase say, or `nil` when none does: accepted,
    /// misspelt by its accents or separators, the other language's spelling, or a translation.
    private func exactResolution(_ phrase: String, folded: [String], core: CoreWords) -> NameResolution? {
        guard let first = book.firstRecord(foldedAs: folded) else { return nil }
        if first.names.contains(where: {
            $0.isAccepted(in: language) && SpellingComparison.compareToReference(written: phrase, accepted: $0.text) == .same
        }) {
            return .accepted(subject: first.id)
        }
        var sameLetters: [NameSuggestion] = []
        var spelledInTheOtherLanguage: [String] = []
        for subject in book.index.exactIDs(phrase) {
            var found = false
            for spelling in book.spellings(of: subject, in: language) {
                guard let difference = SpellingComparison.compareToReference(written: phrase, accepted: spelling.text) else {
                    continue
                }
                if difference == .same { return .accepted(subject: subject) }
                if !found {
                    sameLetters.append(
                        NameSuggestion(
                            subject: subject, spelling: spelling.text, edits: 0,
                            difference: difference == .accents
                                ? .accents : difference == .foldedAccents ? .foldedAccents : .separators))
                }
                found = true
            }
            if !found { spelledInTheOtherLanguage.append(subject) }
        }
        if !sameLetters.isEmpty { return .misspelled(sameLetters) }
        guard let subject = spelledInTheOtherLanguage.first else { return nil }
        // A nationality word of the place in this language is no other spelling of it: "the
        // Argentine province" (« Argentine » is French for the country, English for its people).
        if let places = IrregularDemonyms.places[NameFolding.key(phrase)],
            book.record(subject)?.names.contains(where: { name in places.contains(name.text) }) == true
        {
            return .variant(subject: subject)
        }
        // The other language's romanisation of a person's name this language spells otherwise
        // ("Poutine" in English, "Putin" in French) is another transliteration, not a
        // translation; a place's is the other language's spelling ("Marrakesh" in French).
        if case .misspelled(let suggestions)? = transliteration(of: core, folded: folded),
            suggestions.contains(where: {
                spelledInTheOtherLanguage.contains($0.subject) && book.record($0.subject)?.kind == .person
            })
        {
            return .misspelled(suggestions)
        }
        let near = spelledInTheOtherLanguage.compactMap { nearest(of: $0, to: core) }.filter { $0.edits > 0 }
        guard !near.isEmpty else { return .variant(subject: subject) }
        return .misspelled(
            near.map {
                NameSuggestion(
                    subject: $0.subject, spelling: $0.spelling, edits: $0.edits, difference: .otherLanguage)
            })
    }

    /// The subject one of whose spellings in this language is another romanisation of the core
    /// words within ``transliterationEdits(length:)`` ("Poutine" for "Putin", "Khrouchtchev"
    /// for "Khrushchev"), or `nil`. A lone ordinary word of the language is left alone, as are keys
    /// shorter than ``Transliteration/shortestSpellingKey``; the same core words with other
    /// particles are the name itself, unless the Arabic article is written otherwise
    /// ("El-Sisi" for "al-Sisi": ``articleChanged(_:_:)``).
    private func transliteration(of core: CoreWords, folded: [String]) -> NameResolution? {
        let key = Transliteration.key(words: core.texts)
        guard key.unicodeScalars.count >= Transliteration.shortestSpellingKey,
            let record = book.firstRecord(transliteratedAs: key)
        else { return nil }
        // A lone ordinary word ("Moody") is that word, unless it romanises a person's family
        // name of six letters or more ("Poutine" for "Putin"); a lone word shorter than five
        // letters is another person's name as often as a family name romanised otherwise.
        if core.texts.count == 1 {
            let length = core.texts[0].count
            if OrdinaryWords.contains(core.texts[0]), record.kind != .person || length < Self.romanisedOrdinaryWordLength {
                return nil
            }
            if record.kind == .person, length < Self.romanisedSurnameLength { return nil }
        }
        let written = core.texts.joined()
        for spelling in book.spellings(of: record.id, in: language) {
            let folding = NameFolding.tokens(spelling.text)
            let theirs = CoreWords(folding).texts.joined()
            if theirs == written {
                guard Self.articleChanged(folded, folding) else { return .variant(subject: record.id) }
                return .misspelled([
                    NameSuggestion(subject: record.id, spelling: spelling.text, edits: 0, difference: .transliteration)
                ])
            }
            guard Transliteration.keys(ofSpelling: spelling.text).contains(where: { $0.whole == key }),
                let edits = WordDistance.between(
                    Array(written.unicodeScalars), Array(theirs.unicodeScalars),
                    bound: Self.transliterationEdits(length: max(written.count, theirs.count)))
            else { continue }
            return .misspelled([
                NameSuggestion(subject: record.id, spelling: spelling.text, edits: edits, difference: .transliteration)
            ])
        }
        return nil
    }

    /// The romanisations of the Arabic article.
    private static let articles: Set<String> = ["al", "el", "ul"]

    /// Whether two folded names have their Arabic articles at the same places, one written
    /// otherwise ("el" for "al"): an article dropped or added is a short form, not another
    /// romanisation ("Sisi", "al-Sisi").
    static func articleChanged(_ written: [String], _ spelling: [String]) -> Bool {
        guard written.count == spelling.count else { return false }
        var changed = false
        for (mine, theirs) in zip(written, spelling) where mine != theirs {
            guard articles.contains(mine), articles.contains(theirs) else { return false }
            changed = true
        }
        return changed
    }

    /// The shortest ordinary word of the language read as a person's name romanised otherwise.
    static let romanisedOrdinaryWordLength = 6
    /// The shortest lone word read as a person's family name romanised otherwise ("Naydu").
    static let romanisedSurnameLength = 5

    /// The most letter edits another romanisation of a name may carry, by the letters of the
    /// longer of the two (core words joined): one up to five letters ("Moody" is no "Modi"),
    /// then a third of the letters, at least two ("Poutine" for "Putin", "Khrouchtchev" for
    /// "Khrushchev"), and two fifths from ``longRomanisation`` letters, where first and family
    /// names both change (« Evgueni Prigojine » for "Yevgeny Prigozhin").
    static func transliterationEdits(length: Int) -> Int {
        length <= 5 ? 1 : length < longRomanisation ? max(2, length / 3) : length * 2 / 5
    }

    /// The letters from which another romanisation may differ in two fifths of them.
    static let longRomanisation = 15

    /// An index's candidates, each checked against its subject's spellings in this language.
    private func fuzzy(_ phrase: String, core: CoreWords, edits: Int, in index: NameIndex) -> NameResolution {
        var suggestions: [(suggestion: NameSuggestion, score: Double)] = []
        var partOf: String?
        for candidate in index.candidates(for: phrase, maxDistance: edits, limit: 4) {
            if let near = nearest(of: candidate.id, to: core) {
                if near.edits == 0 { return .variant(subject: candidate.id) }
                if Self.isChangedShortWord(core, near) || Self.isOtherInitialWord(core, near) { continue }
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

    /// Whether a lone word starts with another letter than the spelling and differs from it by
    /// more than that letter, which makes another name rather than a typo: typing keeps a name's
    /// first letter, while names of one family share their endings ("Lanzhou" and "Fuzhou",
    /// "Tarbes" and "Barbès"). A first letter changed and nothing else is still a typo.
    /// In a name of several words, the one word that differs is read alike ("Lanzhou Book Fair"
    /// is not "Fuzhou Book Fair"), and so is one that names another country or continent
    /// (« Amérique du Sud » is not « Afrique du Sud »).
    private static func isOtherInitialWord(_ core: CoreWords, _ near: NameSuggestion) -> Bool {
        guard near.difference == .letters else { return false }
        let theirs = CoreWords(NameFolding.tokens(near.spelling))
        guard theirs.words.count == core.words.count else { return false }
        let differing = core.words.indices.filter { core.words[$0] != theirs.words[$0] }
        guard differing.count == 1, let index = differing.first else { return false }
        return isOtherInitial(core.words[index], theirs.words[index], edits: near.edits)
            || CountryNames.areTwoPlaces(
                String(String.UnicodeScalarView(core.words[index])), String(String.UnicodeScalarView(theirs.words[index])))
    }

    /// Whether two folded words `edits` apart start with other letters and differ by more
    /// than that (``isOtherInitialWord(_:_:)``).
    static func isOtherInitial(_ mine: [Unicode.Scalar], _ theirs: [Unicode.Scalar], edits: Int) -> Bool {
        edits > 1 && mine.first != nil && theirs.first != nil && mine.first != theirs.first
    }

    /// Whether a lone word of under ``SurnameVariants/shortestChanged`` letters is a spelling with
    /// one letter changed, which is another name as often as a typo ("Shana" for "Ghana",
    /// "Nigel" for "Niger"): left alone, unless it romanises the spelling otherwise ("Kenia").
    private static func isChangedShortWord(_ core: CoreWords, _ near: NameSuggestion) -> Bool {
        guard core.words.count == 1, near.difference == .letters else { return false }
        let theirs = CoreWords(NameFolding.tokens(near.spelling))
        guard theirs.words.count == 1 else { return false }
        let (mine, spelling) = (core.words[0], theirs.words[0])
        return mine.count == spelling.count && mine.count < SurnameVariants.shortestChanged
            && !SurnameVariants.isSwap(mine, spelling)
    }

    /// A subject's spelling in this language nearest to the core words, with its edits, when
    /// every word pairs in order within its allowance.
    private func nearest(of subject: String, to core: CoreWords) -> NameSuggestion? {
        var best: NameSuggestion?
        for spelling in book.spellings(of: subject, in: language) {
            guard let edits = core.edits(to: CoreWords(NameFolding.tokens(spelling.text))),
                edits < best?.edits ?? Int.max
            else { continue }
            let difference: NameSuggestion.Difference =
                Transliteration.same(core.texts, CoreWords(NameFolding.tokens(spelling.text)).texts) ? .transliteration : .letters
            best = NameSuggestion(subject: subject, spelling: spelling.text, edits: edits, difference: difference)
        }
        return best
    }
}
