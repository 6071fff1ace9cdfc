import FactDeskKit

/// A range the extractor reads as two dates, its ends set apart by commas, by a time of day or
/// written as months with their years, that goes backwards: "from Friday, June 12, to Wednesday,
/// June 10", "between Wednesday, June 24, and Sunday, June 21", "from June 2026 to March 2026",
/// « de juin 2026 à mars 2026 », "from Monday, June 8,
/// at 9 a.m. to Friday, June 5", « du lundi 8 juin à 10 heures au vendredi 5 juin », « depuis le
/// 8 juin et jusqu’au 5 juin ».
extension RangeOrderRule {
    /// Words that open a range before its first date, folded.
    static let pieceOpeners: Set<String> = ["from", "du", "de", "d'"]
    /// Words that open a range whose ends "and", « et » join, folded, with that word.
    static let betweenWords: [String: String] = ["between": "and", "entre": "et"]
    /// Words between a range's two dates, folded; commas may stand around them.
    static let pieceClosers: Set<String> = ["to", "until", "till", "through", "au", "a", "jusqu'"]
    /// Words of a time of day that may follow a range's first date, folded: "at 9 a.m.", « à 10
    /// heures »; numbers and marks count too.
    static let timeOfDayWords: Set<String> = [
        "at", "a", "h", "heures", "heure", "am", "pm", "m", "midi", "noon", "minuit", "midnight",
    ]

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
            let opener = firstTokens.lowerBound - 1
            let since = check.word(opener) == "since" || (check.word(opener) == "le" && check.word(opener - 1) == "depuis")
            // "between Wednesday, June 24, and Sunday, June 21", « entre le 24 et le 21 juin ».
            let between = Self.betweenWords[check.word(opener)]
            guard Self.pieceOpeners.contains(check.word(opener)) || since || between != nil,
                between.map { words.map(check.word) == [$0] } ?? Self.joinsPieces(words, since: since, check: check),
                check.document.sentenceIndex(of: first.span.start) == check.document.sentenceIndex(of: second.span.start),
                !Self.isMoved(before: firstTokens.lowerBound, check: check)
            else { return nil }
            let span = check.tokens[since && check.word(opener) == "le" ? opener - 1 : opener].span.union(second.span)
            return check.finding(
                descriptor, at: span,
                message: check.wording.rangeOrder(quoted: check.document.text(in: span), start: start, end: end),
                evidence: [Evidence(statement: "\(end) comes before \(start)")])
        }
    }

    /// Whether the words between a range's two dates join them as its ends: a closer alone
    /// ("to", « au »), after a time of day ("at 9 a.m. to", « à 10 heures au »); after "since" or
    /// « depuis le », "and until" or « et jusqu’au ».
    static func joinsPieces(_ words: [Int], since: Bool, check: DateCheck) -> Bool {
        var words = words[...]
        if check.word(words.last ?? 0) == "au", words.count > 1, check.word(words[words.endIndex - 2]) == "jusqu'" {
            words = words.dropLast()
        }
        guard let closer = words.last, pieceClosers.contains(check.word(closer)) else { return false }
        let before = words.dropLast()
        if since { return ["jusqu'", "until"].contains(check.word(closer)) && before.allSatisfy { ["et", "and"].contains(check.word($0)) } }
        return before.count <= 6
            && before.allSatisfy { check.tokens[$0].kind == .number || check.word($0).isEmpty || timeOfDayWords.contains(check.word($0)) }
    }
}
