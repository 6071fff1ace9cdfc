import FactDeskKit

/// Counts of countries whose words are not the property's own terms but whose sentence says they
/// are the members of an organisation or the teams of a tournament: "a federation of 160
/// sovereign countries", "brings together 56 countries", « réunit 55 pays », "hosting 180
/// country representatives", "its 32 member nations", "Thirty nations took part in the World Cup".
extension ClaimBuilder {
    /// The property of the countries an organisation counts as members.
    static let memberCountries = "member-countries"
    /// The property of the teams of a tournament.
    static let teams = "teams"
    /// The property of members of any kind, which for a body of states are its member countries.
    static let members = "members"

    /// Nouns of countries, folded.
    static let countryNouns: Set<String> = [
        "countries", "country", "nations", "nation", "states", "pays", "etats", "etat", "allies",
    ]
    /// After a country noun, nouns of the people who represent the countries, folded: "56 country
    /// representatives".
    static let delegateNouns: Set<String> = [
        "representatives", "delegations", "delegates", "leaders", "representants", "delegues", "dirigeants",
    ]
    /// Before a count of countries, verbs and possessives that make it the membership: "brings
    /// together 56 countries", "its 56 countries", « réunit 55 pays », « ses 55 pays », folded.
    static let membershipLeads: Set<String> = [
        "together", "gathers", "gathering", "unites", "uniting", "comprises", "comprising", "groups", "grouping",
        "counts", "numbers", "its", "their", "whose", "reunit", "reunissant", "regroupe", "regroupant", "rassemble",
        "rassemblant", "federe", "federant", "compte", "comptait", "ses", "leurs",
    ]
    /// Nouns and participles before "of", « de » that make the count after them the membership:
    /// "an association of 53 countries", "made up of 56 countries", « composée de 55 pays », « un
    /// groupe de 55 pays », folded.
    static let membershipOfLeads: Set<String> = [
        "association", "union", "alliance", "grouping", "group", "family", "bloc", "club", "organisation",
        "organization", "community", "federation", "coalition", "made", "composed", "consists", "consisting",
        "composee", "compose", "composes", "communaute", "regroupement", "federation", "famille", "forte", "fort",
        "groupe",
    ]
    /// Before a count of country representatives, verbs of hosting them: "hosting 180 country
    /// representatives" (as many as there are members, or near), folded.
    static let hostingLeads: Set<String> = [
        "hosting", "hosts", "hosted", "host", "welcoming", "welcomes", "welcomed", "accueille", "accueillant",
        "accueillera", "receives", "receiving",
    ]
    /// After a count of nations or entries, words of taking part in a tournament, a competition
    /// or a trial: "Thirty nations took part", « 24 nations disputeront », "20 films are in
    /// competition", « 20 films en lice », "20 films vying for", « 5 000 exposants sont attendus »,
    /// « 50 accusés comparaissent », folded.
    static let participationWords: Set<String> = [
        "took", "take", "takes", "taking", "participate", "participated", "participating", "compete", "competed",
        "competing", "contest", "contested", "participent", "participeront", "participaient", "disputent",
        "disputeront", "prennent", "prendront", "s'affrontent", "s'affronteront", "competition", "lice", "vying", "vie", "vies", "vied", "battle", "battled", "battling", "running", "race", "affrontent",
        "affronteront", "attendus", "attendues", "expected",
        // Defendants: « 50 accusés comparaissent », "50 defendants are on trial".
        "comparaissent", "comparaitront", "comparaissaient", "trial",
        "concourent", "concourront",
    ]
    /// How many words — adjectives, a one-word name — may stand between a count and its country
    /// noun ("160 sovereign and equal countries", "180 INTERPOL countries").
    static let adjectiveReach = 3

    /// How a count of countries was read as a membership or a field of teams.
    struct CountryReading {
        /// The words from the count's end to the country noun or its delegates.
        var term: Range<Int>
        /// The properties it may count, in order.
        var properties: [String]
        /// Whether the count may fall a little short of the total ("hosting 178 country representatives" of 180).
        var isWeak: Bool
        /// Whether the sentence says the countries took part: a total, not a part, even at the start.
        var isField: Bool
        /// The organisation named between the count and its noun ("the 31 NATO allies"), if one is.
        var owner: SubjectOccurrence? = nil
    }

    /// The country noun after a count and what its sentence makes of it, if the sentence makes it
    /// a membership or a field of teams.
    /// - Parameters:
    ///   - end: the first token after the number.
    ///   - start: the first token of the number and its bound.
    func countryReading(after end: Int, start: Int, in sentence: Range<Int>) -> CountryReading? {
        var index = end
        var adjectives = 0
        // "the original 12 member states": a founding adjective before the count; "CERN began
        // with 12 members": a body's beginning.
        var isFounding =
            isFoundingAdjective(start - 1)
            || isFoundedWith(start - 1, in: sentence, sentence: document.sentenceIndex(of: tokens[start].span.start))
        // "160 sovereign and equal countries", "180 INTERPOL countries", "12 founding European governments".
        while index < sentence.upperBound, tokens[index].kind == .word, !isWord(index, in: Self.countryNouns),
            !(isFounding && isWord(index, in: Self.founderNouns)), adjectives < Self.adjectiveReach
        {
            isFounding = isFounding || isFoundingAdjective(index)
            index += 1
            adjectives += 1
        }
        guard index < sentence.upperBound,
            isWord(index, in: Self.countryNouns) || (isFounding && isWord(index, in: Self.founderNouns))
        else { return nil }
        // "the 31 NATO allies": an organisation named between the count and its noun owns them.
        let namedOwner = subjects.named(
            startingAt: end, sentence: document.sentenceIndex(of: tokens[max(0, end - 1)].span.start))
        // "member nations", "country representatives", « pays fondateurs », « États membres fondateurs ».
        var termEnd = index + 1
        let hasDelegates = isWord(termEnd, in: Self.delegateNouns)
        if hasDelegates { termEnd += 1 }
        let foundingAfter = isWord(termEnd, in: Self.memberNouns) ? termEnd + 1 : termEnd
        if !hasDelegates, isFoundingAdjective(foundingAfter) {
            isFounding = true
            termEnd = foundingAfter + 1
        }
        if isFounding {
            // The founders are all of them, whatever the words before the count.
            return CountryReading(term: end..<termEnd, properties: [Self.foundingMembers], isWeak: false, isField: false)
        }
        let lead = start - 1
        var properties: [String] = []
        var isWeak = false
        if lead >= sentence.lowerBound {
            if isWord(lead, in: Self.membershipLeads) || ClaimWords.isPossessive(tokens[lead].text)
                || (hasDelegates && isWord(lead, in: Self.hostingLeads)) || isMembershipVerbBeforeArticle(lead)
            {
                properties.append(Self.memberCountries)
                isWeak = hasDelegates && isWord(lead, in: Self.hostingLeads)
            } else if isWord(lead, in: ClaimWords.ofWords),
                isWord(lead - 1, in: Self.membershipOfLeads) || isMadeUp(endingAt: lead - 1)
            {
                properties.append(Self.memberCountries)
                isWeak = true
            } else if (isWord(lead, in: ["in", "dans"]) && isWord(lead - 1, in: ["members", "membres"]))
                || (isWord(lead, in: ["to", "of"]) && isWord(lead - 1, in: ["membership"]))
            {
                // "a body with members in 57 countries", "bringing its membership to 57 countries".
                properties.append(Self.memberCountries)
            } else if isWord(lead, in: ["by", "par"]), isFoundedBy(lead, in: sentence) {
                // "founded in 1971 by nine countries", « créé en 1971 par neuf pays ».
                properties.append(Self.foundingMembers)
            } else if tokens[lead].text == "(", termEnd < sentence.upperBound, tokens[termEnd].text == ")",
                lead > sentence.lowerBound, tokens[lead - 1].kind == .word
            {
                // "the continental organisation (55 countries)": the count in brackets after a name or noun.
                properties.append(Self.memberCountries)
            } else if isCapacityPreposition(lead, sentence: document.sentenceIndex(of: tokens[lead].span.start)),
                subjects.named(endingAt: lead - 1, sentence: document.sentenceIndex(of: tokens[lead].span.start))?.kind
                    == .organization
            {
                // « le Commonwealth à 56 pays »: the size of the body named before, like "the 56-nation Commonwealth".
                properties.append(Self.memberCountries)
            } else if isWord(lead, in: Self.inclusionLeads), hasBodySubject(lead) {
                // "the alliance now includes 32 countries", « l’organisation comprend 55 pays ».
                properties.append(Self.memberCountries)
            } else if isWord(lead, in: Self.wholeDeterminers), let owner = owner(after: termEnd, in: sentence),
                owner.kind == .organization
            {
                // "the 56 countries of the Commonwealth", « les 55 pays de l’Union africaine », "the 32 countries in NATO".
                properties.append(Self.memberCountries)
            } else if isWord(lead, in: Self.wholeDeterminers), isDescribedBody(after: termEnd, in: sentence) {
                // « les 55 pays de l’organisation », "the 56 countries of the bloc": the body described after them.
                properties.append(Self.memberCountries)
            } else if isWord(lead, in: Self.wholeDeterminers) || isWord(lead, in: Self.allyLeads),
                let owner = namedOwner, owner.kind == .organization
            {
                // "the 31 NATO allies", "all 55 AU member states".
                properties.append(Self.memberCountries)
            } else if isWord(index, in: Self.allyNouns), !hasDelegates,
                isWord(lead, in: Self.wholeDeterminers) || (isWord(lead, in: Self.allyLeads) && hasBodySubject(lead)),
                !isRestricted(after: termEnd, in: sentence)
            {
                // "All 31 allies agreed", "the alliance, which has 31 allies": allies are the
                // members of an alliance (not "the 31 allies who met at the base", "Ukraine has 50 allies").
                properties.append(Self.memberCountries)
            }
        }
        var owner = namedOwner.flatMap { $0.tokens.upperBound <= index ? $0 : nil }
        if properties.isEmpty, adjectives == 0, !hasDelegates, let body = bodyJoined(after: termEnd, in: sentence) {
            // "More than 190 countries belong to the League", « 55 pays sont membres de l’Union »: all of them.
            properties.append(Self.memberCountries)
            owner = body
        }
        let isField = takesPart(after: termEnd, in: sentence)
        if isField { properties.append(Self.teams) }
        if founds(after: termEnd, in: sentence), !properties.contains(Self.foundingMembers) {
            // "In 1971, nine countries founded the Forum".
            properties.append(Self.foundingMembers)
        }
        guard !properties.isEmpty else { return nil }
        return CountryReading(term: end..<termEnd, properties: properties, isWeak: isWeak, isField: isField, owner: owner)
    }

    /// After a count of countries and a copula ("are", « sont »), the words that make them members
    /// of a body, as folded word sequences: "members of", « membres de ».
    private static let memberComplements: [[String]] = [
        ["members", "of"], ["member", "states", "of"], ["member", "countries", "of"],
        ["membres", "de"], ["membres", "des"], ["membres", "du"], ["membres", "d'"],
    ]
    /// Copulas before ``memberComplements``, folded.
    private static let belongingCopulas: Set<String> = ["are", "sont"]
    /// The member complements alone, read after a copula and an adverb ("are now members of").
    private static let memberPhrases = FoldedPhrases(memberComplements)

    /// After a count of countries, verbs of belonging to a body: "belong to", "are members of",
    /// "sit in", "that make up", « sont membres de », « adhèrent à », « siègent à », « qui
    /// composent », « formant », as folded word sequences.
    static let belongingWords = FoldedPhrases(
        [
            ["belong", "to"], ["adherent", "a"], ["adherent", "au"], ["adherent", "aux"], ["siegent", "a"],
            ["siegent", "au"], ["sit", "in"],
            // "the 55 countries that make up the Union", « les 55 pays qui composent l’Union ».
            ["that", "make", "up"], ["which", "make", "up"], ["making", "up"], ["qui", "composent"], ["qui", "forment"],
            ["qui", "constituent"], ["composant"], ["formant"], ["constituant"],
        ] + belongingCopulas.sorted().flatMap { copula in memberComplements.map { [copula] + $0 } })

    /// The token after words of belonging that start at token `termEnd`, past adverbs before
    /// them or after their copula ("now belong to", « sont désormais membres de »).
    private func belongingEnd(after termEnd: Int, in sentence: Range<Int>) -> Int? {
        var index = termEnd
        while index < sentence.upperBound, isWord(index, in: ClaimWords.adverbs) { index += 1 }
        guard index < sentence.upperBound else { return nil }
        if let end = Self.belongingWords.end(at: index, in: folded, sentence: sentence) { return end }
        guard isWord(index, in: Self.belongingCopulas) else { return nil }
        var next = index + 1
        while next < sentence.upperBound, isWord(next, in: ClaimWords.adverbs) { next += 1 }
        guard next > index + 1, next < sentence.upperBound else { return nil }
        return Self.memberPhrases.end(at: next, in: folded, sentence: sentence)
    }

    /// The organisation named right after words of belonging to it ("belong to the League"); not
    /// one written as a possessive ("that make up the Union's council" joins the council).
    private func bodyJoined(after termEnd: Int, in sentence: Range<Int>) -> SubjectOccurrence? {
        guard termEnd < sentence.upperBound, var next = belongingEnd(after: termEnd, in: sentence) else { return nil }
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        guard next < sentence.upperBound,
            let named = subjects.named(startingAt: next, sentence: document.sentenceIndex(of: tokens[next].span.start)),
            named.kind == .organization, !ClaimWords.isPossessive(tokens[named.tokens.upperBound - 1].text)
        else { return nil }
        return named
    }

    /// Whether the subject of the verb at token `verb` is a body: named ("NATO has"), described
    /// ("the alliance has"), or brought back by "which", "that" after it ("NATO, which now has").
    private func hasBodySubject(_ verb: Int) -> Bool {
        var index = verb - 1
        while index >= 0, isWord(index, in: ClaimWords.adverbs) || isWord(index, in: ["which", "that", "qui"])
            || tokens[index].text == ","
        {
            index -= 1
        }
        guard index >= 0 else { return false }
        if let named = subjects.named(endingAt: index, sentence: document.sentenceIndex(of: tokens[index].span.start)) {
            return named.kind == .organization || named.kind == .other
        }
        return tokens[index].kind == .word
            && Descriptions.nouns[Fold.word(tokens[index].text)]?.contains(.organization) == true
    }

    /// Possessives among ``membershipLeads``, which take no article after them, folded.
    static let membershipPossessives: Set<String> = ["its", "their", "whose", "ses", "leurs"]

    /// Whether token `lead` is a definite article after a verb of membership: « regroupe les 55
    /// pays du continent », "brings together the 56 countries" — all the countries it counts.
    private func isMembershipVerbBeforeArticle(_ lead: Int) -> Bool {
        isWord(lead, in: ["the", "les"]) && isWord(lead - 1, in: Self.membershipLeads)
            && !isWord(lead - 1, in: Self.membershipPossessives)
    }

    /// Whether the words ending at token `end` are "made up" ("a bloc made up of 55 countries").
    private func isMadeUp(endingAt end: Int) -> Bool {
        isWord(end, in: ["up"]) && isWord(end - 1, in: ["made", "make", "makes"])
    }

    /// Before a count of countries, verbs of including them, which count a body's members when
    /// the body is their subject ("the alliance includes 32 countries"), folded.
    static let inclusionLeads: Set<String> = ["includes", "included", "include", "comprend", "comprenait", "inclut"]

    /// Nouns of countries that are by themselves members of an alliance ("the 31 allies"), folded.
    static let allyNouns: Set<String> = ["allies"]
    /// Before a count of allies, verbs of having them, folded: "which has 31 allies".
    static let allyLeads: Set<String> = ["has", "have", "had", "compte", "comptait"]

    /// Determiners before a count of countries that make them all those of the owner named after:
    /// "the 56 countries of the Commonwealth", « les 55 pays de l’UA », folded.
    static let wholeDeterminers: Set<String> = ["the", "all", "les", "tous", "des"]

    /// The subject named in a complement right after a term: "of the Commonwealth", « de l’UA », "in NATO".
    private func owner(after termEnd: Int, in sentence: Range<Int>) -> SubjectOccurrence? {
        guard isWord(termEnd, in: ClaimWords.complementWords) || isWord(termEnd, in: ["in"]) else { return nil }
        var next = termEnd + 1
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        guard next < sentence.upperBound else { return nil }
        return subjects.named(startingAt: next, sentence: document.sentenceIndex(of: tokens[next].span.start))
    }

    /// Whether a body is described in a complement right after a term: « de l’organisation », "of the bloc".
    private func isDescribedBody(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        guard isWord(termEnd, in: ClaimWords.complementWords) else { return false }
        var next = termEnd + 1
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        return next < sentence.upperBound && tokens[next].kind == .word
            && Descriptions.nouns[Fold.word(tokens[next].text)]?.contains(.organization) == true
    }

    /// Whether words of taking part follow a count's term within three words ("24 teams will
    /// compete", « 24 équipes disputeront »), past an apposition of examples ("24 teams, including
    /// the hosts Sudria, will compete"): the count is the whole field, not some of it.
    func takesPart(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        let start = pastExamples(after: termEnd, in: sentence)
        return (start..<min(sentence.upperBound, start + 3)).contains { isWord($0, in: Self.participationWords) }
    }

    /// Words that open an apposition of examples after a count's term, folded.
    static let exampleOpeners: Set<String> = ["including", "notably", "dont", "notamment"]
    /// Small words inside an apposition of examples besides names, folded.
    static let exampleWords: Set<String> = ["and", "et", "the", "le", "la", "les", "l'", "hosts", "host", "hote", "hotes"]

    /// The token after an apposition of examples right after a count's term (", including
    /// Sudria, will compete": "will"; « , dont la Sudrie, »; "including Sudria will": "will"), or
    /// `termEnd` when none stands there.
    func pastExamples(after termEnd: Int, in sentence: Range<Int>) -> Int {
        var index = termEnd
        if index < sentence.upperBound, tokens[index].text == "," { index += 1 }
        guard index < sentence.upperBound, isWord(index, in: Self.exampleOpeners) else { return termEnd }
        index += 1
        let first = index
        while index < sentence.upperBound {
            if tokens[index].text == "," { return index > first ? index + 1 : termEnd }
            if tokens[index].kind != .word || !(Fold.isCapitalised(tokens[index].text) || isWord(index, in: Self.exampleWords)) {
                return index > first ? index : termEnd
            }
            index += 1
        }
        return termEnd
    }
}
