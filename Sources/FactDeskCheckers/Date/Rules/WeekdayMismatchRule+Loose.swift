import FactDeskKit

/// Weekdays that the extractor leaves alone but that name a day all the same: a date in
/// parentheses after the weekday ("on Thursday (May 30)", "Wednesday (12 July 2023)"), a day
/// of the month without its month ("Thursday 13th", « ce mardi 12 »: ``dayOfMonthFindings(in:)``),
/// and a weekday set beside a date by a comma (« le 12 mars, un mardi », « mardi dernier, le 12
/// mars », « lundi prochain, 8 juin », « jeudi prochain 11 juin », « vendredi dernier (5 juin) »), in parentheses after it (« le 12 mars (mardi) ») or before it with « le » (« mardi le
/// 12 mars »), or after a verb of falling or being (« le 13 juin tombe cette année un dimanche », "June 13
/// falls on a Sunday", "June 13, 1990 was also on a Sunday", « le 13 juin 1990 était un dimanche »).
extension WeekdayMismatchRule {
    func looseFindings(in check: DateCheck) -> [Finding] {
        appositionFindings(in: check) + check.weekdays.compactMap { mention -> Finding? in
            let next = check.document.tokenRange(of: mention.span).upperBound
            guard case .weekday(let written) = mention.value,
                let (dated, closing) = Self.parenthesisedDate(after: next, check: check),
                case .date(let date, nil) = dated.value, let day = date.calendarDate, day.weekday != written
            else { return nil }
            let span = mention.span.union(closing)
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                replacements: [check.wording.weekday(day.weekday)])
        } + dayOfMonthFindings(in: check)
    }

    /// Words between a date and the weekday set beside it: « le 12 mars, un jeudi », "March 12,
    /// a Thursday", « mardi dernier, le 12 mars », "on Tuesday, the 12th of March".
    static let appositionArticles: Set<String> = ["un", "a", "le", "the"]
    static let appositionFollowers: Set<String> = ["dernier", "prochain", "last", "next"]

    /// A weekday set beside a full date by a comma, before or after it, that falls on another day.
    private func appositionFindings(in check: DateCheck) -> [Finding] {
        (check.weekdays + check.relatives).compactMap { mention -> Finding? in
            let written: Weekday
            switch mention.value {
            case .weekday(let weekday): written = weekday
            case .relativeDate(.weekday(let weekday, _)): written = weekday
            default: return nil
            }
            let tokens = check.document.tokenRange(of: mention.span)
            var dated: Mention?
            // « le 12 mars, un jeudi »
            if Self.appositionArticles.contains(check.word(tokens.lowerBound - 1)),
                check.tokens.indices.contains(tokens.lowerBound - 2), check.tokens[tokens.lowerBound - 2].text == ","
            {
                let end = check.tokens[tokens.lowerBound - 2].span.start
                dated = check.dates.last { $0.span.end == end }
            }
            // « le 13 juin tombe un dimanche », « le 13 juin, qui tombe cette année un dimanche », "June
            // 13 falls on a Sunday"
            if dated == nil, let verb = Self.fallingVerb(before: tokens.lowerBound, check: check) {
                dated = check.dates.last { date in
                    let end = check.document.tokenRange(of: date.span).upperBound
                    return end <= verb
                        && (end..<verb).allSatisfy { check.tokens[$0].text == "," || Self.fallingJoiners.contains(check.word($0)) }
                }
            }
            // « le 12 mars (un jeudi) », "March 12 (Thursday)"
            var open = tokens.lowerBound - 1
            if Self.appositionArticles.contains(check.word(open)) { open -= 1 }
            var closing: Span?
            if dated == nil, open >= 1, check.tokens[open].text == "(", check.tokens[safe: tokens.upperBound]?.text == ")" {
                let end = check.tokens[open - 1].span.end
                dated = check.dates.last { $0.span.end == end }
                closing = check.tokens[tokens.upperBound].span
            }
            // « mercredi le 12 mars »: the weekday, « le » and the date, without a comma.
            if dated == nil, check.document.language == .fr, check.word(tokens.upperBound) == "le",
                let start = check.tokens[safe: tokens.upperBound + 1]?.span.start
            {
                dated = check.dates.first { $0.span.start == start }
            }
            // « mardi dernier, le 12 mars », « lundi prochain, 8 juin » (the article may go after
            // « dernier », « prochain », "last", "next").
            var next = tokens.upperBound
            var follows = Self.appositionFollowers.contains(check.word(next - 1))
                || Self.appositionFollowers.contains(check.word(tokens.lowerBound))
            if Self.appositionFollowers.contains(check.word(next)) {
                next += 1
                follows = true
            }
            let article = Self.appositionArticles.contains(check.word(next + 1)) ? 1 : 0
            if dated == nil, next + 1 + article < check.tokens.count, check.tokens[next].text == ",",
                article == 1 || follows
            {
                let start = check.tokens[next + 1 + article].span.start
                // A closed aside: « mardi dernier, le 12 mars. », not « jeudi, le 13 mars étant férié ».
                dated = check.dates.first { $0.span.start == start }.flatMap { date in
                    let after = check.document.tokenRange(of: date.span).upperBound
                    return after >= check.tokens.count || check.tokens[after].kind == .punctuation ? date : nil
                }
            }
            // « jeudi prochain 11 juin », « vendredi dernier (5 juin) »: after « dernier », « prochain »,
            // "last", "next", the date may follow with no comma, or in parentheses.
            if dated == nil, follows, next < check.tokens.count {
                if let (inParentheses, closed) = Self.parenthesisedDate(after: next, check: check) {
                    dated = inParentheses
                    closing = closed
                } else {
                    let start = check.tokens[next].span.start
                    dated = check.dates.first { $0.span.start == start }
                }
            }
            guard let dated, case .date(let date, nil) = dated.value, date.day != nil, let day = date.calendarDate,
                day.weekday != written
            else { return nil }
            let span = mention.span.union(dated.span).union(closing ?? mention.span)
            return finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                replacements: [check.wording.weekday(day.weekday)])
        }
    }

    /// Verbs of a date falling on a weekday or being one, folded, and the words that may join them
    /// to the date.
    static let fallingVerbs: Set<String> = [
        "tombe", "tombera", "tombait", "falls", "fell", "fall", "was", "is", "be", "etait", "est", "sera",
    ]
    static let fallingJoiners: Set<String> = ["qui", "which", "that", "will", "this", "year", "cette", "annee"]
    /// Words between the verb and the weekday's article: "was also on a", « était aussi un ».
    static let repeatWords: Set<String> = ["also", "again", "aussi", "encore"]

    /// The verb of falling before the article of a weekday at token `index` (« tombe un », « tombe
    /// cette année un », "falls on a", "falls this year on a", "was also on a", « était un »), or `nil`.
    private static func fallingVerb(before index: Int, check: DateCheck) -> Int? {
        guard ["un", "a"].contains(check.word(index - 1)) else { return nil }
        var verb = index - 2
        if check.word(verb) == "on" { verb -= 1 }
        if ["annee", "year"].contains(check.word(verb)), ["cette", "this"].contains(check.word(verb - 1)) { verb -= 2 }
        if repeatWords.contains(check.word(verb)) { verb -= 1 }
        return verb >= 0 && fallingVerbs.contains(check.word(verb)) ? verb : nil
    }

    /// The date mention in parentheses right after the weekday ("Thursday (May 30)"), and the
    /// closing parenthesis.
    private static func parenthesisedDate(after index: Int, check: DateCheck) -> (Mention, Span)? {
        guard index < check.tokens.count, check.tokens[index].text == "(" else { return nil }
        let start = check.tokens[index].span.end
        let next = check.timeline.partitionPoint { $0.span.start >= start }
        guard next < check.timeline.count, check.timeline[next].kind == .date,
            check.document.tokenIndex(from: check.timeline[next].span.start) == index + 1
        else { return nil }
        let after = check.document.tokenRange(of: check.timeline[next].span).upperBound
        guard after < check.tokens.count, check.tokens[after].text == ")" else { return nil }
        return (check.timeline[next], check.tokens[after].span)
    }
}
