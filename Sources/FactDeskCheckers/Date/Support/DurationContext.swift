import FactDeskKit
import FactDeskText
import Foundation

/// The words around a duration that say whether it gives the length of something ("pendant
/// trois jours", "quatre jours durant", "for five days", "a four-day meeting", "une session de
/// quatre jours", « a duré cinq jours », « les 12 jours de festival », « trois jours de débats »,
/// « dix jours et dix nuits de concerts », « soit deux jours », "spans three days", "across 40 days",
/// « ces deux jours », « du 3 au 9 mars (sept jours) ») or
/// something else: a delay ("dans
/// trois jours", "three days later"), a frequency ("three days a week"), an age, a deadline.
struct DurationContext {
    let check: DateCheck
    let duration: Mention

    /// Words just before a length: "pendant", "durant", "pour", "during", "for", "over", "sur", and
    /// the verbs of lasting (« a duré cinq jours », "lasted four days").
    static let leadingWords: Set<String> = [
        "pendant", "durant", "pour", "during", "for", "over", "sur", "dure", "durera", "durait", "durent", "durer",
        "dura", "durerent",
        "dureront", "last",
        "lasted", "lasts", "lasting", "soit", "spans", "spanned", "span", "spanning", "ces", "these", "those", "across",
    ]
    /// Words before "de" or "of" that make the length theirs: « une visite de deux jours »,
    /// « long de dix jours », "a visit of three days".
    static let lengthHolders: Set<String> = EventWords.nouns.union([
        "visite", "visit", "tournee", "tour", "voyage", "trip", "sejour", "stay", "mission", "greve", "strike",
        "seminaire", "seminar", "atelier", "workshop", "programme", "program", "long", "longue", "retraite", "retreat",
        "fair", "foire", "exposition", "exhibition", "tournoi", "tournament", "duree", "periode", "length", "period",
        "course", "terme", "periple", "journey", "expedition", "croisiere", "cruise", "traversee", "crossing",
        "ceremonie", "ceremonies", "ceremony", "celebrations", "commemorations", "festivites", "festivities", "fete",
        "fetes", "festival",
    ])
    /// Nouns after a length and "de" or "of" that make it theirs: « trois jours de débats »,
    /// "three days of talks", « deux jours de fête ».
    static let lengthNouns: Set<String> = EventWords.nouns.union([
        "debats", "debate", "debates", "travaux", "talks", "negociations", "negotiations", "discussions", "deliberations", "fete",
        "festivites", "celebrations", "festivities", "competition", "competitions", "epreuves", "matches", "visite",
        "visit", "greve", "strike", "seminaire", "atelier", "workshop", "reunions", "meetings", "audiences",
        "hearings", "course", "racing", "concerts", "spectacles", "shows", "projections", "exposition", "exhibition",
        "fair", "foire", "tournoi", "tournament", "echanges", "rencontres", "salon", "reflexion", "formation", "jeu",
        "fouilles", "recherches", "combats", "manifestations", "deliberation", "music", "musique", "musiques", "theatre",
        "cinema", "films", "danse", "dance", "jazz", "animations", "activities", "activites", "conferences", "screenings",
        "performances", "representations", "celebration", "fun", "festivities", "sport", "sports", "games", "jeux", "matchs",
        "ceremonies", "commemorations", "hommages", "liesse", "festa", "fiesta", "revelry", "partying",
    ])

    /// Words after a length that put it within something, before a determiner: "two days during
    /// the festival", « deux jours durant le salon ».
    static let withinWords: Set<String> = ["during", "durant", "pendant", "within"]
    static let withinDeterminers: Set<String> = [
        "the", "its", "this", "le", "la", "les", "l'", "ce", "cet", "cette", "ses", "son", "sa",
    ]

    /// Words just after a length: "quatre jours durant", "two weeks long".
    static let trailingWords: Set<String> = ["durant", "long"]
    /// Possessives before a length that make it the days of the event they stand for: "over
    /// its ten days", « durant ses dix jours », folded.
    static let possessives: Set<String> = ["its", "ses", "their", "leurs"]
    /// Words after a length that make it a delay: "trois jours plus tard", "three days later".
    static let delayWords: Set<String> = [
        "plus", "later", "earlier", "ago", "apres", "avant", "after", "before", "auparavant",
    ]

    /// Whether the words after the duration leave it a length: not "plus tard", "later", "ago";
    /// "avant" / "before" only when a closing follows (« trois semaines avant de s’achever »).
    var isNotDelay: Bool {
        let range = check.document.tokenRange(of: duration.span)
        return !range.isEmpty
            && (!Self.delayWords.contains(check.word(range.upperBound))
                || OpeningClosingDates.runsUpToClosing(duration, check: check))
    }

    /// Words for the nights a length in days goes with: « dix jours et dix nuits ».
    static let nightWords: Set<String> = ["nuits", "nights"]

    /// The token after the length and its nights, if it has them: « dix jours et dix nuits de
    /// spectacles », "four days and four nights of music"; the token after the length otherwise.
    private func end(of range: Range<Int>) -> Int {
        let joined = ["et", "and"].contains(check.word(range.upperBound))
        if joined, Self.nightWords.contains(check.word(range.upperBound + 2)) { return range.upperBound + 3 }
        return range.upperBound
    }

    /// Whether a duration is a compound before a noun: "four-day", "week-long", "weeklong", and
    /// "a six day fair" written without its hyphen (a unit in the singular after an
    /// amount above one).
    static func isCompound(_ duration: Mention) -> Bool {
        duration.text.contains("-") || (!duration.text.contains(" ") && duration.text.lowercased().hasSuffix("long"))
            || isUnhyphenatedCompound(duration.text)
    }

    /// English units in the singular.
    private static let singularUnits: Set<String> = ["day", "week", "month", "year", "night", "hour"]
    /// Amounts of one, after which a singular unit is no compound ("one day").
    private static let singularAmounts: Set<String> = ["a", "an", "one", "1"]

    /// "seven day", "10 week": more than one of a unit written in the singular.
    private static func isUnhyphenatedCompound(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 2, let unit = words.last, singularUnits.contains(String(unit)),
            let amount = words.first
        else { return false }
        return !singularAmounts.contains(String(amount))
    }

    /// Words after a length that make it a frequency: "three days a week", « deux jours par mois ».
    static let frequencyLeads: Set<String> = ["a", "per", "par", "each", "every", "chaque", "an"]
    /// Periods a frequency counts in, folded.
    static let frequencyPeriods: Set<String> = ["week", "semaine", "month", "mois", "year", "an", "annee", "fortnight"]

    /// Whether the words make the duration a length.
    var describesLength: Bool {
        guard isNotDelay else { return false }
        let spoken = check.document.tokenRange(of: duration.span)
        // "open three days a week": a frequency.
        if Self.frequencyLeads.contains(check.word(spoken.upperBound)),
            Self.frequencyPeriods.contains(check.word(spoken.upperBound + 1))
        {
            return false
        }
        let range = spoken.lowerBound..<end(of: spoken)
        let after = check.word(range.upperBound)
        // "for one day during the festival", « deux jours durant le festival »: some of its days.
        if Self.withinWords.contains(after), Self.withinDeterminers.contains(check.word(range.upperBound + 1)) {
            return false
        }
        if Self.isCompound(duration) || Self.trailingWords.contains(after) { return true }
        let before = check.word(range.lowerBound - 1)
        if Self.leadingWords.contains(before) || isParenthesisedAfterRange(range) { return true }
        // « les délégués se retrouvent quatre jours »: a length right after a verb of meeting.
        if EventDurationMismatchRule.meetingLengthVerbs.contains(before) { return true }
        // « durant les trois jours », "for the five days", "over its ten days"
        if (["les", "the"].contains(before) || Self.possessives.contains(before))
            && Self.leadingWords.contains(check.word(range.lowerBound - 2))
        {
            return true
        }
        // "une session de quatre jours", "a meeting of four days", « long de dix jours », and
        // past a complement: « les fêtes de clôture de trois jours »
        if before == "de" || before == "of",
            Self.lengthHolders.contains(check.word(range.lowerBound - 2))
                || (["de", "du", "d'", "of"].contains(check.word(range.lowerBound - 3))
                    && Self.lengthHolders.contains(check.word(range.lowerBound - 4)))
        {
            return true
        }
        // "Organisers say the harbour-side event offers four days of rare encounters": days of
        // anything that an event noun, the subject, offers.
        if Self.offeringVerbs.contains(before), ["de", "d'", "of"].contains(after), isOfferedByEvent(range.lowerBound - 1) {
            return true
        }
        // « se refermera le 31 mai, après dix jours de lectures »: after a closing, the whole length.
        if ["apres", "after"].contains(before), EventDurationMismatchRule.closingVerb(before: duration, check: check) != nil {
            return true
        }
        // « Six jours pour écouter cent chorales », "Five days to hear 100 choirs": a length
        // that opens its sentence, then what is done in it.
        if isSentenceStart(range.lowerBound), ["pour", "to"].contains(after),
            Self.looksLikeInfinitive(check.word(range.upperBound + 1), language: check.document.language)
        {
            return true
        }
        // « 12 jours, c’est deux de plus qu’en 2017 », "Twelve days is two more than last year": a
        // length that opens its sentence to be compared restates the period just given.
        if isSentenceStart(range.lowerBound), isComparedRestatement(after: range.upperBound) { return true }
        // « les 12 jours de festival », « les trois jours du sommet », "the four days of the summit",
        // « trois jours de débats »
        let noun = check.word(range.upperBound + 1) == "the" ? range.upperBound + 2 : range.upperBound + 1
        if after == "que" || after == "qu'" {
            return ["dure", "durera", "durent", "dureront", "durait"].contains(check.word(range.upperBound + 1))
        }
        return ["de", "d'", "du", "des", "of"].contains(after) && Self.lengthNouns.contains(check.word(noun))
    }

    /// Words of a comparison after a number, folded: « deux de moins », "two more".
    static let comparisonWords: Set<String> = ["de", "fewer", "more", "less"]

    /// Whether the words from `index` compare a length with another: « , c’est deux de moins »,
    /// « , c’est deux de plus », "is five fewer", "was two more"; not what it is for ("Three days
    /// is the time it takes").
    private func isComparedRestatement(after index: Int) -> Bool {
        let comma = check.tokens[safe: index]?.text == ","
        var next = comma ? index + 1 : index
        if comma, ["c'est", "c'etait"].contains(check.word(next)) {
            next += 1
        } else if comma, check.word(next) == "c'", ["est", "etait"].contains(check.word(next + 1)) {
            next += 2
        } else if !comma, ["is", "was"].contains(check.word(next)) {
            next += 1
        } else {
            return false
        }
        guard next < check.tokens.count else { return false }
        let isNumber =
            check.tokens[next].kind == .number
            || NumberWords.read(check.tokens[next..<next + 1]).map { !$0.reading.isOrdinal } == true
        return isNumber && Self.comparisonWords.contains(check.word(next + 1))
            && (check.word(next + 1) != "de" || ["moins", "plus"].contains(check.word(next + 2)))
    }

    /// Verbs right before a length of days "of" something that an event offers, folded: "will
    /// offer four days of …", « propose quatre jours de … ».
    static let offeringVerbs: Set<String> = ["offer", "offers", "offered", "offre", "offrira", "propose", "proposera"]

    /// Whether the words of the sentence before the verb at token `verb` hold a noun of an event
    /// (``EventWords/nouns``, ``EventWords/genericNouns``), its subject: "the harbour-side event
    /// offers".
    private func isOfferedByEvent(_ verb: Int) -> Bool {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[verb].span.start)].tokens
        return (sentence.lowerBound..<verb).contains {
            EventWords.nouns.contains(check.word($0)) || EventWords.genericNouns.contains(check.word($0))
        }
    }

    /// Whether token `index` opens its sentence.
    private func isSentenceStart(_ index: Int) -> Bool {
        check.document.sentences[check.document.sentenceIndex(of: check.tokens[index].span.start)].tokens.lowerBound == index
    }

    /// Whether a folded word may be an infinitive: « voir », « défiler », « découvrir »; in
    /// English any word (after "to").
    static func looksLikeInfinitive(_ word: String, language: Language) -> Bool {
        // "Six days to go", « six jours pour patienter »: a countdown, no length of what is done.
        guard !word.isEmpty, !["go", "wait", "spare", "patienter", "attendre"].contains(word) else { return false }
        return language == .en || ["er", "ir", "re", "oir"].contains { word.hasSuffix($0) }
    }

    /// Whether the duration stands alone in parentheses right after a range of dates: « du 27
    /// juillet au 11 août (16 jours) », "March 3-9 (seven days)".
    private func isParenthesisedAfterRange(_ range: Range<Int>) -> Bool {
        let tokens = check.tokens
        guard range.lowerBound >= 2, range.upperBound < tokens.count, tokens[range.lowerBound - 1].text == "(",
            tokens[range.upperBound].text == ")"
        else { return false }
        let end = tokens[range.lowerBound - 2].span.end
        return check.ranges.contains { $0.span.end == end }
    }

    /// A duration's amount as a whole number of at least 1, or `nil` ("1,5 jour").
    static func wholeNumber(_ amount: Decimal) -> Int? {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        guard rounded == amount, rounded >= 1, rounded <= 10_000 else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
