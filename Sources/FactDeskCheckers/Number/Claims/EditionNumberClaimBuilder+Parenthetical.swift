import FactDeskKit

/// Ordinals before a name that is not the series' own but is followed by one in brackets: "the
/// 111th International Labour Organization (ILC) was held in Geneva", « la 27e Festival
/// panafricain du cinéma (FESPACO) ». The bracketed name says which series the words before
/// it, cut short or miswritten, stand for. A body's long name with its acronym in brackets
/// and the series' noun after them reads as the series named with the acronym: "the 47th
/// Reef Bloc of Island States (RBIS) Summit" is the "RBIS Summit".
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
            open + 1 < sentenceEnd
        else { return nil }
        if let series = named.filter({ $0.tokens.lowerBound == open + 1 }).lazy.compactMap(asSeries).first,
            series.tokens.upperBound < sentenceEnd, tokens[series.tokens.upperBound].text == ")"
        {
            return (series, series.tokens.upperBound + 1)
        }
        return acronymSeries(inBracketAt: open, sentenceEnd: sentenceEnd)
    }

    /// How many words after an acronym's closing bracket may end a series' name ("Summit",
    /// "Heads of Government Meeting").
    static let nounAfterBracketReach = 4

    /// The series named by the one word in brackets at `open` and the words right after the
    /// closing bracket: "(RBIS) Summit" for the "RBIS Summit"; and the token after its name.
    private func acronymSeries(inBracketAt open: Int, sentenceEnd: Int) -> (series: SubjectOccurrence, end: Int)? {
        let tokens = document.tokens
        let acronym = open + 1
        let close = acronym + 1
        guard close + 1 < sentenceEnd, tokens[acronym].kind == .word, tokens[close].text == ")",
            tokens[acronym].text.allSatisfy({ $0.isUppercase || $0.isNumber }), tokens[close + 1].kind == .word
        else { return nil }
        var words = [tokens[acronym].text]
        var after = close + 1
        while after < min(sentenceEnd, close + 1 + Self.nounAfterBracketReach), tokens[after].kind == .word {
            words.append(tokens[after].text)
            after += 1
        }
        // The longest name that the acronym opens and that ends after the bracket.
        guard
            let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                $0.words.lowerBound == 0 && $0.words.count > 1 && $0.subject.kind == .series
            })
        else { return nil }
        let last = close + match.words.upperBound - 1
        let series = SubjectOccurrence(
            id: match.subject.id, kind: .series, name: match.subject.name, tokens: acronym..<last + 1)
        return (series, last + 1)
    }
}
