import FactDeskKit

/// ``EditionAnchor/meetingAt(orNext:)``: people who meet, in the future or the present, at an
/// edition the sentence gives no date, year or place to (« les élus se retrouveront lors du 13e
/// sommet de la Hanse », "ministers will meet at the 13th Hanse summit").
extension EditionAnchor {
    /// Words before the claim that put people at the edition, folded: « lors du », « au cours
    /// du », « à l’occasion du », "during the", "at the".
    static let meetingLinks: Set<String> = ["lors", "cours", "occasion", "during", "at", "pendant", "durant"]
    /// Parts of an edition people meet at, between a word of ``meetingLinks`` and the claim's
    /// complement, folded: "the plenary session of the", « la séance plénière du ».
    static let meetingParts: Set<String> = [
        "plenary", "session", "sitting", "opening", "closing", "ceremony", "debate", "segment", "general",
        "seance", "pleniere", "ceremonie", "ouverture", "cloture", "debat",
    ]
    /// How many words before the claim the part and its link may start.
    static let meetingPartReach = 7
    /// Articles between a word of ``meetingLinks`` and the claim, folded.
    static let meetingArticles: Set<String> = ["du", "de", "d'", "la", "le", "l'", "the"]
    /// Words that put the edition at a later time or with a host, folded: « le prochain sommet »,
    /// "the summit after", « accueillera », "will host", "will welcome", "in two years", « se
    /// tiendra », the presidency passed on.
    static let laterWords: Set<String> = [
        "prochain", "prochaine", "next", "suivant", "suivante", "following", "after", "apres", "accueillera",
        "accueilleront", "accueillir", "abritera", "abriteront", "organisera", "organiseront", "organiser",
        "organise", "organize", "host", "hosts", "hosted", "hosting", "hote", "hotes", "welcome", "welcomes",
        "receive", "recevra", "recevront", "recevoir", "future", "futur", "futurs", "ans", "annee", "annees", "an",
        "year", "years", "tiendra", "tiendront", "held", "lieu", "candidate", "candidature", "bid", "presidence",
        "presidency", "succession", "succeed", "succedera",
    ]
    /// Words of a past tense, folded: the sentence may tell of another edition.
    static let pastWords: Set<String> = [
        "was", "were", "had", "has", "have", "did", "ont", "avait", "avaient", "etait", "etaient", "fut", "furent",
        "ete", "eu",
    ]
    /// English verbs in the simple past that do not end in "-ed", folded.
    static let irregularPasts: Set<String> = [
        "said", "told", "met", "took", "gave", "made", "came", "went", "saw", "won", "began", "spoke", "wrote",
        "brought", "left", "led", "sent", "got", "drew", "chose", "became", "held", "ran", "opened",
    ]
    /// French auxiliaries before a past participle, folded: « ont présidé », « se sont réunis ».
    static let auxiliaries: Set<String> = ["a", "ont", "est", "sont", "ai", "avons", "avez"]
    /// Prepositions before a place, folded: « à Paris », "in Paris".
    static let placeWords: Set<String> = ["a", "au", "aux", "en", "in"]
    /// How many days before an edition's first day the publication may speak of it as the
    /// edition people meet at.
    static let eveDays = 3

    /// Whether a word of ``meetingLinks`` stands before the claim (past articles) and the
    /// sentence has a verb of the future or of the present, no verb of a past tense, no word of
    /// ``qualifiers`` or ``laterWords`` and no capitalised word after a preposition of place
    /// outside the claim (« à Phnom Penh »).
    static func meetsAt(
        _ document: Document, claimStart start: Int, claimEnd end: Int, sentence: Range<Int>,
        word: (Int) -> String
    ) -> Bool {
        var link = start - 1
        while link > sentence.lowerBound, meetingArticles.contains(word(link)) || word(link) == "of" { link -= 1 }
        // "during the plenary session of the 77th assembly", « lors de la séance plénière du 42e
        // festival »: a part of the edition before its complement.
        if link > sentence.lowerBound, meetingParts.contains(word(link)) {
            var part = link
            while part > sentence.lowerBound, start - part <= meetingPartReach,
                meetingParts.contains(word(part)) || meetingArticles.contains(word(part))
            {
                part -= 1
            }
            if meetingLinks.contains(word(part)) { link = part }
        }
        guard link >= sentence.lowerBound, meetingLinks.contains(word(link)),
            !isQualified(sentence, claimStart: start, word: word)
        else { return false }
        let tokens = document.tokens
        var isFutureOrPresent = false
        for index in sentence {
            let folded = word(index)
            if laterWords.contains(folded) || pastWords.contains(folded) { return false }
            if isPast(index, document: document, word: word) { return false }
            if namesPlace(at: index, outside: start..<end, sentence: sentence, tokens: tokens, word: word) { return false }
            // "is set to deliver", "is due to speak".
            let isDue = ["set", "due"].contains(folded) && index + 1 < sentence.upperBound && word(index + 1) == "to"
            isFutureOrPresent =
                isFutureOrPresent || isDue || futureWords.contains(folded) || isFrenchFuture(folded, document.language)
                || presentVerbs.contains(folded)
                || (hostingVerbs.contains(folded) && !isFrenchParticiple(tokens[index].text))
        }
        return isFutureOrPresent
    }

    /// Whether token `index` is a preposition of place before a capitalised word outside the
    /// claim `claim` (« à Phnom Penh », "in Lisbon"): the sentence gives the edition a place.
    static func namesPlace(
        at index: Int, outside claim: Range<Int>, sentence: Range<Int>, tokens: [Token], word: (Int) -> String
    ) -> Bool {
        placeWords.contains(word(index)) && !claim.contains(index + 1) && index + 1 < sentence.upperBound
            && tokens[index + 1].kind == .word && Fold.isCapitalised(tokens[index + 1].text)
    }

    /// Whether token `index` is a verb of a past tense: « a présidé » (the auxiliary, not the
    /// preposition « à »), « se sont réunis », « déclarait », "gathered", "said".
    static func isPast(_ index: Int, document: Document, word: (Int) -> String) -> Bool {
        let text = document.tokens[index].text
        let folded = word(index)
        switch document.language {
        case .fr:
            if text == "a" { return true }
            if folded.count > 4, folded.hasSuffix("ait") || folded.hasSuffix("aient") { return true }
            return isFrenchParticiple(text) && index > 0 && auxiliaries.contains(word(index - 1))
        case .en:
            return (folded.count > 4 && folded.hasSuffix("ed")) || irregularPasts.contains(folded)
        }
    }

    /// The edition under way on `published` or opening within ``eveDays`` after it.
    static func meetingEdition(among editions: [ReferenceEdition], published: CalendarDate) -> ReferenceEdition? {
        let found = editions.filter { edition in
            guard let days = Self.days(of: edition) else { return false }
            return days.contains(published)
                || (days.lowerBound > published && days.lowerBound <= published.adding(days: eveDays))
        }
        return found.count == 1 ? found[0] : nil
    }

    /// Whether the anchor is ``meetingAt(orNext:)``.
    var isMeetingAt: Bool {
        if case .meetingAt = self { return true }
        return false
    }
}
