import FactDeskKit

/// A weekday of the publication's week ("ce jeudi", "this Sunday") that the verb's tense puts
/// on the wrong side of the publication date: « le procès s’est ouvert ce jeudi » in a piece
/// published on a Wednesday speaks of a Thursday still to come; "the vote will take place this
/// Monday" in a piece of Wednesday, of a Monday gone.
///
/// Only the days one to three days on the other side of the publication date and in its week
/// (weeks start on Monday) are read so: « ce dimanche » in the past tense, on a Monday, is the
/// day before, and "this Friday" in the future tense, on a Saturday, may be the next one. It
/// stays silent in quotations, in a sentence that writes a full date (the weekday may be read
/// from it), and without a clear past or future verb right before the weekday.
struct ThisWeekdayTense {
    /// The relative weekday mention ("ce jeudi").
    var mention: Mention
    var tense: Tense
    /// The day of the publication's week the words name.
    var day: CalendarDate

    /// How many days on the wrong side of the publication date the named day may lie, at most.
    static let reach = 3

    /// The relative weekdays of the publication's week whose tense contradicts them.
    static func all(in check: DateCheck, published: CalendarDate) -> [ThisWeekdayTense] {
        check.relatives.compactMap { mention in
            guard case .relativeDate(let relative) = mention.value, case .weekday(_, 0) = relative,
                let day = relative.day(from: published)
            else { return nil }
            let first = check.document.tokenIndex(from: mention.span.start)
            let sentence = check.sentence(of: mention)
            guard !check.quoted.contains(token: first),
                !check.mentions(check.dates, in: sentence.span).contains(where: {
                    if case .date(let date, _) = $0.value { return date.calendarDate != nil }
                    return false
                }),
                let tense = check.tenses.tense(before: first, in: sentence.tokens)
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
