import FactDeskKit

/// The words that name properties in one language ("pays membres" → `member-countries`),
/// matched against a draft's tokens, longest term first.
struct PropertyTerms {
    private struct Term {
        var property: String
        /// Each word folded with ``Fold/termWord(_:)``.
        var words: [String]
    }

    /// The terms, by their first folded word.
    private let byFirstWord: [String: [Term]]
    /// Terms of a membership without their word of members ("États et gouvernements" for
    /// "États et gouvernements membres", "states and governments" for "member states and
    /// governments"), longest first.
    private let membershipStems: [Term]
    /// The number of words of the longest term.
    let longest: Int
    /// The properties of a membership stated with a longer term of members ("États et
    /// gouvernements membres", "member states and governments"), other than the member countries
    /// and the founders: what « les 88 membres » of a body may count. Read once, for every claim.
    let memberProperties: [String]

    /// Reads the terms of a language, splitting them into words as the tokenizer does.
    init(_ terms: [PropertyTerm]) {
        var byFirstWord: [String: [Term]] = [:]
        for term in terms {
            let words = NameWords.words(of: term.term).map(Fold.termWord)
            guard let first = words.first else { continue }
            byFirstWord[first, default: []].append(Term(property: term.property, words: words))
        }
        self.byFirstWord = byFirstWord.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        self.longest = byFirstWord.values.joined().map(\.words.count).max() ?? 0
        let memberWords: Set<String> = ["member", "membre"]
        self.membershipStems = byFirstWord.values.joined().compactMap { term -> Term? in
            // Two words or more besides the word of members: "pays membres" alone is "pays", any country.
            guard term.words.count > 2 else { return nil }
            if let last = term.words.last, memberWords.contains(last) {
                return Term(property: term.property, words: Array(term.words.dropLast()))
            }
            return memberWords.contains(term.words[0]) ? Term(property: term.property, words: Array(term.words.dropFirst())) : nil
        }.sorted { $0.words.count > $1.words.count }
        var seen: Set<String> = ["member-countries", "founding-members", "members"]
        self.memberProperties = byFirstWord.values.joined().filter { term in
            term.words.count > 1 && term.words.contains { memberWords.contains($0) }
                && !term.words.contains { ["founding", "fondateur", "fondatrice", "original"].contains($0) }
        }.map(\.property).filter { seen.insert($0).inserted }.sorted()
    }

    /// The membership named without its word of members by the words starting at token `index`
    /// (« États et gouvernements »), and the tokens they cover.
    func membershipStem(at index: Int, in tokens: [Token]) -> (property: String, tokens: Range<Int>)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let first = Fold.termWord(tokens[index].text)
        stems: for stem in membershipStems where stem.words[0] == first && index + stem.words.count <= tokens.count {
            for (offset, word) in stem.words.enumerated().dropFirst() {
                let token = tokens[index + offset]
                guard token.kind == .word, Fold.termWord(token.text) == word else { continue stems }
            }
            return (stem.property, index..<index + stem.words.count)
        }
        return nil
    }

    /// Whether no property has a term.
    var isEmpty: Bool { byFirstWord.isEmpty }

    /// Whether a word, folded with ``Fold/termWord(_:)``, is a word of a term of `property`.
    func hasWord(_ word: String, inTermsOf property: String) -> Bool {
        byFirstWord.values.contains { terms in terms.contains { $0.property == property && $0.words.contains(word) } }
    }

    /// The property named by the words starting at token `index`, and the tokens they cover.
    func match(at index: Int, in tokens: [Token]) -> (property: String, tokens: Range<Int>)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        guard let candidates = byFirstWord[Fold.termWord(tokens[index].text)] else {
            return matchHyphenated(at: index, in: tokens)
        }
        candidates: for term in candidates {
            let end = index + term.words.count
            guard end <= tokens.count else { continue }
            for (offset, word) in term.words.enumerated().dropFirst() {
                let token = tokens[index + offset]
                guard token.kind == .word, !token.followsLineBreak, Fold.termWord(token.text) == word else {
                    if offset == 1, let found = matchPastParticiple(term, at: index, in: tokens) { return found }
                    continue candidates
                }
            }
            return (term.property, index..<end)
        }
        return nil
    }

    /// A term whose first words one hyphenated word joins (« États-membres », "member-states"),
    /// with its other words in the tokens after it.
    private func matchHyphenated(at index: Int, in tokens: [Token]) -> (property: String, tokens: Range<Int>)? {
        let text = tokens[index].text
        // One pass over the bytes: "-", or the lead byte of U+2010 and U+2011 (E2 80 90, E2 80 91).
        guard text.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { return nil }
        let isHyphen: (Character) -> Bool = { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }
        // The first part alone first: most hyphenated words start no term.
        guard let hyphen = text.firstIndex(where: isHyphen), hyphen > text.startIndex,
            let candidates = byFirstWord[Fold.termWord(String(text[..<hyphen]))]
        else { return nil }
        let parts = text.split(whereSeparator: isHyphen).map { Fold.termWord(String($0)) }
        guard parts.count > 1 else { return nil }
        for term in candidates where term.words.count >= parts.count && term.words.starts(with: parts) {
            if let end = endOfWords(term.words.dropFirst(parts.count), from: index + 1, in: tokens) {
                return (term.property, index..<end)
            }
        }
        return nil
    }

    /// The token after `words` written one per token from token `index` on, each a word on the
    /// line of the one before; `nil` when the tokens there are other words.
    private func endOfWords(_ words: ArraySlice<String>, from index: Int, in tokens: [Token]) -> Int? {
        let end = index + words.count
        guard end <= tokens.count else { return nil }
        for (token, word) in zip(tokens[index..<end], words) {
            guard token.kind == .word, !token.followsLineBreak, Fold.termWord(token.text) == word else { return nil }
        }
        return end
    }

    /// A French term of several words with a past participle written after its first word
    /// (« films présentés en compétition » for « films en compétition »).
    private func matchPastParticiple(_ term: Term, at index: Int, in tokens: [Token]) -> (property: String, tokens: Range<Int>)? {
        guard index + term.words.count + 1 <= tokens.count, tokens[index + 1].kind == .word,
            case let participle = tokens[index + 1].text,
            participle.hasSuffix("é") || participle.hasSuffix("és") || participle.hasSuffix("ée") || participle.hasSuffix("ées"),
            let end = endOfWords(term.words.dropFirst(), from: index + 2, in: tokens)
        else { return nil }
        return (term.property, index..<end)
    }

    /// The properties other than `property` whose term is exactly the words of the tokens `range`:
    /// one word listed for several properties ("members" of a body's countries, of a chamber's
    /// seats and of a jury; « films » of a festival's competition and of its programme), each
    /// tried when the subject has no facts of the first.
    func otherProperties(than property: String, sharingTermAt range: Range<Int>, in tokens: [Token]) -> [String] {
        guard !range.isEmpty, range.upperBound <= tokens.count, tokens[range.lowerBound].kind == .word,
            let candidates = byFirstWord[Fold.termWord(tokens[range.lowerBound].text)]
        else { return [] }
        let words = tokens[range].map { Fold.termWord($0.text) }
        var seen: Set<String> = [property]
        return candidates.filter { $0.words == words && seen.insert($0.property).inserted }.map(\.property)
    }

    /// A term of several words whose first word is `first` (folded with ``Fold/termWord(_:)``) and
    /// whose other words start at token `index`: the rest of a term written after a count whose noun
    /// is left out (« 83 films, dont 21 en compétition » for « films en compétition »).
    func completion(of first: String, at index: Int, in tokens: [Token]) -> (property: String, tokens: Range<Int>)? {
        guard let candidates = byFirstWord[first] else { return nil }
        for term in candidates where term.words.count > 1 {
            if let end = endOfWords(term.words.dropFirst(), from: index, in: tokens) { return (term.property, index..<end) }
        }
        return nil
    }

    /// The properties a word joined to a number names ("31-member", "650-seat"): for "member",
    /// those whose term starts with it ("member countries", "member states"), then those whose
    /// term is the word ("members", "seats"), and for "member" the seats of a chamber ("the
    /// 543-member Lok Sabha"); a longer term of another word ("14-year" for "years
    /// of Conservative rule") names nothing.
    func compound(_ word: String) -> [String] {
        // Terms fold plurals away: "seats" and "seat" are one word here; "parties" folds to
        // "partie", which "198-party" is written as.
        let folded = Fold.termWord(word)
        let terms =
            byFirstWord[folded]
            ?? (folded.hasSuffix("y") ? byFirstWord[String(folded.dropLast()) + "ie"] : nil) ?? []
        let plural = terms.filter { $0.words.count == 1 }.map(\.property)
        // "31-member" counts members: of the longer terms, only those of members ("member countries").
        let longer = terms.filter { $0.words.count > 1 && ["member", "membre"].contains($0.words[0]) }.map(\.property)
        // The members of a chamber are its seats: "the 543-member Lok Sabha".
        let chamber = ["member", "membre"].contains(Fold.termWord(word)) ? seatProperties : []
        var seen = Set<String>()
        return (longer + plural + chamber)
            .filter { seen.insert($0).inserted }
    }

    /// The first property whose term is one of `words` alone, folded with ``Fold/termWord(_:)``
    /// ("defendant" for "defendants").
    func singleWordProperty(in words: Set<String>) -> String? {
        words.sorted().lazy.compactMap { self.byFirstWord[$0]?.first { $0.words.count == 1 }?.property }.first
    }

    /// The properties whose term is the one word "seats" or « sièges »: a chamber's seats, which
    /// its members fill ("the 543-member Lok Sabha", "the 650 MPs").
    var seatProperties: [String] {
        ((byFirstWord["seat"] ?? []) + (byFirstWord["siege"] ?? [])).filter { $0.words.count == 1 }.map(\.property)
    }
}
