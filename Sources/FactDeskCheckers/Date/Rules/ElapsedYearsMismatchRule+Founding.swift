import FactDeskKit

/// Years since a founding, against the founding year of the one subject with one named in the
/// sentence (reference data), else the founding year the text gives (« Créé en 1898, … 121 ans
/// après sa création »): "NATO, 70 years after its founding", « soixante-dix ans après sa
/// création, l’OTAN … », "70 years after the alliance was founded", "founded 70 years ago",
/// « créée il y a 70 ans », "since its creation 70 years ago", « 100 ans après la première
/// édition » (of an event), « comme chaque année depuis 30 ans » (``isYearly(_:check:)``). The
/// count may fall one short (the founding day may not have come yet), or, every year, one over.
/// The years run to the year the sentence writes for them (« En 2000, la ligue fête ses 42 ans
/// d’existence »), else to the publication's.
extension ElapsedYearsMismatchRule {
    /// Words after "after" / « après » and a possessive or an article that name a founding.
    static let foundingNouns: Set<String> = [
        "founding", "foundation", "creation", "birth", "establishment", "inception", "fondation", "naissance",
        "signing", "signature",
    ]
    /// Participles before "N years ago" / « il y a N ans » that make them a founding.
    static let foundingParticiples: Set<String> = [
        "founded", "created", "established", "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees",
        "formed", "born", "ne", "nee", "nes", "nees", "naissait", "naquit", "launched", "lance", "lancee", "lances",
        "lancees", "signed", "signe", "signee", "signes", "signees", "fondaient", "fondait", "fonderent", "creaient",
        "creait", "creerent",
    ]
    /// Words of a founding after « il y a N ans » or "N years ago": « Il y a 40 ans naissait la
    /// ligue », "Forty years ago, the league was founded".
    static let foundingReach = 5
    /// Words between "after" / « après » and the founding noun.
    static let foundingFillers: Set<String> = ["its", "their", "the", "son", "sa", "leur", "la", "l'"]

    /// The finding for years since a founding, when the duration is one and contradicts it: the
    /// founding of the subjects the sentence names (reference data), else the one the text gives
    /// (``textFounding(of:check:)``).
    func foundingFinding(_ duration: Mention, stated: Int, published: CalendarDate, check: DateCheck) -> Finding? {
        guard Self.countsFromFounding(duration, check: check),
            // « fête ses 42 ans d’existence »: years celebrated are the anniversary rule's.
            !CelebratedYears.mentions(in: check, within: duration.span).contains(where: { $0.mention.span == duration.span })
        else { return nil }
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        let named = check.reference.map { reference in
            check.names.subjects(inSentence: sentence).compactMap { AnniversarySubject.founding(of: $0, reference: reference) }
        } ?? []
        // A founding the data states outweighs the first day of an event or of a series named with it.
        let founded = named.filter { !$0.isEvent }
        let foundings = founded.isEmpty ? named : founded
        guard let founding = foundings.first ?? Self.textFounding(of: duration, check: check),
            foundings.allSatisfy({ $0.year == founding.year })
        else { return nil }
        // "20 years after its first edition in 1996": a year after the years in their sentence is
        // covered too, either may be wrong.
        let span = founding.mention.map { year in
            check.document.sentenceIndex(of: year.span.start) == sentence && year.span.start > duration.span.end
                ? duration.span.union(year.span) : duration.span
        } ?? duration.span
        // « En 2000, la République fête ses 42 ans d’existence »: the years run to the year written there.
        if let written = AnniversaryMismatchRule.writtenYear(duration, in: check.document.sentences[sentence], check: check),
            written != founding.year
        {
            return Self.betweenYearsFinding(
                duration, stated: stated, from: founding.year, to: written, span: span, evidence: [founding.evidence],
                rule: descriptor, check: check)
        }
        let years = published.year - founding.year
        // "its more than 50-year history": a lower bound holds up to the years themselves.
        let isBound = Self.boundWords(before: check.document.tokenRange(of: duration.span), check: check) > 0
        let isYearly = Self.isYearly(check.document.tokenRange(of: duration.span), check: check)
        let holds = isBound ? stated <= years : (years - 1...years + (isYearly ? 1 : 0)).contains(stated)
        guard years >= 1, !holds else { return nil }
        return check.finding(
            descriptor, at: span,
            message: check.wording.elapsedYears(quoted: duration.text, from: founding.year, to: published.year, years: years),
            evidence: [
                Evidence(statement: "published in \(published.year); \(founding.year) to \(published.year) is \(years) years"),
                founding.evidence,
            ])
    }

    /// The founding year the duration's paragraph gives (« créé en 1898 »), else the whole text's
    /// when it gives only one: « Créé en 1898, le salon … 120 ans après sa création ».
    private static func textFounding(of duration: Mention, check: DateCheck) -> Founding? {
        let paragraph = check.document.paragraphs[check.document.paragraphIndex(of: duration.span.start)]
        if let founding = AnniversarySubject.foundingInText(paragraph, check: check) { return founding }
        let whole = Span(start: 0, end: check.document.text.unicodeScalars.count)
        let foundings = AnniversarySubject.foundingsInText(whole, check: check)
        guard let only = foundings.first, foundings.allSatisfy({ $0.year == only.year }) else { return nil }
        return only
    }

    /// Auxiliaries of a passive founding after "after": "after the alliance was founded".
    static let passiveAuxiliaries: Set<String> = ["was", "were"]
    /// How many words after "after" the passive founding may end.
    static let passiveReach = 6

    /// Whether the years count from a founding: "after its founding", « après sa création »,
    /// "after the alliance was founded", "founded … ago", « créée il y a … », "its creation …
    /// ago", « sa création il y a … », or are a whole life so far (``isLifetime(_:check:)``).
    private static func countsFromFounding(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let after = range.upperBound
        if isLifetime(range, check: check) { return true }
        if ["after", "apres", "since"].contains(check.word(after)) {
            var index = after + 1
            while foundingFillers.contains(check.word(index)) { index += 1 }
            guard index > after + 1 else { return isPassiveFounding(from: after + 1, check: check) }
            // "after its first edition", « après la première édition »: the founding of an event.
            let isFirstEdition =
                EditionYearsAgo.firstWords.contains(check.word(index)) && check.word(index + 1) == "edition"
            return foundingNouns.contains(check.word(index)) || isFirstEdition
                || isPassiveFounding(from: after + 1, check: check)
        }
        if check.word(after) == "ago" {
            return isFounding(before: range.lowerBound, check: check) || foundingFollows(after + 1, check: check)
        }
        guard let ilYA = YearsAgo.frenchStart(before: range.lowerBound, check: check) else { return false }
        return isFounding(before: ilYA, check: check) || foundingFollows(after, check: check)
    }

    /// Nouns of a life so far after a length in years: "its 30-year history", « 60 ans
    /// d’histoire », "70 years of existence".
    static let lifetimeNouns: Set<String> = ["history", "existence", "histoire", "operation", "fonctionnement"]
    /// Verbs of going on before "for" / « depuis » and years: "has been running for 40 years",
    /// "has existed for 40 years", « existe depuis 40 ans ».
    static let goingOnVerbs: Set<String> = ["running", "existed", "around", "existe", "existent", "tourne"]

    /// How many tokens after « Cela fait N ans que » its verb may come: « que le Centre
    /// d’innovation de la ville a été créé ».
    static let queClauseReach = 11

    /// Possessives before a life so far, folded: "its 30-year history", « ses 60 ans d’histoire ».
    static let ownerWords: Set<String> = AnniversarySubject.possessives.union(["his", "her", "leurs"])

    /// Whether the years are the subject's whole life so far: "the Regatta’s 30-year history", « ses 60
    /// ans d’histoire », "70 years of existence", "has been running for 40 years", « existe depuis
    /// 40 ans », « Cela fait 40 ans que le festival existe ».
    private static func isLifetime(_ years: Range<Int>, check: DateCheck) -> Bool {
        let after = years.upperBound
        // "its more than 50-year history", « existe depuis plus de 40 ans »: read past a lower bound.
        let range = years.lowerBound - boundWords(before: years, check: check)..<after
        let before = check.word(range.lowerBound - 1)
        // Owned, not "a 40-year history of the town" (a book): "its", "the Cup’s", « ses », "the … of".
        let owned =
            ownerWords.contains(before)
            || (range.lowerBound > 0 && AnniversarySubject.isPossessive(range.lowerBound - 1, check: check))
        if lifetimeNouns.contains(check.word(after)) {
            return owned || (["the", "l'"].contains(before) && ["of", "de", "du"].contains(check.word(after + 1)))
        }
        // « En trente ans d’histoire, … », "In 40 years of existence, …"
        if ["of", "d'", "de"].contains(check.word(after)), lifetimeNouns.contains(check.word(after + 1)) {
            return owned || ["en", "in"].contains(before)
                || (["after", "apres"].contains(before) && isPresentFromHere(after + 2, check: check))
        }
        if isYearly(range, check: check) { return true }
        if ["for", "depuis"].contains(before), goingOnVerbs.contains(check.word(range.lowerBound - 2)) {
            return ["has", "have", "been", "existe", "existent", "tourne"].contains(check.word(range.lowerBound - 3))
                || !["running", "around"].contains(check.word(range.lowerBound - 2))
        }
        // « Cela fait 40 ans que le festival existe »
        // « Cela fait déjà 40 ans que … »: an adverb may stand between.
        let lead = DatedElapsedYears.sinceQueAdverbs.contains(before) ? range.lowerBound - 1 : range.lowerBound
        guard check.word(lead - 1) == "fait", ["cela", "ca"].contains(check.word(lead - 2)),
            ["que", "qu'"].contains(check.word(after))
        else { return false }
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[range.lowerBound].span.start)]
            .tokens
        // « Cela fait 40 ans que le club a été fondé »: a founding in the clause counts the same.
        return (after + 1..<min(sentence.upperBound, after + 1 + queClauseReach)).contains {
            ["existe", "existent", "tourne", "anime"].contains(check.word($0)) || foundingParticiples.contains(check.word($0))
        }
    }

    /// Whether "every year" comes right before the years: « comme chaque année depuis 30 ans »,
    /// « tous les ans depuis 30 ans », "every year for 30 years" — the years of a yearly event, which
    /// may count its editions (one more than the years since the first).
    static func isYearly(_ years: Range<Int>, check: DateCheck) -> Bool {
        let start = years.lowerBound
        guard ["depuis", "for"].contains(check.word(start - 1)) else { return false }
        let pair = (check.word(start - 3), check.word(start - 2))
        return pair == ("chaque", "annee") || pair == ("les", "ans") && check.word(start - 4) == "tous"
            || pair == ("every", "year") || pair == ("each", "year")
    }

    /// How many words right before the years make them a lower bound: "more than", "over", « plus
    /// de »; 0 when none do.
    static func boundWords(before years: Range<Int>, check: DateCheck) -> Int {
        let before = check.word(years.lowerBound - 1)
        if ["de", "d'", "than"].contains(before) {
            return DatedElapsedYears.lowerBoundWords.contains(check.word(years.lowerBound - 2)) ? 2 : 0
        }
        return before == "over" ? 1 : 0
    }

    /// Whether the sentence reads in the present from token `start` to its end: "After 30 years
    /// of operation, the club keeps growing" (not "…, the plant closed").
    private static func isPresentFromHere(_ start: Int, check: DateCheck) -> Bool {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[start - 1].span.start)]
        return !(start..<sentence.tokens.upperBound).contains { PresentElapsedYears.isPastOrFuture($0, check: check) }
    }

    /// Whether a founding follows « il y a N ans » or "N years ago" at token `start`, within
    /// ``foundingReach`` words of its clause (a comma may open it): « Il y a 40 ans naissait la
    /// ligue », « il y a 40 ans voyait le jour », "Forty years ago, the league was founded"; or a
    /// founding noun and its complement within ``foundingNounReach`` words ("20 years ago that
    /// history was made in the signing of the accord").
    private static func foundingFollows(_ start: Int, check: DateCheck) -> Bool {
        var index = check.tokens.indices.contains(start) && check.tokens[start].text == "," ? start + 1 : start
        let end = min(check.tokens.count, index + foundingReach)
        let nounEnd = min(check.tokens.count, index + foundingNounReach)
        while index < nounEnd, check.tokens[index].kind != .punctuation {
            if index < end, foundingParticiples.contains(check.word(index)) || seesTheDay(endingAt: index, check: check) {
                return true
            }
            // "20 years ago that history was made in the signing of the accord"
            if foundingNouns.contains(check.word(index)), ["of", "de", "du"].contains(check.word(index + 1)) {
                return true
            }
            index += 1
        }
        return false
    }

    /// How many words after "N years ago" a founding noun with its complement may stand: "20
    /// years ago that history was made in the signing of the accord".
    static let foundingNounReach = 9

    /// Whether the words ending at token `index` say that something came to be: « a vu le jour »,
    /// « voyait le jour », "came into being", "came into existence".
    private static func seesTheDay(endingAt index: Int, check: DateCheck) -> Bool {
        switch check.word(index) {
        case "jour": check.word(index - 1) == "le" && ["vu", "voyait", "vit"].contains(check.word(index - 2))
        case "being", "existence": check.word(index - 1) == "into" && ["came", "come", "comes"].contains(check.word(index - 2))
        default: false
        }
    }

    /// Whether a founding participle ("founded … ago", "set up … ago", « lancé il y a … »), a
    /// founding noun after a possessive or an article ("its creation … ago", « sa création il y a
    /// … ») or the start of a named subject's work (``beganActivity(endingAt:check:)``) ends right
    /// before `index`.
    private static func isFounding(before index: Int, check: DateCheck) -> Bool {
        let word = check.word(index - 1)
        // "set up 40 years ago"
        if word == "up", check.word(index - 2) == "set" { return true }
        return foundingParticiples.contains(word) || seesTheDay(endingAt: index - 1, check: check)
            || (foundingNouns.contains(word) && foundingFillers.contains(check.word(index - 2)))
            || beganActivity(endingAt: index - 1, check: check)
    }

    /// Whether the words from `start` say, in the passive, that something was founded: "the
    /// alliance was founded", "NATO was created" — a clause with no punctuation in it.
    private static func isPassiveFounding(from start: Int, check: DateCheck) -> Bool {
        var index = start
        while index < min(check.tokens.count, start + passiveReach), check.tokens[index].kind != .punctuation {
            if passiveAuxiliaries.contains(check.word(index)), foundingParticiples.contains(check.word(index + 1)) {
                return true
            }
            index += 1
        }
        return false
    }
}
