import FactDeskKit
import FactDeskReference
import FactDeskText

/// Gathers the names of one draft that name the same thing, and finds where a later one is
/// spelt differently from the first.
///
/// Names the reference data resolves are grouped by subject; two of them are spellings of one
/// name when one is the end of the other or when they are a few letters apart ("Marrakech",
/// "Marrakesh"), not when they are other names ("UN", "ONU"). Other names are grouped when they
/// have the same letters once folded ("Al-Raisi", "Al Raisi", "Alraisi"), when one is the end of
/// the other ("Al-Raisi" after "Ahmed Naser Al-Raisi"), when two names of two words or more
/// differ in one word that is a variant of the other (``SurnameVariants``: "Valdecy Urquisa",
/// "Valdecy Urquiza"), when a lone word is such a variant of an earlier name's last word ("Stamer"
/// after "Keir Starmer", not "Miliband" after "Ed Davey"), or when an acronym of four capitals or more has two neighbouring letters of an earlier one
/// swapped ("CENR" after "CERN").
/// Every look-up goes through a dictionary, so a draft of any length costs linear time.
struct SpellingGroups {
    /// The first spelling of each group, by subject for resolved names.
    private var firstBySubject: [String: NameOccurrence] = [:]
    /// The first spelling of each group of unresolved names, by the folded key of each of its endings.
    private var firstByEnding: [String: NameOccurrence] = [:]
    /// The first spelling of each group of unresolved names with an Arabic article, by the
    /// folded key of each of its endings with every article written `al` ("El-Mansouri" after
    /// "Hassan Al-Mansouri").
    private var firstByArticleEnding: [String: NameOccurrence] = [:]
    /// The first spelling of each group of unresolved names, by its words with one left out.
    private var firstByNeighbour: [String: NameOccurrence] = [:]
    /// The first of each acronym of ``shortestAcronym`` capitals or more, by its folded letters.
    private var firstByAcronym: [String: NameOccurrence] = [:]
    /// The first names ending with each family name (their last core word), by the keys of the
    /// word (``SurnameVariants/keys(of:)``), at most ``namesByKey`` a key.
    private var firstBySurname: [String: [Surname]] = [:]
    /// The first name of three core words or more by the neighbour signatures of each of its
    /// endings of two core words or more (a compound family name: "Okonkwo-Bell" of "Amara
    /// Okonkwo-Bell"), with that ending's folded words.
    private var firstByCompound: [String: (occurrence: NameOccurrence, ending: [String])] = [:]
    /// The core words of the names of two core words or more anywhere in the draft: a lone word
    /// written so names someone named in full ("Jansen" of "Lars Jansen"), not another's
    /// family name misspelt.
    private let namedInFull: Set<String>
    /// Whether a resolved subject is a person, whose family name a full name introduces.
    private let isPerson: (String) -> Bool

    /// The most names kept under one key of ``firstBySurname``.
    static let namesByKey = 4
    /// The most family names kept: a draft names far fewer people, and a wall of capitalised
    /// words costs no more than this many.
    static let maximumSurnames = 512
    /// The family names kept so far.
    private var surnameCount = 0

    /// A family name written in a name, and whether a full name introduced it.
    private struct Surname {
        var occurrence: NameOccurrence
        var word: String
        var introduced: Bool
    }

    /// Groups for a draft whose names (in text order) are `occurrences`; `isPerson` tells
    /// which resolved subjects are people.
    init(occurrences: [NameOccurrence] = [], isPerson: @escaping (String) -> Bool = { _ in true }) {
        var namedInFull = Set<String>()
        for occurrence in occurrences where !occurrence.positional {
            let words = CoreWords(occurrence.folded).texts
            if words.count > 1 { namedInFull.formUnion(words) }
        }
        self.namedInFull = namedInFull
        self.isPerson = isPerson
    }

    /// The shortest acronym whose letters swapped ("CENR" after "CERN") are read as the same
    /// acronym mistyped: shorter ones are often other acronyms ("UN", "NU").
    static let shortestAcronym = 4

    /// The earlier occurrence of the same name, spelt the way the group first spelt it, or `nil`
    /// for the first of its group; the occurrence joins its group either way.
    mutating func earlier(than occurrence: NameOccurrence) -> (first: NameOccurrence, spelling: String)? {
        let key = occurrence.folded.joined()
        if Self.isAcronym(occurrence.comparedText) {
            if occurrence.subject == nil, firstByAcronym[key] == nil,
                let swapped = Self.swaps(of: key).first(where: { firstByAcronym[$0] != nil }),
                let first = firstByAcronym[swapped]
            {
                return (first, first.comparedText)
            }
            if firstByAcronym[key] == nil { firstByAcronym[key] = occurrence }
        }
        if let subject = occurrence.subject {
            guard let first = firstBySubject[subject] else {
                firstBySubject[subject] = occurrence
                registerSurname(of: occurrence)
                registerCompoundEndings(of: occurrence)
                return nil
            }
            if Self.endsWith(first.comparedText, occurrence.comparedText) { return (first, occurrence.comparedText) }
            if let ending = Self.ending(of: first, withKey: key) { return (first, ending) }
            if Self.dropsParticles(occurrence.folded, first.folded) { return (first, occurrence.comparedText) }
            let close = CoreWords(occurrence.folded).edits(to: CoreWords(first.folded))
            return close == nil ? nil : (first, first.comparedText)
        }
        if let first = firstByEnding[key] {
            return (first, Self.ending(of: first, withKey: key) ?? first.comparedText)
        }
        if let first = firstByArticleEnding[Self.articleKey(occurrence.folded)] {
            let ending = first.folded.indices.lazy.map { first.folded[$0...] }
                .first { Self.articleKey(Array($0)) == Self.articleKey(occurrence.folded) }
            return (first, ending.flatMap { Self.ending(of: first, withKey: $0.joined()) } ?? first.comparedText)
        }
        let words = CoreWords(occurrence.folded).texts
        for (position, signature) in Self.neighbourSignatures(words).enumerated() {
            guard let first = firstByNeighbour[signature] else { continue }
            let firstWords = CoreWords(first.folded)
            let (mine, theirs) = (Array(words[position].unicodeScalars), firstWords.words[position])
            if SurnameVariants.areVariants(
                words[position], firstWords.texts[position], mine, theirs, withinName: true)
            {
                return (first, first.comparedText)
            }
        }
        if (2...Self.longestCompound).contains(words.count), let found = compoundVariant(of: words) { return found }
        if let found = surnameVariant(of: occurrence, introducedOnly: false) { return found }
        registerSurname(of: occurrence)
        registerCompoundEndings(of: occurrence)
        for start in occurrence.folded.indices {
            let ending = Array(occurrence.folded[start...])
            if firstByEnding[ending.joined()] == nil { firstByEnding[ending.joined()] = occurrence }
            guard ending.contains(where: Self.articles.contains) else { continue }
            let article = Self.articleKey(ending)
            if firstByArticleEnding[article] == nil { firstByArticleEnding[article] = occurrence }
        }
        for signature in Self.neighbourSignatures(words) where firstByNeighbour[signature] == nil {
            firstByNeighbour[signature] = occurrence
        }
        for opening in Self.capitalsOpenings(of: occurrence) {
            registerSurname(of: opening)
            registerCompoundEndings(of: opening)
            let key = opening.folded.joined()
            if firstByEnding[key] == nil { firstByEnding[key] = opening }
            for signature in Self.neighbourSignatures(CoreWords(opening.folded).texts)
            where firstByNeighbour[signature] == nil {
                firstByNeighbour[signature] = opening
            }
        }
        return nil
    }

    /// The openings of two words or more of a name written in capitals with more words after
    /// them, as names of their own: in a headline in capitals, case does not tell where the name
    /// ends (« BAKARY TOURÉ REÇU » holds « BAKARY TOURÉ »), so a later "Bakary Tourré" is
    /// compared with each opening.
    private static func capitalsOpenings(of occurrence: NameOccurrence) -> [NameOccurrence] {
        let scalars = Array(occurrence.text.unicodeScalars)
        let compared = Array(occurrence.comparedText.unicodeScalars)
        guard scalars.count == compared.count,
            !scalars.contains(where: { $0.properties.isLowercase }),
            scalars.contains(where: { $0.properties.isUppercase })
        else { return [] }
        let ends = scalars.indices.filter { $0 > 0 && $0 < scalars.count - 1 && scalars[$0] == " " && scalars[$0 - 1] != " " }
        guard ends.count >= 2 else { return [] }
        return ends.dropFirst().map { end in
            var opening = occurrence
            opening.span = FactDeskKit.Span(start: occurrence.span.start, end: occurrence.span.start + end)
            opening.text = String(scalars[..<end].map(Character.init))
            opening.comparedText = String(compared[..<end].map(Character.init))
            opening.folded = NameFolding.tokens(opening.comparedText)
            return opening
        }
    }

    /// Keeps the last core word of a name (not an area's: "Kars province") as a family name
    /// later mentions may write alone; a
    /// full name (two core words or more, of a person when resolved, no English connector:
    /// "Bank of Ghana") introduces it, and a reference person's even when it is an ordinary word
    /// ("Trump").
    private mutating func registerSurname(of occurrence: NameOccurrence) {
        let core = CoreWords(occurrence.folded).texts
        let introduced = core.count > 1 && occurrence.subject.map(isPerson) != false && Self.mayIntroduce(occurrence.folded)
        let person = introduced && occurrence.subject != nil
        guard surnameCount < Self.maximumSurnames, !occurrence.namesArea, let word = core.last,
            SurnameVariants.mayBeSurname(word, introduced: introduced, person: person)
        else { return }
        surnameCount += 1
        let surname = Surname(occurrence: occurrence, word: word, introduced: introduced)
        for key in SurnameVariants.keys(of: word) {
            var names = firstBySurname[key, default: []]
            guard names.count < Self.namesByKey, !names.contains(where: { $0.word == word }) else { continue }
            names.append(surname)
            firstBySurname[key] = names
        }
    }

    /// The English words that join the words of an organisation's or a place's name, never a
    /// person's ("Bank of Ghana", "Ministry for Europe").
    private static let connectors: Set<String> = ["of", "for", "and", "the", "on", "at", "in"]

    /// Whether a name's folded words may be a person's full name: no English connector.
    private static func mayIntroduce(_ folded: [String]) -> Bool {
        !folded.contains(where: connectors.contains)
    }

    /// The most core words of a compound family name ("García Márquez", "Okonkwo-Bell").
    static let longestCompound = 3

    /// Keeps the endings of two to ``longestCompound`` core words of a name of three or more (a
    /// compound family name), by their neighbour signatures, for later mentions that write one of their words
    /// otherwise ("Okonkwo-Bel" after "Amara Okonkwo-Bell").
    private mutating func registerCompoundEndings(of occurrence: NameOccurrence) {
        let folded = occurrence.folded
        let cores = folded.indices.filter { !NameFolding.particles.contains(folded[$0]) }
        guard cores.count >= 3, occurrence.subject.map(isPerson) != false, Self.mayIntroduce(folded) else { return }
        for count in 2...min(Self.longestCompound, cores.count - 1) {
            let ending = Array(folded[cores[cores.count - count]...])
            for signature in Self.neighbourSignatures(CoreWords(ending).texts) where firstByCompound[signature] == nil {
                firstByCompound[signature] = (occurrence, ending)
            }
        }
    }

    /// The first name whose compound family name these core words write with one word
    /// otherwise, with that family name as written there, or `nil`; a word written as an
    /// ordinary word ("Foreign Minister" after "Arab Foreign Ministers Council") is that word.
    private func compoundVariant(of words: [String]) -> (first: NameOccurrence, spelling: String)? {
        for (position, signature) in Self.neighbourSignatures(words).enumerated() {
            guard let (first, ending) = firstByCompound[signature] else { continue }
            let theirs = CoreWords(ending).texts[position]
            guard !OrdinaryWords.contains(words[position]),
                SurnameVariants.areVariants(
                    words[position], theirs, Array(words[position].unicodeScalars), Array(theirs.unicodeScalars),
                    introduced: true)
            else { continue }
            return (first, Self.ending(of: first, withKey: ending.joined()) ?? first.comparedText)
        }
        return nil
    }

    /// The first name whose family name a lone word writes otherwise ("Stamer" after "Keir
    /// Starmer"; "M. Sal" after "Macky Sall"), with the family name as written there, its
    /// particles as the lone word has them ("Al-Hashimi" for "Al-Hashmi"), or `nil`; only
    /// family names a full name introduced when `introducedOnly`. A word of a name written in
    /// full anywhere in the draft is that name's.
    private func surnameVariant(of occurrence: NameOccurrence, introducedOnly: Bool)
        -> (first: NameOccurrence, spelling: String)?
    {
        let words = CoreWords(occurrence.folded).texts
        guard words.count == 1, let word = words.first, !namedInFull.contains(word), !occurrence.namesArea,
            SurnameVariants.mayBeSurname(word, introduced: true)
        else { return nil }
        let letters = Array(word.unicodeScalars)
        for key in SurnameVariants.keys(of: word) {
            for surname in firstBySurname[key, default: []]
            where surname.word != word && (surname.introduced || !introducedOnly)
                && SurnameVariants.areVariants(
                    word, surname.word, letters, Array(surname.word.unicodeScalars), introduced: surname.introduced)
            {
                var written = occurrence.folded
                if let last = written.lastIndex(of: word) { written[last] = surname.word }
                let first = surname.occurrence
                return (
                    first,
                    Self.ending(of: first, withKey: written.joined()) ?? Self.ending(of: first, withKey: surname.word)
                        ?? first.comparedText
                )
            }
        }
        return nil
    }

    /// The earlier full name whose family name a word opening a sentence writes otherwise
    /// ("Bagchee later confirmed" after "Arindam Bagchi", "Okonkwo-Bel thanked" after "Amara
    /// Okonkwo-Bell"), with the family name as written there, or `nil`: such a word, of
    /// ``SurnameVariants/shortestIntroducedChanged`` letters or more and no ordinary word, is
    /// read against the full names only, and joins no group.
    func introducedSurname(writtenAs occurrence: NameOccurrence) -> (first: NameOccurrence, spelling: String)? {
        guard occurrence.resolution == .unknown else { return nil }
        let words = CoreWords(occurrence.folded).texts
        if words.count > 1 { return words.count <= Self.longestCompound ? compoundVariant(of: words) : nil }
        guard let word = words.first, word.unicodeScalars.count >= SurnameVariants.shortestIntroducedChanged else {
            return nil
        }
        return surnameVariant(of: occurrence, introducedOnly: true)
    }

    /// The folded key of words with the Arabic article written `al` whichever way it is
    /// romanised (`el`, `ul`).
    private static func articleKey(_ folded: [String]) -> String {
        folded.map { articles.contains($0) ? "al" : $0 }.joined()
    }

    /// The romanisations of the Arabic article.
    private static let articles: Set<String> = ["al", "el", "ul"]

    /// Whether one name is the other with particles dropped or added, and nothing else
    /// ("Sisi", "al-Sisi"): a short form, not another spelling.
    private static func dropsParticles(_ one: [String], _ other: [String]) -> Bool {
        guard one.count != other.count else { return false }
        let (shorter, longer) = one.count < other.count ? (one, other) : (other, one)
        var index = 0
        for word in longer {
            if index < shorter.count, shorter[index] == word {
                index += 1
            } else if !NameFolding.particles.contains(word) {
                return false
            }
        }
        return index == shorter.count
    }

    /// A word of ``shortestAcronym`` capital letters or more and nothing else ("CERN", "CEDEAO").
    private static func isAcronym(_ text: String) -> Bool {
        text.unicodeScalars.count >= shortestAcronym
            && text.unicodeScalars.allSatisfy { $0.properties.isUppercase && $0.properties.isAlphabetic }
    }

    /// The word with two neighbouring letters swapped, each way but the word itself.
    private static func swaps(of word: String) -> [String] {
        let letters = Array(word)
        return letters.indices.dropLast().compactMap { index in
            guard letters[index] != letters[index + 1] else { return nil }
            var swapped = letters
            swapped.swapAt(index, index + 1)
            return String(swapped)
        }
    }

    /// Whether `name` is `ending`, or ends with it after a space, hyphen, apostrophe or other
    /// separator: the same spelling, in full or short ("Al-Raisi" in "Ahmed Naser Al-Raisi").
    private static func endsWith(_ name: String, _ ending: String) -> Bool {
        let (whole, part) = (Array(name.utf8), Array(ending.utf8))
        guard whole.count >= part.count, whole.suffix(part.count).elementsEqual(part) else { return false }
        guard whole.count > part.count else { return true }
        let before = String(decoding: whole[..<(whole.count - part.count)], as: UTF8.self).unicodeScalars.last
        return before.map { !$0.properties.isAlphabetic && $0.properties.numericType == nil } ?? true
    }

    /// The end of a name as written, from a word boundary, whose folded key is `key` ("Al-Raisi"
    /// in "Ahmed Naser Al-Raisi" for `alraisi`).
    private static func ending(of occurrence: NameOccurrence, withKey key: String) -> String? {
        let folded = occurrence.folded
        guard folded.indices.contains(where: { folded[$0...].joined() == key }) else { return nil }
        let text = occurrence.comparedText
        for start in boundaries(of: text) {
            let ending = String(text[start...])
            if NameFolding.key(ending) == key { return ending }
        }
        return nil
    }

    /// Where words start: the start, and after each space, hyphen or apostrophe.
    private static func boundaries(of text: String) -> [String.Index] {
        var starts = [text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if !(text[index].isLetter || text[index].isNumber), next < text.endIndex, text[next].isLetter {
                starts.append(next)
            }
            index = next
        }
        return starts
    }

    /// For a name of two words or more, one signature per word: the words with that one left out.
    private static func neighbourSignatures(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return [] }
        return words.indices.map { left in
            words.enumerated().map { $0.offset == left ? "*" : $0.element }.joined(separator: " ")
        }
    }
}
