import FactDeskKit

/// A bare weekday that marks the anniversary of a reference event the sentence names ("Friday
/// marks 35 years since the Harbor Bay earthquake", « Ce jeudi marque le 15e anniversaire de
/// l’inondation de Kumasi »), when that anniversary falls within ``anniversaryReach`` days of the
/// publication date on another weekday.
extension RelativeWeekdayMismatchRule {
    /// Verbs right after the weekday that make it the day of a remembrance, folded; "also" may
    /// stand between ("Friday also marks").
    static let markingVerbs: Set<String> = ["marks", "marque"]
    /// How far from the publication date the anniversary may fall for a weekday to name its day.
    static let anniversaryReach = 6

    /// The findings for weekdays that mark an anniversary on another weekday.
    func anniversaryDayFindings(in check: DateCheck, published: CalendarDate) -> [Finding] {
        guard let reference = check.reference else { return [] }
        return (check.weekdays + check.relatives).compactMap { mention -> Finding? in
            guard let weekday = WeekdayReading.weekday(of: mention), !DatedWeekday.isDated(mention, check: check)
            else { return nil }
            var verb = check.document.tokenRange(of: mention.span).upperBound
            if ["also", "aussi"].contains(check.word(verb)) { verb += 1 }
            guard Self.markingVerbs.contains(check.word(verb)) else { return nil }
            let index = check.document.sentenceIndex(of: mention.span.start)
            let events = check.names.subjects(inSentence: index).filter { reference.event($0.subject.id) != nil }
            guard let named = events.first, events.allSatisfy({ $0.subject.id == named.subject.id }),
                let event = reference.event(named.subject.id), let start = event.start, let month = start.month,
                let day = start.day,
                let year = start.year, year < published.year,
                let anniversary = CalendarDate(year: published.year, month: month, day: day),
                abs(anniversary.daysSinceEpoch - published.daysSinceEpoch) <= Self.anniversaryReach,
                anniversary.weekday != weekday
            else { return nil }
            return check.finding(
                descriptor, at: mention.span,
                message: check.wording.weekdayNotAnniversary(
                    quoted: mention.text, event: named.subject.name, day: anniversary),
                suggestions: [check.wording.weekday(anniversary.weekday)],
                evidence: [
                    Evidence(statement: "published \(published.isoDay), a \(published.weekday.englishName)"),
                    Evidence(start: start, of: named.subject, event: event),
                ])
        }
    }
}

extension DateWording {
    /// « « vendredi » : l’anniversaire de « inondation de Kumasi » tombe le mercredi 11 mars 2026. »
    func weekdayNotAnniversary(quoted words: String, event: String, day: CalendarDate) -> String {
        let date = weekday(day.weekday) + (language == .fr ? " " : ", ")
            + self.date(PartialDate(year: day.year, month: day.month, day: day.day))
        return language == .fr
            ? quoted(words) + colon + "l’anniversaire de « \(event) » tombe le \(date)."
            : quoted(words) + colon + "the anniversary of “\(event)” falls on \(date)."
    }
}
