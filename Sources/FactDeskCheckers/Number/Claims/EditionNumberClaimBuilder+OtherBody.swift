import FactDeskKit

/// Ordinals whose sentence names another body as theirs than the series' own: "the Assembly
/// will meet in May, as the Steering Board decided at its 61st session", « la 61e session du
/// Bureau exécutif » in a sentence about the Assembly. The session is the Board's, numbered in
/// its own series, which reference data may not know.
extension EditionNumberClaimBuilder {
    /// Whether the body named with the ordinal — the capitalised name of the event noun's
    /// complement with the words that may go on with it (« du Bureau exécutif », "of the
    /// Steering Board", « de la Conférence des chefs d’État de l’UPN »), or the nearest capitalised
    /// name before a possessive in the same clause ("the Steering Board at its 61st session") —
    /// names neither `series` nor a body whose series it is (« l’UPN … son 37e sommet »), and
    /// has no word of `series`' name.
    /// - Parameters:
    ///   - ordinal: the ordinal's tokens.
    ///   - noun: the event noun.
    ///   - complement: the first token after the event noun and its adjectives.
    func namesOtherBody(ordinal: Range<Int>, noun: Int, complement: Int, sentence: Int, series: SubjectOccurrence)
        -> Bool
    {
        let tokens = document.tokens
        let range = document.sentences[sentence].tokens
        func word(_ index: Int) -> String { folded[index] }
        func isName(_ index: Int) -> Bool {
            tokens[index].kind == .word && Fold.isCapitalised(tokens[index].text) && !isTime(index)
        }
        var body: [Int] = []
        if complement < range.upperBound, ClaimWords.complementWords.contains(word(complement)) {
            // « de la », "of the": the body's name follows.
            var next = complement + 1
            while next < range.upperBound, next - complement <= 2, ClaimWords.articles.contains(word(next)) { next += 1 }
            // « de la Conférence des chefs d’État de l’UPN »: the whole name, with the known body it may end on.
            while next < range.upperBound, next - complement <= Self.bodyLinkReach,
                isName(next) || (!body.isEmpty && Self.bodyLinkWords.contains(word(next)))
            {
                body.append(next)
                next += 1
            }
        } else if ordinal.lowerBound - 1 > range.lowerBound, Self.possessives.contains(word(ordinal.lowerBound - 1)) {
            // "as the Steering Board decided at its 61st session": the nearest name of the clause,
            // not a place (« a tenu à Kiel son 38e sommet »).
            let places = names.inSentence(sentence).filter { $0.kind == .place }
            let placeWords = Self.placeWords[document.language, default: []]
            func isPlace(_ index: Int) -> Bool {
                placeWords.contains(word(index - 1)) || places.contains { $0.tokens.contains(index) }
            }
            var index = ordinal.lowerBound - 2
            while index > range.lowerBound, !isName(index) || isPlace(index),
                !Self.clauseMarks.contains(tokens[index].text)
            {
                index -= 1
            }
            while index > range.lowerBound, isName(index), !isPlace(index) {
                body.append(index)
                index -= 1
            }
        }
        guard !body.isEmpty else { return false }
        // A name of the series, or of a body whose series it is, makes the body the series' own.
        let nouns = ([tokens[noun].text] + Self.bodyEventNouns[document.language, default: []]).map { [$0] }
        func namesSeries(_ name: SubjectOccurrence) -> Bool {
            asSeries(name)?.id == series.id || self.series(ofBody: name, nouns: nouns)?.id == series.id
        }
        // « de la Ligue des villes du Rhin (LVR) »: the body's acronym in brackets may be the name
        // its series is named with.
        let sentenceNames = names.inSentence(sentence)
        let isOwn = sentenceNames.contains { name in
            body.contains { name.tokens.contains($0) }
                && (namesSeries(name) || bracketedNames(of: [name], named: sentenceNames).contains(where: namesSeries))
        }
        let seriesWords = Set(series.name.split(separator: " ").map { Fold.word(String($0)) })
        return !isOwn && !body.contains { isName($0) && seriesWords.contains(word($0)) }
            && !isShortenedName(body.filter(isName).map(word), of: series)
    }

    /// Whether every capitalised word of a body's name is a word of one name of `series` in
    /// reference data: the series' long name cut short before its acronym (« la 14e édition du
    /// Festival des films côtiers (FFC) » for the « Festival des films côtiers et de la radio de
    /// Portmere »), not another body that shares a word (« du Festival de Lyon » for the
    /// « Festival de Corvino »).
    private func isShortenedName(_ capitalised: [String], of series: SubjectOccurrence) -> Bool {
        guard !capitalised.isEmpty,
            let names = reference.allSeries(language: document.language).first(where: { $0.subject.id == series.id })?.names
        else { return false }
        return names.contains { name in
            let words = Set(name.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "’" }).map { Fold.word(String($0)) })
            return capitalised.allSatisfy(words.contains)
        }
    }

    /// Marks that end the clause a possessive's name is sought in.
    private static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "«", "»", "“", "”", "\"", "—", "–"]
}
