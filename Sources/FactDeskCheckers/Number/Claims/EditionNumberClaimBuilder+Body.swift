import FactDeskKit

/// Series named after the body that holds them: « le 37e sommet des chefs d’État de l’Union
/// africaine » or « L’Union africaine … tient son 37e sommet » for the series « sommet de l’Union
/// africaine », and adjectives that make an edition one of another kind (« la 12e session
/// extraordinaire » is not an ordinary session).
extension EditionNumberClaimBuilder {
    /// Words that may stand between an event noun and the body that holds it, folded: « sommet
    /// ordinaire des chefs d’État et de gouvernement de l’ », « sommet international de la », "summit of
    /// the heads of state of the".
    static let bodyLinkWords: Set<String> = [
        "de", "d'", "du", "des", "of", "the", "la", "le", "l'", "les", "chefs", "chef", "etat", "etats", "et",
        "gouvernement", "gouvernements", "heads", "head", "state", "states", "and", "government", "governments",
        "dirigeants", "leaders", "ordinaire", "ordinary", "annual", "annuel", "annuelle", "conference", "assemblee",
        "assembly", "authority", "autorite", "international", "internationale", "internationaux", "internationales",
    ]
    /// Bodies of a union's leaders, folded: the session of its conference, assembly or authority
    /// is its summit (« la 12e session ordinaire de la Conférence de l’Union des Lacs », "the 12th
    /// ordinary session of the Lakes Union Assembly").
    static let leadersBodies: Set<String> = ["conference", "assemblee", "assembly", "authority", "autorite"]
    /// Nouns that number any series, folded: « la 29e édition de l’UA » is its 29th summit.
    static let editionNouns: Set<String> = ["edition"]
    /// The event nouns a body's series may be named with, tried after « édition », "edition".
    static let bodyEventNouns: [Language: [String]] = [
        .fr: ["sommet", "session", "assemblée", "conférence", "congrès", "réunion"],
        .en: ["summit", "session", "assembly", "conference", "congress", "meeting"],
    ]
    /// How many words may stand between the event noun and its body.
    static let bodyLinkReach = 14

    /// Adjectives that name a kind of edition numbered on its own, folded: an extraordinary
    /// session is not one of the ordinary sessions.
    static let kindAdjectives: Set<String> = [
        "extraordinary", "special", "informal", "extraordinaire", "speciale", "informel", "informelle",
    ]

    /// The series whose name is the event noun at `noun` and a body named in the sentence: the
    /// body of its complement (« sommet des chefs d’État de l’UA ») or, after a possessive before
    /// the ordinal, the body named before it (« L’UA … son 37e sommet », "the Union … its 37th
    /// summit").
    func seriesOfBody(noun: Int, ordinal: Range<Int>, sentence: Int, named: ArraySlice<SubjectOccurrence>)
        -> SubjectOccurrence?
    {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        func word(_ index: Int) -> String { folded[index] }
        let isPossessed = ordinal.lowerBound > start && Self.possessives.contains(word(ordinal.lowerBound - 1))
        var isOfLeaders = false
        let bodies = named.filter { body in
            guard body.kind != .series else { return false }
            if body.tokens.lowerBound > noun + 1 {
                let link = noun + 1..<body.tokens.lowerBound
                guard link.count <= Self.bodyLinkReach, link.allSatisfy({ Self.bodyLinkWords.contains(word($0)) }),
                    ClaimWords.complementWords.contains(word(link.upperBound - 1))
                        || ClaimWords.articles.contains(word(link.upperBound - 1))
                else { return false }
                // "the 37th session of the African Union Assembly": the union's leaders' body after its name.
                if link.contains(where: { Self.leadersBodies.contains(word($0)) })
                    || (body.tokens.upperBound < tokens.count && Self.leadersBodies.contains(word(body.tokens.upperBound)))
                {
                    isOfLeaders = true
                }
                return true
            }
            return isPossessed && body.tokens.upperBound <= ordinal.lowerBound
        }
        // « sommet de l’Organisation internationale de la Francophonie »: a name inside the body's
        // name may be the one its series is named with (« sommet de la Francophonie »).
        let inner = named.filter { name in
            name.kind != .series
                && bodies.contains { $0.tokens != name.tokens && $0.tokens.contains(name.tokens.lowerBound) }
        }
        // « la 29e édition de l’UA », « la 36e session de la Conférence de l’UA »: the noun
        // stands for the body's own event noun.
        let nouns =
            Self.editionNouns.contains(word(noun)) || isOfLeaders
            ? [tokens[noun].text] + Self.bodyEventNouns[document.language, default: []] : [tokens[noun].text]
        return (bodies + inner + bracketedNames(of: bodies, named: named)).lazy.compactMap {
            series(ofBody: $0, nouns: nouns.map { [$0] })
        }.first
    }

    /// The other names of `bodies` written in brackets right after them: « sommet ordinaire de la
    /// Ligue des villes du Rhin (LVR) » names the series « sommet de la LVR » by the body's acronym.
    func bracketedNames(of bodies: [SubjectOccurrence], named: some Collection<SubjectOccurrence>)
        -> [SubjectOccurrence]
    {
        let tokens = document.tokens
        return named.filter { name in
            let open = name.tokens.lowerBound - 1
            guard name.kind != .series, open > 0, name.tokens.upperBound < tokens.count, tokens[open].text == "(",
                tokens[name.tokens.upperBound].text == ")"
            else { return false }
            return bodies.contains { $0.id == name.id && $0.tokens.upperBound == open }
        }
    }

    /// The series named with one of `nouns` (each of one word or more) and the body's name as
    /// written or another of its names, in the draft's language: « sommet de l’UA », « Assemblée
    /// générale d’INTERPOL », "UA summit", "summit of the UA".
    func series(ofBody body: SubjectOccurrence, nouns: [[String]]) -> SubjectOccurrence? {
        let written = body.tokens.map { SubjectOccurrences.withoutPossessive(document.tokens[$0].text) }
        // The body's other names too: « le 13e sommet de l’OIH » for the series
        // « Sommet de la Hanse »; not when brackets after it name it otherwise (« (UE) »).
        let isBracketed = body.tokens.upperBound < document.tokens.count && document.tokens[body.tokens.upperBound].text == "("
        let others =
            isBracketed ? [] : reference.names(of: body.id, language: document.language).map(NameWords.words(of:))
        let phrasings: [[String]] = ([written] + others.filter { $0 != written }).flatMap { words in
            nouns.flatMap { noun -> [[String]] in
                document.language == .fr
                    ? [["de", "l'"], ["de", "la"], ["du"], ["des"], ["de"], ["d'"]].map { noun + $0 + words }
                    : [words + noun, noun + ["of", "the"] + words, noun + ["of"] + words]
            }
        }
        for phrasing in phrasings {
            if let match = reference.subjects(namedIn: phrasing, language: document.language).first(where: {
                $0.words == 0..<phrasing.count && $0.subject.kind == .series
            }) {
                return SubjectOccurrence(id: match.subject.id, kind: .series, name: match.subject.name, tokens: body.tokens)
            }
        }
        return nil
    }

    /// The event noun of the complement of "edition" at `edition`: "summit" in "the 43rd edition
    /// of the summit", « sommet » in « la 37e édition du sommet ».
    func eventNoun(ofEditionAt edition: Int, sentenceEnd: Int) -> Int? {
        let tokens = document.tokens
        guard Self.editionNouns.contains(folded[edition]) else { return nil }
        var next = edition + 1
        guard next < sentenceEnd, ClaimWords.complementWords.contains(folded[next]) else { return nil }
        next += 1
        if next < sentenceEnd, ClaimWords.articles.contains(folded[next]) { next += 1 }
        guard next < sentenceEnd, tokens[next].kind == .word, case let noun = folded[next],
            Self.eventNouns.contains(noun), !Self.editionNouns.contains(noun)
        else { return nil }
        return next
    }

    /// Whether an adjective of another kind of edition stands between the ordinal and `end`, or
    /// in the two words after (« la 12e session extraordinaire », "the 12th special session"),
    /// when the series' name does not say it.
    func isOtherKind(of series: SubjectOccurrence, between first: Int, and end: Int) -> Bool {
        let tokens = document.tokens
        let last = min(tokens.count, end + 2)
        guard first < last,
            let adjective = (first..<last).lazy.map({ folded[$0] }).first(where: {
                Self.kindAdjectives.contains($0)
            })
        else { return false }
        return !series.name.split(separator: " ").contains { Fold.word(String($0)) == adjective }
    }
}
