import FactDeskKit

/// What a sentence says about an edition of a reference series: the edition's number ("la 93e
/// session", "the 93rd General Assembly") and the place written right before a date ("à Glasgow
/// du 7 au 10 novembre 2023", "in Glasgow on November 7–10, 2023").
struct EditionClaims {
    /// An ordinal that numbers an edition.
    struct Number {
        var value: Int
        /// The ordinal and the noun or name after it.
        var span: Span
    }

    /// A place written right before a date.
    struct Place {
        /// The folded spelling, as compared with the editions' places.
        var folded: String
        var span: Span
    }

    let check: DateCheck
    let sentence: Sentence

    /// The ordinals of the sentence that number an edition: followed by an event noun
    /// ("session", "édition", "summit") or by a series' name.
    var numbers: [Number] {
        var seriesStarting: [Int: NamedSubject] = [:]
        for subject in check.names.series(inSentence: check.document.sentenceIndex(of: sentence.span.start)) {
            seriesStarting[subject.tokens.lowerBound] = subject
        }
        return check.mentions(check.ordinals, in: sentence.span).compactMap { ordinal -> Number? in
            guard case .ordinal(let value) = ordinal.value else { return nil }
            let range = check.document.tokenRange(of: ordinal.span)
            let next = range.upperBound
            guard next < sentence.tokens.upperBound else { return nil }
            if EventWords.nouns.contains(check.word(next)) {
                return Number(value: value, span: ordinal.span.union(check.tokens[next].span))
            }
            guard let series = seriesStarting[next] else { return nil }
            return Number(value: value, span: ordinal.span.union(check.tokens[series.tokens.upperBound - 1].span))
        }
    }

    /// Words before the doer of an action, folded: the name after them is no place.
    static let agentWords: Set<String> = ["by", "par"]

    /// Small words allowed between a place and its date: "Glasgow on November 7", "à Glasgow le 7".
    static let placeToDateWords: Set<String> = ["on", "in", "le", "en", "from", "at"]

    /// The word just before a date mention, past one small word, when it is one of `places`
    /// (folded spellings).
    func place(before date: Mention, among places: Set<String>) -> Place? {
        var index = check.document.tokenIndex(from: date.span.start) - 1
        guard index >= sentence.tokens.lowerBound else { return nil }
        if check.tokens[index].kind == .punctuation && check.tokens[index].text == ","
            || Self.placeToDateWords.contains(check.word(index))
        {
            index -= 1
        }
        guard index >= sentence.tokens.lowerBound, check.tokens[index].kind == .word else { return nil }
        let folded = check.word(index)
        // "won by Ostrel in 2026", « remporté par Kiel en 2025 »: a team or a winner, not a place.
        guard places.contains(folded),
            index == sentence.tokens.lowerBound || !Self.agentWords.contains(check.word(index - 1))
        else { return nil }
        return Place(folded: folded, span: check.tokens[index].span)
    }

    /// Words before a date of history, folded: the founding of a body, the start of a series or
    /// of its format (« fondée en 1970 », "held since 1971", "since its creation in 1949", "the
    /// format introduced in 1998"), not an edition's date.
    static let historyWords = ClaimWords.historyWords

    /// Whether a date follows a word of history within three words, or a year ends a clause of
    /// "since" or of a founding ("the largest since the race began in 1982", "a festival
    /// founded by Ana Ruiz in 1985").
    func isHistory(_ date: Mention) -> Bool {
        let start = check.document.tokenIndex(from: date.span.start)
        if case .date(let day, _) = date.value, day.day == nil,
            EditionAnchor.isInHistoryClause(
                start, foundingWords: Self.historyWords, from: sentence.tokens.lowerBound, in: check.document,
                word: check.word)
        {
            return true
        }
        return (max(sentence.tokens.lowerBound, start - 3)..<start).contains { Self.historyWords.contains(check.word($0)) }
    }

    /// Words that give a date to people rather than to an edition, folded: a relative pronoun
    /// of persons, a death or a birth ("honoured 40 firefighters, including 9 who died in 2019",
    /// « dont 9 tués en 2019 »).
    static let peopleDateWords: Set<String> = [
        "who", "whom", "died", "killed", "born", "slain", "deceased", "mort", "morts", "morte", "mortes", "decede",
        "decedes", "decedee", "decedees", "tue", "tues", "tuee", "tuees",
    ]
    /// How many tokens before the date a word of ``peopleDateWords`` may be.
    static let peopleDateReach = 6

    /// Whether a word of ``peopleDateWords`` stands within ``peopleDateReach`` tokens before the
    /// date, in its clause: the date is of those people, not of the edition.
    func isOfPeople(_ date: Mention) -> Bool {
        Self.isOfPeople(date, in: check.document, sentence: sentence.tokens, word: check.word)
    }

    /// ``isOfPeople(_:)`` for a date of `sentence` in `document`, `word` giving the folded word at a token.
    static func isOfPeople(_ date: Mention, in document: Document, sentence: Range<Int>, word: (Int) -> String) -> Bool {
        let start = document.tokenIndex(from: date.span.start)
        let before = (max(sentence.lowerBound, start - peopleDateReach)..<start).reversed()
            .prefix { document.tokens[$0].text != "," }
        return before.contains { peopleDateWords.contains(word($0)) }
    }

    /// Words right before a date that make it a target, folded: "by 2015", « d’ici 2030 », « à
    /// l’horizon 2063 ».
    static let deadlineWords: Set<String> = ["by", "ici", "horizon"]

    /// Whether a date is a target ("a community realised by 2015"), not an edition's date.
    func isDeadline(_ date: Mention) -> Bool {
        let start = check.document.tokenIndex(from: date.span.start)
        return start > sentence.tokens.lowerBound && Self.deadlineWords.contains(check.word(start - 1))
    }

    /// Words that say a plan was not kept, folded: the date before them was planned, not held
    /// ("was due to be held in June 2020 but has been postponed", « prévue en juin 2020, elle a
    /// été reportée »).
    static let unkeptWords: Set<String> = [
        "postponed", "cancelled", "canceled", "delayed", "rescheduled", "moved", "reporte", "reportee", "reportes",
        "reportees", "annule", "annulee", "annules", "annulees", "repousse", "repoussee", "repousses", "repoussees",
        "decale", "decalee", "decales", "decalees",
    ]
    /// Words near a date that tell a plan made in the past and not kept ("originally", « prévue
    /// initialement », « devait se tenir »), folded.
    static let formerPlanWords: Set<String> = [
        "originally", "initially", "initialement", "originellement", "devait", "devaient", "supposed",
    ]

    /// Whether a date is one a plan set and the sentence says was not kept: after "originally",
    /// "was supposed to", « initialement » or « devait » (or with « initialement » right after
    /// it), or before a word of postponement or cancellation ("was due to be held in Kigali in
    /// June 2020 but has been postponed"). A date after the word of postponement is the new one
    /// ("postponed to June 2022") and stays checked.
    func isUnkeptPlan(_ date: Mention) -> Bool {
        let start = check.document.tokenIndex(from: date.span.start)
        let end = check.document.tokenRange(of: date.span).upperBound
        let before = sentence.tokens.lowerBound..<start
        if before.contains(where: { Self.unkeptWords.contains(check.word($0)) }) { return false }
        if before.contains(where: { Self.formerPlanWords.contains(check.word($0)) }) { return true }
        if (end..<min(end + 3, sentence.tokens.upperBound)).contains(where: {
            Self.formerPlanWords.contains(check.word($0))
        }) {
            return true
        }
        return (end..<sentence.tokens.upperBound).contains { Self.unkeptWords.contains(check.word($0)) }
    }

    /// Whether the sentence has a noun of events ("session", "assembly") outside its numbers.
    var mentionsAnEvent: Bool {
        sentence.tokens.contains { EventWords.nouns.contains(check.word($0)) }
    }
}
