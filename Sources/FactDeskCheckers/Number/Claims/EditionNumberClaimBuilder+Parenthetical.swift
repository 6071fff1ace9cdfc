import FactDeskKit

/// Ordinals before a name that is not the series' own but is followed by one in brackets: "the
/// 111th International Labour Organization (ILC) was held in Geneva", « la 27e Festival
/// panafricain du cinéma (FESPACO) ». The bracketed name says which series the words before
/// it, cut short or miswritten, stand for.
extension EditionNumberClaimBuilder {
    /// How many words may stand between the ordinal and the bracket.
    static let bracketReach = 8

    /// The series named in brackets after a capitalised word right after the ordinal and the
    /// words that follow it, with no punctuation between, and with the closing bracket right
    /// after the series' name; and where the bracket closes.
    func bracketedSeries(after next: Int, sentenceEnd: Int, named: ArraySlice<SubjectOccurrence>)
        -> (series: SubjectOccurrence, end: Int)?
    {
        let tokens = document.tokens
        guard next < sentenceEnd, tokens[next].kind == .word, Fold.isCapitalised(tokens[next].text),
            let open = (next + 1..<min(sentenceEnd, next + 1 + Self.bracketReach)).first(where: {
                tokens[$0].kind != .word
            }), tokens[open].text == "(",
            let series = named.filter({ $0.tokens.lowerBound == open + 1 }).lazy.compactMap(asSeries).first,
            series.tokens.upperBound < sentenceEnd, tokens[series.tokens.upperBound].text == ")"
        else { return nil }
        return (series, series.tokens.upperBound + 1)
    }
}
