import FactDeskKit

/// Properties named before their number.
extension ClaimBuilder {
    /// The property named before a number: "pays membres : 196", "le nombre de pays membres est
    /// de 196", "the number of INTERPOL member countries is 196", "le budget d’INTERPOL atteint
    /// 176 M€", "INTERPOL’s budget stands at €176m", "un budget de 3,2 Md€".
    ///
    /// Between the property and the number stand only linking words ("est de", "s’élève à",
    /// "stands at"), the period it speaks of ("of 2023"), a complement naming the subject ("d’INTERPOL",
    /// "in the 2025 election") or describing it ("for this election", « à ce scrutin »), or nothing when the term
    /// itself ends with "de" or "of" ("mandat de", "bénéfice net qui progresse de"); a verb of change followed
    /// by "de" or "from" introduces an old value ("passé de 195"), which is no claim; after a colon
    /// that follows a count of the property ("nine host cities: five in Lakeland"), the number is a part.
    func backward(from start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        var index = start - 1
        var gap: [String] = []
        var hasColon = false
        var hasComma = false
        var subject: SubjectOccurrence?
        while index >= sentence.lowerBound, gap.count <= 4 {
            if let found = term(endingAt: index, from: sentence.lowerBound) {
                guard !Self.introducesOldValue(gap) else { return nil }
                // "nine host cities: five in Lakeland": the colon lists the parts of a count already given.
                if hasColon, isCounted(before: found.tokens.lowerBound) { return nil }
                var lead = found.tokens.lowerBound
                // "number of INTERPOL member countries", "INTERPOL’s budget".
                let before = subjects.named(endingAt: lead - 1, sentence: sentenceIndex)
                if let before { lead = before.tokens.lowerBound }
                // "the number of its members": a possessive between the count's words and the term.
                let countWords =
                    countWordsStart(before: lead)
                    ?? (isWord(lead - 1, in: Self.countPossessives) ? countWordsStart(before: lead - 1) : nil)
                // « Le nombre d’accusés, 51, est inédit »: a comma only after words that announce a count.
                if hasComma, countWords == nil { return nil }
                let isAnnounced =
                    hasColon || countWords != nil
                    || (gap.isEmpty && isWord(found.tokens.upperBound - 1, in: ClaimWords.ofWords))
                    // "the disaster, which killed 41 people": a term that is a verb of toll.
                    || (gap.isEmpty && isWord(found.tokens.upperBound - 1, in: ClaimWords.tollVerbs)
                        && countsPeople(from: start))
                    || (gap.count == 1 && ClaimWords.ofWords.contains(gap[0])
                        && isWord(lead - 1, in: ClaimWords.indefiniteArticles))
                    || (gap.contains(where: ClaimWords.linkVerbs.contains)
                        && (before != nil || isDetermined(lead) || startsSentence(lead, in: sentence)))
                guard isAnnounced else { return nil }
                return TermMatch(
                    property: found.property, term: found.tokens, lead: countWords ?? lead, subject: subject ?? before)
            }
            let token = tokens[index]
            if token.text == ":" {
                hasColon = true
            } else if token.text == ",", gap.isEmpty, !hasComma, !hasColon {
                hasComma = true
            } else if dates.covers(token.span.start) || token.isModernYear {
                // "revenue for the quarter of 2023 came in at": the period, not a link.
            } else if token.kind == .word, ClaimWords.linkWords.contains(Fold.word(token.text)) {
                gap.insert(Fold.word(token.text), at: 0)
            } else if let named = subjects.named(endingAt: index, sentence: sentenceIndex),
                let complement = complementStart(before: named.tokens.lowerBound, of: named)
            {
                // "le budget d’INTERPOL atteint", "turnout in the 2025 election was": the complement names the subject.
                subject = named
                index = complement
            } else if let complement = describedComplementStart(endingAt: index, floor: sentence.lowerBound) {
                // "turnout for this election reached": the resolver reads the description.
                index = complement
            } else {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Whether the number starting at token `start` counts people: a noun of ``ClaimWords/tollNouns``
    /// or no word after it ("killed 41 people", "killed 41."), not "killed 300 cows".
    private func countsPeople(from start: Int) -> Bool {
        var next = start
        while next < tokens.count, numbers.covers(tokens[next].span.start) { next += 1 }
        return next == tokens.count || tokens[next].kind != .word || isWord(next, in: ClaimWords.tollNouns)
    }

    /// Whether a number mention ends right before token `index` ("nine host cities").
    private func isCounted(before index: Int) -> Bool {
        index > 0 && numbers.covers(tokens[index - 1].span.start)
    }

    /// Whether a definite article or a possessive stands before the property, past one word
    /// ("le budget", "the company’s total earnings").
    private func isDetermined(_ lead: Int) -> Bool {
        (lead - 2...lead - 1).contains { index in
            isWord(index, in: ClaimWords.definiteArticles)
                || (index >= 0 && ClaimWords.isPossessive(tokens[index].text))
        }
    }

    /// Whether a property opens its sentence, or its clause after an opening mark ("Turnout was
    /// 61%"): it is the verb's subject, as determined as "the turnout".
    private func startsSentence(_ lead: Int, in sentence: Range<Int>) -> Bool {
        lead == sentence.lowerBound || (lead > sentence.lowerBound && ClaimWords.openingMarks.contains(tokens[lead - 1].text))
    }

    /// Where "de", "d’", "of" (and an article after it) start, right before token `index`; for
    /// a body or an event, also "in", « à », « dans » ("turnout in the 2025 election").
    private func complementStart(before index: Int, of named: SubjectOccurrence) -> Int? {
        var start = index - 1
        if isWord(start, in: ClaimWords.articles) { start -= 1 }
        if isWord(start, in: ClaimWords.complementWords) { return start }
        return named.kind != .place && isWord(start, in: ClaimWords.locationWords) ? start : nil
    }

    /// Where a preposition starts before a description ending at token `end`: "for this
    /// election", « à ce scrutin », "of the summit" (``Descriptions/nouns``).
    private func describedComplementStart(endingAt end: Int, floor: Int) -> Int? {
        guard end - 2 >= floor, tokens[end].kind == .word, Descriptions.nouns[Fold.word(tokens[end].text)] != nil,
            isWord(end - 1, in: Descriptions.determiners), isWord(end - 2, in: ClaimWords.describedComplementWords)
        else { return nil }
        return end - 2
    }

    /// The longest property term whose last word is token `end` ("pays membres" rather than
    /// "membres").
    func term(endingAt end: Int, from floor: Int) -> (property: String, tokens: Range<Int>)? {
        for start in max(floor, end - terms.longest + 1)...end {
            if let found = terms.match(at: start, in: tokens), found.tokens.upperBound == end + 1 { return found }
        }
        return nil
    }

    /// Where "nombre de", "number of", "total de" start, right before token `index`.
    /// Possessives that may stand between "the number of" and its term, folded.
    static let countPossessives: Set<String> = ["its", "their", "ses", "leurs", "son", "sa"]

    private func countWordsStart(before index: Int) -> Int? {
        for words in ClaimWords.countWords where index - words.count >= 0 {
            let start = index - words.count
            if words.enumerated().allSatisfy({ isWord(start + $0.offset, in: [$0.element]) }) { return start }
        }
        return nil
    }

    /// The whole after a part: "240 sièges à pourvoir sur les 348 que compte le Sénat",
    /// "412 seats out of the 650": a number after « sur (les) » or "out of (the)" whose property
    /// is named within ``ClaimWords/partToWholeReach`` words before, a total of that property.
    func wholeOfPart(before start: Int, after end: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        guard let (opener, isDetermined) = partToWholeOpener(before: start) else { return nil }
        // "150 pays membres sur 196" is a part with its whole (``forward``), not a whole; « 182
        // sièges sur les 577 », "412 seats out of the 650" name the whole with the article.
        for termEnd in stride(from: opener - (isDetermined ? 1 : 2), through: max(sentence.lowerBound, opener - ClaimWords.partToWholeReach), by: -1) {
            if let found = term(endingAt: termEnd, from: sentence.lowerBound) {
                let owner = owner(after: end, sentence: sentenceIndex)
                // « 12 sièges sur les 30 en jeu » counts some seats: right after its part, the whole
                // names its owner or ends its clause.
                guard termEnd < opener - 1 || owner != nil || end >= sentence.upperBound || tokens[end].kind == .punctuation
                else { return nil }
                // « Les 32 sports se dérouleront sur 35 sites »: a whole followed by its own noun counts
                // something else, and so does one followed by another property's term (« 900
                // kilomètres de routes, répartis sur 6 étapes »).
                guard owner != nil || !countsOtherNoun(at: end) else { return nil }
                if let other = terms.match(at: end, in: tokens), other.property != found.property { return nil }
                return TermMatch(property: found.property, term: found.tokens, subject: owner)
            }
        }
        return nil
    }

    /// Whether token `index`, right after a whole's number, is a plural noun of its own ("sur 35
    /// sites"): a lowercase word ending in "s" or "x" that names no property and opens no complement.
    private func countsOtherNoun(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, terms.match(at: index, in: tokens) == nil,
            !isWord(index, in: ClaimWords.complementWords), !isWord(index, in: ClaimWords.locationWords)
        else { return false }
        let word = tokens[index].text
        return word.count >= 3 && word.first?.isLowercase == true && (word.hasSuffix("s") || word.hasSuffix("x"))
    }

    /// The words that open a whole after its part, right before the whole's number at `start`:
    /// « sur », "out of", with « les », "the" or no article between ("sur les 577", "out of 650").
    /// - Returns: the opener's first token, and whether an article stands between it and the number.
    func partToWholeOpener(before start: Int) -> (opener: Int, isDetermined: Bool)? {
        var index = start - 1
        let isDetermined = isWord(index, in: ClaimWords.determiners)
        if isDetermined { index -= 1 }
        if isWord(index, in: ["sur"]) { return (index, isDetermined) }
        if isWord(index, in: ["of"]), isWord(index - 1, in: ["out"]) { return (index - 1, isDetermined) }
        return nil
    }

    /// The body or event named in a complement right after a whole ("sur les 577 de
    /// l’Assemblée", "out of 543 in the Lok Sabha"): whose whole it is.
    func owner(after end: Int, sentence: Int) -> SubjectOccurrence? {
        guard isWord(end, in: ClaimWords.complementWords) || isWord(end, in: ClaimWords.locationWords) else { return nil }
        var next = end + 1
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        guard let named = subjects.named(startingAt: next, sentence: sentence), named.kind != .place else { return nil }
        return named
    }

    /// "passé de", "rose from": the number after is an old value.
    private static func introducesOldValue(_ gap: [String]) -> Bool {
        zip(gap, gap.dropFirst()).contains {
            ClaimWords.changeVerbs.contains($0) && ClaimWords.oldValueWords.contains($1)
        }
    }
}
