import FactDeskKit

/// A weekday of the publication's week ("ce jeudi", "this Sunday") that the verb's tense puts
/// on the wrong side of the publication date: « le procès s’est ouvert ce jeudi » in a piece
/// published on a Wednesday speaks of a Thursday still to come; "the vote will take place this
/// Monday" in a piece of Wednesday, of a Monday gone.
///
/// Only the days one to three days on the other side of the publication date and in its week
/// (weeks start on Monday) are read so: « ce dimanche » in the past tense, on a Monday, is the
/// day before, and "this Friday" in the future tense, on a Saturday, may be the next one. It
/// stays silent in quotations, with a full date in its sentence (the weekday may be read from it)
/// but for the dateline's own (« GENÈVE, 4 juin 2026 (AFP) - … ce vendredi »), a day of history
/// (``DateCheck/mayDateWeekday(_:weekday:)``) and one in a clause of reported words after it (« … a assuré que le vol aura lieu le 9
/// juillet 2026 »: another day's), and without a clear past or future verb right before the weekday. A past participle
/// of an event taking place right before it, without an auxiliary (« le salon tenu ce vendredi »,
/// "the fair held this Friday"), is a past.
struct ThisWeekdayTense {
    /// The relative weekday mention ("ce jeudi").
    var mention: Mention
    var tense: Tense
    /// The day of the publication's week the words name.
    var day: CalendarDate

    /// How many days on the wrong side of the publication date the named day may lie, at most.
    static let reach = 3

    /// Words that open a clause of reported words, folded: « a assuré que … », "said that …".
    static let reportedClauseOpeners: Set<String> = ["que", "qu'", "that"]

    /// Where the weekday's clause ends: at a word of ``reportedClauseOpeners`` after it, else at
    /// the end of its sentence.
    static func clauseEnd(after index: Int, check: DateCheck) -> Int {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[index].span.start)]
        let opener = (index + 1..<sentence.tokens.upperBound).first { reportedClauseOpeners.contains(check.word($0)) }
        return opener.map { check.tokens[$0].span.start } ?? sentence.span.end
    }

    /// Past participles of an event taking place, opening or closing, folded: « le salon tenu ce
    /// vendredi », "the fair held this Friday".
    static let eventParticiples: Set<String> = [
        "tenu", "tenue", "tenus", "tenues", "organise", "organisee", "organises", "organisees", "deroule",
        "deroulee", "deroules", "deroulees", "ouvert", "ouverte", "ouverts", "ouvertes", "cloture", "cloturee",
        "clotures", "cloturees", "inaugure", "inauguree", "dispute", "disputee", "disputes", "disputees", "held",
        "hosted", "organised", "organized", "staged", "inaugurated",
    ]
    /// Words before a participle that make it present or future: « qui sera tenu », "to be held",
    /// "is held", « est organisé ».
    static let presentOrFutureLeads: Set<String> = [
        "be", "being", "to", "is", "are", "will", "sera", "seront", "est", "sont", "etre", "soit", "soient",
    ]

    /// Whether the weekday at token `index` follows right after a past participle of an event
    /// taking place with no auxiliary of the present or future before it: « le salon tenu ce
    /// vendredi » tells of a past day.
    static func isAfterBareParticiple(_ index: Int, check: DateCheck) -> Bool {
        let participle = index - 1
        guard participle > 0, eventParticiples.contains(check.word(participle)) else { return false }
        return !presentOrFutureLeads.contains(check.word(participle - 1))
    }

    /// The relative weekdays of the publication's week whose tense contradicts them.
    static func all(in check: DateCheck, published: CalendarDate) -> [ThisWeekdayTense] {
        check.relatives.compactMap { mention in
            guard case .relativeDate(let relative) = mention.value, case .weekday(let weekday, 0) = relative,
                let day = relative.day(from: published)
            else { return nil }
            let first = check.document.tokenIndex(from: mention.span.start)
            let sentence = check.sentence(of: mention)
            guard !check.quoted.contains(token: first), !DatedWeekday.isDated(mention, check: check),
                !check.mentions(check.dates, in: Span(start: sentence.span.start, end: Self.clauseEnd(after: first, check: check))).contains(where: {
                    check.mayDateWeekday($0, weekday: weekday)
                }),
                let tense = check.tenses.tense(before: first, in: sentence.tokens)
                    ?? (isAfterBareParticiple(first, check: check) ? .past : nil)
            else { return nil }
            let offset = day.daysSinceEpoch - published.daysSinceEpoch
            switch tense {
            case .past where (1...reach).contains(offset), .future where (-reach...(-1)).contains(offset):
                return ThisWeekdayTense(mention: mention, tense: tense, day: day)
            default:
                return nil
            }
        }
    }
}

extension DateWording {
    /// "« ce jeudi » : au passé, mais publié le mercredi 8 septembre 2021, ce jeudi est le 9
    /// septembre, encore à venir."
    func thisWeekdayAgainstTense(quoted words: String, tense: Tense, day: CalendarDate, published: CalendarDate)
        -> String
    {
        let named = date(PartialDate(month: day.month, day: day.day))
        if language == .fr {
            return quoted(words) + colon
                + (tense == .past
                    ? "au passé, mais publié le \(dateWithWeekday(published)), ce jour est le \(named), encore à venir."
                    : "au futur, mais publié le \(dateWithWeekday(published)), ce jour est le \(named), déjà passé.")
        }
        return quoted(words) + colon
            + (tense == .past
                ? "in the past tense, but published on \(dateWithWeekday(published)), this day is \(named), still to come."
                : "in the future tense, but published on \(dateWithWeekday(published)), this day is \(named), already gone.")
    }
}
