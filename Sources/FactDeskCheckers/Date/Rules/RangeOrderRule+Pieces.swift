import FactDeskKit

/// A range the extractor reads as two dates, its ends set apart by commas or written as months
/// with their years, that goes backwards: "from Friday, June 12, to Wednesday, June 10", "from
/// June 2026 to March 2026", « de juin 2026 à mars 2026 ».
extension RangeOrderRule {
    /// Words that open a range before its first date, folded.
    static let pieceOpeners: Set<String> = ["from", "du", "de", "d'"]
    /// Words between a range's two dates, folded; commas may stand around them.
    static let pieceClosers: Set<String> = ["to", "until", "till", "through", "au", "a", "jusqu'"]

    /// Words of a date moved to another, folded: "brought forward from June 12 to June 10", « le
    /// scrutin a été avancé du 12 au 10 juin » is no range.
    static let movingWords: Set<String> = [
        "moved", "move", "moves", "moving", "brought", "bring", "forward", "advanced", "postponed", "postpone",
        "rescheduled", "reschedule", "shifted", "pushed", "delayed", "changed", "avance", "avancee", "avances",
        "avancees", "avancer", "reporte", "reportee", "reportes", "reportees", "reporter", "decale", "decalee",
        "decaler", "deplace", "deplacee", "deplacer", "repousse", "repoussee", "repousser", "ramene", "ramenee",
    ]
    /// How many tokens before a range a word of moving may be.
    static let movingReach = 6

    /// Whether a word of moving comes shortly before token `index`, in its sentence.
    static func isMoved(before index: Int, check: DateCheck) -> Bool {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[index].span.start)].tokens
        return (max(sentence.lowerBound, index - movingReach)..<index).contains { movingWords.contains(check.word($0)) }
    }

    /// Two dates in a row, the first after "from", « du » or « de », the second after "to", « au »
    /// or « à » (and commas), whose second comes before the first.
    func pieceFindings(_ check: DateCheck) -> [Finding] {
        zip(check.dates, check.dates.dropFirst()).compactMap { first, second -> Finding? in
            guard case .date(var start, _) = first.value, case .date(let end, _) = second.value,
                start.month != nil, end.month != nil, (start.day == nil) == (end.day == nil)
            else { return nil }
            // "from Friday, June 12, to Wednesday, June 10, 2026": the year written last is both
            // ends' (the first end's may have been inferred).
            if !(start.year.map { first.text.contains(String($0)) } ?? false) { start.year = end.year }
            guard Self.isReversed(start, end) else { return nil }
            let firstTokens = check.document.tokenRange(of: first.span)
            let gap = firstTokens.upperBound..<check.document.tokenIndex(from: second.span.start)
            let words = gap.filter { check.tokens[$0].text != "," }
            guard Self.pieceOpeners.contains(check.word(firstTokens.lowerBound - 1)), words.count == 1,
                let closer = words.first, Self.pieceClosers.contains(check.word(closer)),
                check.document.sentenceIndex(of: first.span.start) == check.document.sentenceIndex(of: second.span.start),
                !Self.isMoved(before: firstTokens.lowerBound, check: check)
            else { return nil }
            let span = check.tokens[firstTokens.lowerBound - 1].span.union(second.span)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: start, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(start)")])
        }
    }
}
