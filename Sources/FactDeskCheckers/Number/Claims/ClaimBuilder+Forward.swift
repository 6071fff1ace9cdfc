import FactDeskKit

/// Properties named after their number.
extension ClaimBuilder {
    /// The property named right after a number: "195 pays membres", "2 millions d’habitants",
    /// "150 des pays membres", "250 of the 196 member countries", "196 INTERPOL member countries";
    /// and "150 pays membres sur 196", a part.
    func forward(from index: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        func term(at index: Int) -> (property: String, tokens: Range<Int>)? {
            index < sentence.upperBound
                ? terms.match(at: index, in: tokens).flatMap { $0.tokens.upperBound <= sentence.upperBound ? $0 : nil }
                : nil
        }
        if let found = term(at: index) {
            var match = TermMatch(property: found.property, term: found.tokens)
            if let whole = wholeAfterTerm(found.tokens.upperBound) {
                match.isPart = true
                match.whole = whole
            } else if isWord(found.tokens.upperBound, in: ClaimWords.partFollowers) {
                // « les cinq sièges restants », "the 12 seats left".
                match.isPart = true
            }
            return match
        }
        if let compound = compound(at: index, in: sentence) { return compound }
        if isWord(index, in: ClaimWords.countedWith), let found = term(at: index + 1) {
            return TermMatch(property: found.property, term: found.tokens)
        }
        if let part = partOpening(at: index) {
            var next = part
            // "210 of INTERPOL’s member countries".
            let owner = subjects.named(startingAt: next, sentence: sentenceIndex)
            if let owner { next = owner.tokens.upperBound }
            let whole = wholeMention(at: next)
            if let whole { next = document.tokenRange(of: whole.span).upperBound }
            if let found = term(at: next) {
                return TermMatch(
                    property: found.property, term: found.tokens, isPart: true, whole: whole, subject: owner)
            }
        }
        if let named = subjects.named(startingAt: index, sentence: sentenceIndex),
            let found = term(at: named.tokens.upperBound)
        {
            return TermMatch(property: found.property, term: found.tokens, subject: named)
        }
        // "The 38 miners who died in the …", « les 38 mineurs qui ont péri »: people, then a relative
        // clause whose verb names the property.
        if isWord(index, in: Self.peopleNouns), isWord(index + 1, in: Self.peopleRelatives) {
            var verb = index + 2
            while verb < min(sentence.upperBound, index + 5), isWord(verb, in: Self.relativeAuxiliaries) { verb += 1 }
            if let found = term(at: verb) { return TermMatch(property: found.property, term: index..<found.tokens.upperBound) }
        }
        return nil
    }

    /// Nouns of people a count may be followed by before a relative clause, folded.
    static let peopleNouns: Set<String> = [
        "people", "men", "women", "persons", "children", "workers", "passengers", "sailors", "miners", "fans",
        "personnes", "hommes", "femmes", "enfants", "ouvriers", "passagers", "marins", "mineurs", "supporters",
    ]
    /// Relative pronouns after such a noun, folded.
    static let peopleRelatives: Set<String> = ["who", "that", "qui"]
    /// Auxiliaries between the relative pronoun and the verb, folded: "who were killed", « qui ont péri ».
    static let relativeAuxiliaries: Set<String> = ["were", "had", "have", "been", "ont", "avaient", "sont", "etaient"]

    /// A word joined to the number by a hyphen that names properties: "the 31-member military
    /// alliance", "the 650-seat Parliament". The first of its properties the subject has facts of is
    /// chosen when the claim is built.
    private func compound(at index: Int, in sentence: Range<Int>) -> TermMatch? {
        guard index + 1 < sentence.upperBound, tokens[index].text == "-", tokens[index + 1].kind == .word,
            tokens[index].span.start == tokens[index - 1].span.end, tokens[index + 1].span.start == tokens[index].span.end
        else { return nil }
        if let title = titleCount(
            word: tokens[index + 1].text[...], number: index - 1, start: index, wordEnd: index + 2, in: sentence)
        {
            return title
        }
        // "full 128-player draws", "the 12-seat threshold": a longer term opening with the word after
        // the hyphen names what the capacity counts.
        if let longer = terms.match(at: index + 1, in: tokens), longer.tokens.count > 1,
            longer.tokens.upperBound <= sentence.upperBound
        {
            return TermMatch(property: longer.property, term: index..<longer.tokens.upperBound, isCapacity: true)
        }
        return capacity(word: tokens[index + 1].text, term: index..<index + 2)
    }

    /// The capacity named by `word`, the words of `term` joined to a number by a hyphen (the
    /// hyphen and "member" of "31-member", or the whole word "six-member"), with its owner named
    /// right after the term.
    func capacity(word: String, term: Range<Int>) -> TermMatch? {
        let folded = Fold.word(word)
        let after = term.upperBound
        // "the 31-strong alliance": a body's strength is its members.
        var properties = terms.compound(Self.strengthWords.contains(folded) ? "member" : word)
        // "the 543-member Lok Sabha": the name right after is the owner.
        let sentenceIndex = document.sentenceIndex(of: tokens[term.lowerBound].span.start)
        let owner = subjects.named(startingAt: after, sentence: sentenceIndex)
        let isCountryNoun = Self.countryNouns.contains(folded)
        if isCountryNoun, !properties.contains(Self.memberCountries),
            owner != nil || isBodyNoun(after) || isBodyNoun(after + 1)
        {
            // "the 55-nation African Union", "the 32-country alliance" (not "a 12-nation tour").
            properties.append(Self.memberCountries)
        } else if isCountryNoun, !properties.contains(Self.teams), isTournament(at: after, sentence: sentenceIndex) {
            // "the first 32-nation Women's World Cup", "a 24-nation tournament": the nations that play.
            properties.append(Self.teams)
        }
        guard let first = properties.first else { return nil }
        return TermMatch(
            property: owner.flatMap { owner in properties.first { subjects.hasFacts($0, of: owner) } } ?? first,
            term: term, subject: owner.flatMap { owner in
                properties.contains { subjects.hasFacts($0, of: owner) } ? owner : nil
            }, alternatives: Array(properties.dropFirst()), isCapacity: true)
    }

    /// Nouns of one stage of a competition, folded: "the eight-team final round", "a 32-player
    /// main draw" count who plays in that stage, not in the whole event.
    static let stageNouns: Set<String> = [
        "stage", "stages", "round", "rounds", "phase", "phases", "playoff", "playoffs", "play-off", "play-offs",
        "bracket", "knockout", "knockouts", "draw", "pool", "pools",
    ]

    /// Whether a noun of ``stageNouns`` is among the two words after a hyphenated capacity
    /// ending at token `termEnd`.
    func isStage(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        (termEnd..<min(sentence.upperBound, termEnd + 2)).contains {
            tokens[$0].kind == .word && Self.stageNouns.contains(Fold.word(tokens[$0].text))
        }
    }

    /// Words after a hyphenated capacity that end the words it may qualify: "the 300-strong
    /// delegation of Lakeland" qualifies no body named after "of", folded.
    static let capacityStops: Set<String> = ["of", "from", "for", "in", "at", "to", "with", "and", "de", "du", "des"]

    /// Words joined to a count by a hyphen that count a body's members: "the 31-strong alliance", folded.
    static let strengthWords: Set<String> = ["strong"]

    /// Whether a tournament is named right after token `index`: an event or a series ("the
    /// 32-nation Women's World Cup"; not "a 12-nation qualifying tournament").
    private func isTournament(at index: Int, sentence: Int) -> Bool {
        guard let named = subjects.named(startingAt: index, sentence: sentence, includingSeries: true) else {
            return false
        }
        return named.kind == .event || named.kind == .series
    }

    /// Whether a capacity joined to its number by a hyphen is the one of a subject named or
    /// described right after it, past at most two lowercase words but no preposition ("the
    /// expanded 32-team Women's World Cup", "the 31-member military alliance"; a place or a
    /// person names no capacity's owner): that subject's total, whatever
    /// the word before the number. After "a", "an" only a name counts: "a 24-team tournament"
    /// is another one than the draft's (and "a 30-member delegation" none), unless it stands in
    /// an apposition right after a body's or an event's name ("the Harbour Alliance, a 40-nation
    /// bloc,"): a description of that name.
    /// - Parameter start: the first token of the number.
    func isCapacityOfNamed(_ term: Range<Int>, after start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> Bool
    {
        let isIndefinite =
            start > sentence.lowerBound && isWord(start - 1, in: ClaimWords.indefiniteArticles)
            && !isAppositionToNamed(article: start - 1, in: sentence, sentence: sentenceIndex)
            && !isPredicate(article: start - 1, in: sentence)
        for index in term.upperBound..<min(sentence.upperBound, term.upperBound + 3) {
            if let named = subjects.named(startingAt: index, sentence: sentenceIndex, includingSeries: true) {
                return named.kind != .place && named.kind != .person
            }
            guard tokens[index].kind == .word, !isWord(index, in: Self.capacityStops) else { return false }
            let word = Fold.word(SubjectOccurrences.withoutPossessive(tokens[index].text))
            if Descriptions.nouns[word] != nil { return !isIndefinite }
            guard !Fold.isCapitalised(tokens[index].text) else { return false }
        }
        return false
    }

    /// Whether the indefinite article at token `article` opens an apposition to a body or an
    /// event named right before its comma ("the Harbour Alliance, a 40-nation bloc").
    private func isAppositionToNamed(article: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        guard article - 2 >= sentence.lowerBound, tokens[article - 1].text == ",",
            let named = subjects.named(endingAt: article - 2, sentence: sentenceIndex)
        else { return false }
        return named.kind != .place && named.kind != .person
    }

    /// Verbs that make the noun phrase after them what their subject is, folded: "the bloc is a
    /// 10-member group", "Norland's entry made it a 10-member organisation".
    static let predicateVerbs: Set<String> = [
        "is", "was", "remains", "became", "becomes", "become", "made", "making", "makes", "turned", "turning",
    ]
    /// Words that may stand between such a verb and the article, folded ("made it a", "is now a", "turning it into a").
    static let predicateFillers: Set<String> = ["it", "now", "into", "still", "thus"]

    /// Whether the indefinite article at token `article` opens the predicate of a verb of being or
    /// making ("made it a 10-member organisation"): the noun phrase describes the subject, as an
    /// apposition to its name does; a description noun of a body must follow, as for any description.
    private func isPredicate(article: Int, in sentence: Range<Int>) -> Bool {
        var index = article - 1
        while index > sentence.lowerBound, article - index <= 3, isWord(index, in: Self.predicateFillers) { index -= 1 }
        return index >= sentence.lowerBound && isWord(index, in: Self.predicateVerbs)
    }

    /// Whether token `index` is a noun of a body ("alliance", "bloc", "union").
    private func isBodyNoun(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word
            && Descriptions.nouns[Fold.word(tokens[index].text)]?.contains(.organization) == true
    }

    /// Where the property of a part starts after "des", "d’entre les", "parmi les", "sur les",
    /// "of the", "out of the".
    private func partOpening(at index: Int) -> Int? {
        var next: Int
        if isWord(index, in: ["d'"]), isWord(index + 1, in: ["entre"]) {
            next = index + 2
        } else if isWord(index, in: ["out"]), isWord(index + 1, in: ["of"]) {
            next = index + 2
        } else if isWord(index, in: ClaimWords.partWords) {
            next = index + 1
        } else {
            return nil
        }
        if isWord(next, in: ClaimWords.determiners) { next += 1 }
        return next
    }

    /// The whole after a part's property: "150 pays membres sur 196", "150 member countries out of 196".
    private func wholeAfterTerm(_ index: Int) -> Mention? {
        if isWord(index, in: ["sur"]) { return wholeMention(at: index + 1) }
        if isWord(index, in: ["out"]), isWord(index + 1, in: ["of"]) { return wholeMention(at: index + 2) }
        return nil
    }

    /// The number mention starting at token `index`, if any.
    private func wholeMention(at index: Int) -> Mention? {
        guard index < tokens.count, tokens[index].kind == .number else { return nil }
        return numbers.mention(startingAt: tokens[index].span.start)
    }

}
