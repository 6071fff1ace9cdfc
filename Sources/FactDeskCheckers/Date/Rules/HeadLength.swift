import FactDeskKit

/// A length that opens its sentence — « Pendant trois jours, … », « Deux jours durant, … »,
/// "Over two days, …" — and the event the clause it opens speaks of: its subject (« Pendant deux
/// semaines, le festival … ») or the event its people meet at (« …, les ministres se réuniront
/// lors du 12e sommet de la Hanse », "…, critics will gather at the Kumasi Film Festival").
struct HeadLength {
    let check: DateCheck
    /// The sentence's index and tokens.
    let index: Int
    let sentence: Range<Int>
    /// The tokens of the clause the length opens, past it, « durant » and the comma, up to a
    /// semicolon, a colon or a bracket.
    let clause: Range<Int>

    /// Words before a length opening a sentence, folded: « Pendant trois jours, ».
    static let leads: Set<String> = ["pendant", "durant", "for", "during", "over"]
    /// Words after a length opening a sentence, folded: « Trois jours durant, ».
    static let trails: Set<String> = ["durant"]
    /// Words that put what a clause tells at an event, folded: « lors du », « au cours du », « à
    /// l’occasion du », "during the", "at the".
    static let linkWords: Set<String> = ["lors", "cours", "occasion", "during", "at", "au", "pendant", "durant", "throughout"]
    /// Marks that end the clause a length opens.
    static let clauseEnds: Set<String> = [";", ":", "(", "—"]
    /// Words between a word of ``linkWords`` and the event's name, folded: articles and the
    /// nouns of an edition (« lors de la 29e édition du »).
    static let linkArticles: Set<String> = ["du", "de", "d'", "des", "la", "le", "l'", "the", "of"]

    /// The length opening its sentence, if it does: after a word of ``leads`` and before a comma,
    /// or before a word of ``trails``.
    init?(_ duration: Mention, check: DateCheck) {
        let range = check.document.tokenRange(of: duration.span)
        let sentence = check.sentence(of: duration).tokens
        var after = range.upperBound
        if range.lowerBound - 1 == sentence.lowerBound, Self.leads.contains(check.word(range.lowerBound - 1)) {
            guard after < sentence.upperBound, check.tokens[after].text == "," else { return nil }
            after += 1
        } else if range.lowerBound == sentence.lowerBound, Self.trails.contains(check.word(after)) {
            after += 1
            if after < sentence.upperBound, check.tokens[after].text == "," { after += 1 }
        } else {
            return nil
        }
        guard after < sentence.upperBound else { return nil }
        self.check = check
        self.index = check.document.sentenceIndex(of: duration.span.start)
        self.sentence = sentence
        // "For three days, the crews rehearsed; they will perform at …": the clause ends there.
        let end = (after..<sentence.upperBound).first { Self.clauseEnds.contains(check.tokens[$0].text) }
        self.clause = after..<(end ?? sentence.upperBound)
    }

    /// The edition the clause meets at by its number (« lors du 12e sommet de la Hanse », "at the
    /// 29th Kumasi Film Festival"), with its days, when the sentence names one series only and
    /// the reference data gives that edition a first and a last day.
    func numberedEdition() -> EventPeriod? {
        guard let reference = check.reference else { return nil }
        let series = EditionDateMismatchRule.series(in: check.names.subjects(inSentence: index))
        guard series.count == 1 else { return nil }
        let claims = EditionClaims(check: check, sentence: check.document.sentences[index])
        let linked = claims.numbers.filter { number in
            let start = check.document.tokenIndex(from: number.span.start)
            return clause.contains(start) && isLinked(at: start)
        }
        guard linked.count == 1,
            let edition = reference.editions(ofSeries: series[0].id).first(where: { $0.number == linked[0].value })
        else { return nil }
        return EventPeriods.period(of: edition, seriesID: series[0].id, named: series[0].name, subjectID: series[0].id)
    }

    /// Whether the clause names the period's subject after a word of ``linkWords``, past
    /// articles, an ordinal and an event noun (« lors de la 29e édition du Festival de Kumasi »).
    func meets(at period: EventPeriod) -> Bool {
        return check.names.subjects(inSentence: index).contains { named in
            named.subject.id == period.subjectID && clause.contains(named.tokens.lowerBound)
                && isLinked(at: named.tokens.lowerBound)
        }
    }

    /// Whether a word of ``linkWords`` stands before token `start`, past articles, ordinals and
    /// event nouns.
    private func isLinked(at start: Int) -> Bool {
        let ordinals = Set(
            check.mentions(check.ordinals, in: check.document.sentences[index].span)
                .flatMap { Array(check.document.tokenRange(of: $0.span)) })
        var position = start - 1
        while position >= clause.lowerBound {
            let word = check.word(position)
            if Self.linkWords.contains(word) { return true }
            guard Self.linkArticles.contains(word) || EventWords.nouns.contains(word) || ordinals.contains(position)
            else { return false }
            position -= 1
        }
        return false
    }
}
