import FactDeskKit

/// Ordinals whose sentence names another body as theirs than the series' own: "the Assembly
/// will meet in May, as the Steering Board decided at its 61st session", « la 61e session du
/// Bureau exécutif » in a sentence about the Assembly. The session is the Board's, numbered in
/// its own series, which reference data may not know.
extension EditionNumberClaimBuilder {
    /// Whether the body named with the ordinal — the capitalised name of the event noun's
    /// complement (« du Bureau exécutif », "of the Steering Board"), or the nearest capitalised
    /// name before a possessive in the same clause ("the Steering Board at its 61st session") —
    /// is no subject of reference data and has no word of `series`' name. A body of reference
    /// data (« l’Union … son 37e sommet ») is left to the series of that body.
    /// - Parameters:
    ///   - ordinal: the ordinal's tokens.
    ///   - complement: the first token after the event noun and its adjectives.
    func namesOtherBody(ordinal: Range<Int>, complement: Int, sentence: Int, series: SubjectOccurrence) -> Bool {
        let tokens = document.tokens
        let range = document.sentences[sentence].tokens
        func word(_ index: Int) -> String { Fold.word(tokens[index].text) }
        func isName(_ index: Int) -> Bool {
            tokens[index].kind == .word && Fold.isCapitalised(tokens[index].text) && !isTime(index)
        }
        var body: [Int] = []
        if complement < range.upperBound, ClaimWords.complementWords.contains(word(complement)) {
            // « de la », "of the": the body's name follows.
            var next = complement + 1
            while next < range.upperBound, next - complement <= 2, ClaimWords.articles.contains(word(next)) { next += 1 }
            while next < range.upperBound, isName(next) {
                body.append(next)
                next += 1
            }
        } else if ordinal.lowerBound - 1 > range.lowerBound, Self.possessives.contains(word(ordinal.lowerBound - 1)) {
            // "as the Steering Board decided at its 61st session": the nearest name of the clause.
            var index = ordinal.lowerBound - 2
            while index > range.lowerBound, !isName(index), !Self.clauseMarks.contains(tokens[index].text) { index -= 1 }
            while index > range.lowerBound, isName(index) {
                body.append(index)
                index -= 1
            }
        }
        guard !body.isEmpty else { return false }
        let isKnown = names.inSentence(sentence).contains { name in body.contains { name.tokens.contains($0) } }
        let seriesWords = Set(series.name.split(separator: " ").map { Fold.word(String($0)) })
        return !isKnown && !body.contains { seriesWords.contains(word($0)) }
    }

    /// Marks that end the clause a possessive's name is sought in.
    private static let clauseMarks: Set<String> = [",", ";", ":", "(", ")", "«", "»", "“", "”", "\"", "—", "–"]
}
