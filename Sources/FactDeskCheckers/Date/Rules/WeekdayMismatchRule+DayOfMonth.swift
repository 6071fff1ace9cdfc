import FactDeskKit

/// A weekday with a day of the month and no month: "Thursday 13th", "on Tuesday the 12th",
/// "on Saturday (7)", « jeudi 1er », « ce mardi 12, » — a bare number only when a punctuation mark or a preposition
/// follows it ("Monday 13 people" is a count). Ordinals, « ce mardi 12 » and « le mardi 12 courant »
/// (of the month under way) are read against the
/// publication month and its neighbours (« le mardi 24 » may be any month's); any two of them in
/// a paragraph ("opens on Monday 2 … closes on Thursday 6") must agree with each other,
/// publication date or not. A day in parentheses ("on Saturday (7)", as some wire copy writes
/// it) is read like an ordinal.
extension WeekdayMismatchRule {
    /// How far from the publication date a day of the month without its month may lie, in days.
    static let dayOfMonthReach = 31
    /// How many days apart two weekdays with days of the month may be to be read in one month.
    static let pairReach = 14

    /// A weekday and the day of the month written after it.
    struct DayOfMonthClaim {
        var weekday: Weekday
        var day: Int
        var span: Span
        var paragraph: Int
        /// Whether the day tells the publication's weeks: an ordinal ("13th", « 1er »), or a bare
        /// number after « ce » / "this". « Le mardi 24, » may be any month's.
        var isNearPublication: Bool
    }

    func dayOfMonthFindings(in check: DateCheck) -> [Finding] {
        let claims = Self.dayOfMonthClaims(in: check)
        var findings: [Finding] = []
        var flagged = Set<Int>()
        if let published = check.published {
            for (index, claim) in claims.enumerated() where claim.isNearPublication {
                guard let finding = publicationFinding(claim, published: published, check: check) else { continue }
                findings.append(finding)
                flagged.insert(index)
            }
        }
        // Claims read against the publication month and found right stay so.
        for (index, claim) in claims.enumerated()
        where !flagged.contains(index) && !(claim.isNearPublication && check.published != nil) {
            guard let finding = carriedMonthFinding(claim, check: check) else { continue }
            findings.append(finding)
            flagged.insert(index)
        }
        for index in claims.indices.dropFirst() where !flagged.contains(index) && !flagged.contains(index - 1) {
            let (first, second) = (claims[index - 1], claims[index])
            let apart = second.day - first.day
            guard first.paragraph == second.paragraph, (1...Self.pairReach).contains(apart) else { continue }
            let expected = Self.weekday(first.weekday, plus: apart)
            guard expected != second.weekday else { continue }
            findings.append(
                check.finding(
                    descriptor, at: second.span,
                    message: check.wording.dayOfMonthPair(
                        quoted: check.document.text(in: second.span), first: check.document.text(in: first.span),
                        day: second.day, expected: expected),
                    suggestions: [QuoteEditing.replacingWeekdays(
                        in: check.document.text(in: second.span), with: [check.wording.weekday(expected)])],
                    evidence: [
                        Evidence(
                            statement: "\(apart) days after a \(first.weekday.englishName) is a \(expected.englishName)")
                    ]))
        }
        return findings
    }

    /// The claim against the publication month and its neighbours: wrong when no day of that
    /// number within ``dayOfMonthReach`` days of publication is that weekday.
    private func publicationFinding(_ claim: DayOfMonthClaim, published: CalendarDate, check: DateCheck) -> Finding? {
        let candidates = (-1...1).compactMap { shift -> CalendarDate? in
            let month = (published.month - 1 + shift + 12) % 12 + 1
            let year = published.year + (published.month + shift < 1 ? -1 : published.month + shift > 12 ? 1 : 0)
            guard let day = CalendarDate(year: year, month: month, day: claim.day),
                abs(day.daysSinceEpoch - published.daysSinceEpoch) <= Self.dayOfMonthReach
            else { return nil }
            return day
        }
        guard let nearest = candidates.min(by: {
            abs($0.daysSinceEpoch - published.daysSinceEpoch) < abs($1.daysSinceEpoch - published.daysSinceEpoch)
        }), !candidates.contains(where: { $0.weekday == claim.weekday })
        else { return nil }
        return finding(
            check, quoted: check.document.text(in: claim.span), span: claim.span, mismatches: [nearest],
            replacements: [check.wording.weekday(nearest.weekday)],
            evidence: [
                Evidence(
                    statement:
                        "published \(published.isoDay): no day \(claim.day) within \(Self.dayOfMonthReach) days is a \(claim.weekday.englishName)"
                )
            ])
    }

    /// The weekdays alone, and « ce mardi » / "this Tuesday", with a day of the month after them.
    static func dayOfMonthClaims(in check: DateCheck) -> [DayOfMonthClaim] {
        var claims: [DayOfMonthClaim] = []
        for mention in (check.weekdays + check.relatives).sorted(by: { $0.span.start < $1.span.start }) {
            let written: Weekday
            let isThisWeek: Bool
            switch mention.value {
            case .weekday(let weekday):
                let first = check.document.tokenRange(of: mention.span).lowerBound
                (written, isThisWeek) = (weekday, ["ce", "this"].contains(check.word(first - 1)))
            case .relativeDate(.weekday(let weekday, offset: 0)): (written, isThisWeek) = (weekday, true)
            default: continue
            }
            var next = check.document.tokenRange(of: mention.span).upperBound
            if let day = parenthesisedDay(at: next, check: check) {
                // "On Saturday (7)": the day of the month under way, as wire copy writes it.
                claims.append(
                    DayOfMonthClaim(
                        weekday: written, day: day, span: mention.span.union(check.tokens[next + 2].span),
                        paragraph: check.document.paragraphIndex(of: mention.span.start), isNearPublication: true))
                continue
            }
            if ["the", "le"].contains(check.word(next)), dayOfMonth(at: next + 1, check: check) != nil { next += 1 }
            let ordinal = dayOfMonth(at: next, check: check)
            guard let day = ordinal ?? bareDay(at: next, check: check),
                !isFollowedByMonthOrNumber(next + 1, check: check)
            else { continue }
            claims.append(
                DayOfMonthClaim(
                    weekday: written, day: day, span: mention.span.union(check.tokens[next].span),
                    paragraph: check.document.paragraphIndex(of: mention.span.start),
                    isNearPublication: ordinal != nil || isThisWeek || check.word(next + 1) == "courant"))
        }
        return claims
    }

    /// The weekday `days` days after `weekday`.
    static func weekday(_ weekday: Weekday, plus days: Int) -> Weekday {
        let all = Weekday.allCases
        return all[(all.firstIndex(of: weekday)! + days) % 7]
    }

    /// A day of the month written as an ordinal at `index`: "13th", "1st", "1er".
    private static func dayOfMonth(at index: Int, check: DateCheck) -> Int? {
        guard index < check.tokens.count else { return nil }
        let text = check.tokens[index].text
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), ["st", "nd", "rd", "th", "er"].contains(text.dropFirst(digits.count)),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        return day
    }

    /// A day of the month in parentheses at `index`, 1–31: "(7)" of "on Saturday (7)".
    private static func parenthesisedDay(at index: Int, check: DateCheck) -> Int? {
        guard index + 2 < check.tokens.count, check.tokens[index].text == "(", check.tokens[index + 2].text == ")",
            check.tokens[index + 1].kind == .number, check.tokens[index + 1].text.count <= 2,
            let day = Int(check.tokens[index + 1].text), (1...31).contains(day)
        else { return nil }
        return day
    }

    /// Words after a bare number that leave it a day: "on Monday 2 in Leeds", « jeudi 6 à Lyon »,
    /// « le jeudi 7 et le lundi 12 ».
    static let bareDayFollowers: Set<String> = ["a", "au", "en", "dans", "des", "in", "at", "from", "courant", "et"]

    /// A day of the month written as a bare number at `index`, 1–31, followed by a punctuation
    /// mark (not a number going on: "Monday 13,000") or a preposition, or ending the text.
    private static func bareDay(at index: Int, check: DateCheck) -> Int? {
        guard index < check.tokens.count, check.tokens[index].kind == .number, check.tokens[index].text.count <= 2,
            let day = Int(check.tokens[index].text), (1...31).contains(day)
        else { return nil }
        let after = index + 1
        guard after < check.tokens.count else { return day }
        let token = check.tokens[after]
        if token.kind == .punctuation {
            let goesOn = !token.followsSpace && after + 1 < check.tokens.count && check.tokens[after + 1].kind == .number
            return goesOn || ["%", "-", "–", "/"].contains(token.text) ? nil : day
        }
        return token.kind == .word && bareDayFollowers.contains(check.word(after)) ? day : nil
    }

    /// Whether a month or a number follows ("Monday 13 March" is the extractor's), or a number
    /// goes on ("Monday 13,000"). A list word may follow: « lundi 2 et mardi 3 », « lundi 2 à Lyon ».
    private static func isFollowedByMonthOrNumber(_ index: Int, check: DateCheck) -> Bool {
        guard index < check.tokens.count else { return false }
        let token = check.tokens[index]
        if token.followsSpace == false, token.kind == .punctuation, [",", ".", ":", "/", "-"].contains(token.text),
            index + 1 < check.tokens.count, check.tokens[index + 1].kind == .number
        {
            return true
        }
        return token.kind == .number || DateWording.isMonth(check.word(index))
    }
}

extension DateWording {
    /// "« jeudi 6 » : si « lundi 2 » est juste, le 6 du même mois est un vendredi."
    func dayOfMonthPair(quoted words: String, first: String, day: Int, expected: Weekday) -> String {
        quoted(words) + colon
            + (language == .fr
                ? "si « \(first) » est juste, le \(self.day(day)) du même mois est un \(weekday(expected))."
                : "if “\(first)” is right, the \(day) of the same month is a \(weekday(expected)).")
    }
}
