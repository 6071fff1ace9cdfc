import FactDeskKit

/// A weekday of the text read from the publication date: the day its tense (or "dernier",
/// "next") points to, and the day the other reading would give.
struct WeekdayReading {
    /// The weekday a bare weekday or a relative weekday ("ce dimanche") names; `nil` for any
    /// other mention.
    static func weekday(of mention: Mention) -> Weekday? {
        switch mention.value {
        case .weekday(let written): written
        case .relativeDate(.weekday(let written, _)): written
        default: nil
        }
    }

    var mention: Mention
    var tense: Tense
    /// The day the words point to.
    var reading: CalendarDate
    /// The same weekday on the other side of the publication date.
    var otherReading: CalendarDate
    var sentence: Int

    /// Words before a weekday that make it a habit, any such day or part of a list, not one day:
    /// "du lundi au vendredi", "le lundi", "chaque lundi", "un lundi", "lundi ou mardi", "every
    /// Monday", "on a Monday"; a number after it ("lundi 24") or a list word then a weekday
    /// ("lundi au vendredi") do too.
    static let habitLeaders: Set<String> = [
        "du", "de", "au", "a", "un", "chaque", "tous", "les", "le", "from", "to", "every", "each", "until",
        "through", "ou", "or", "et", "and", "entre", "between", "ni",
    ]
    static let listFollowers: Set<String> = ["au", "a", "et", "ou", "to", "and", "or", "-", "–", "/"]

    /// The weekdays alone whose tense is clear, and the relative weekdays ("mardi dernier",
    /// "next Tuesday"), read from `published`.
    static func candidates(in check: DateCheck, published: CalendarDate) -> [WeekdayReading] {
        let reader = check.tenses
        var readings: [WeekdayReading] = []
        for mention in check.weekdays {
            guard case .weekday(let weekday) = mention.value else { continue }
            let first = check.document.tokenIndex(from: mention.span.start)
            let sentenceIndex = check.document.sentenceIndex(of: mention.span.start)
            guard !isHabitOrList(first, check: check), !DatedWeekday.isDated(mention, check: check),
                let tense = reader.tense(before: first, in: check.document.sentences[sentenceIndex].tokens)
            else { continue }
            let past = RelativeDate.weekday(weekday, offset: -1).day(from: published.adding(days: 1))!
            let future = RelativeDate.weekday(weekday, offset: 1).day(from: published.adding(days: -1))!
            readings.append(
                WeekdayReading(
                    mention: mention, tense: tense, reading: tense == .past ? past : future,
                    otherReading: tense == .past ? future : past, sentence: sentenceIndex))
        }
        for mention in check.relatives {
            guard case .relativeDate(let relative) = mention.value, case .weekday(let weekday, let offset) = relative,
                offset != 0, let reading = relative.day(from: published)
            else { continue }
            let other = RelativeDate.weekday(weekday, offset: -offset).day(from: published)!
            readings.append(
                WeekdayReading(
                    mention: mention, tense: offset < 0 ? .past : .future, reading: reading, otherReading: other,
                    sentence: check.document.sentenceIndex(of: mention.span.start)))
        }
        return readings
    }

    /// Whether the weekday whose token is `index` is a habit or part of a list (``habitLeaders``).
    static func isHabitOrList(_ index: Int, check: DateCheck) -> Bool {
        let tokens = check.tokens
        if habitLeaders.contains(check.word(index - 1)) { return true }
        guard index + 1 < tokens.count else { return false }
        if tokens[index + 1].kind == .number { return true }
        // "lundi au vendredi", "Monday to Friday"; not "mardi à Marrakech".
        let follower = tokens[index + 1].kind == .word ? check.word(index + 1) : tokens[index + 1].text
        return listFollowers.contains(follower) && WeekdayNames.weekday(check.word(index + 2)) != nil
    }
}
