import FactDeskKit

extension DateCheck {
    /// How far from the publication date, in days, a full date may lie and still be the day a
    /// weekday of its sentence is read from.
    static let weekdayAnchorReach = 45

    /// Whether the full date `mention` may be what a bare weekday of its sentence is read from
    /// ("on 18 November, the minister said he had met them Tuesday"): not the dateline's own
    /// date, and not a day of history that falls on another weekday — a date more than
    /// ``weekdayAnchorReach`` days from the publication date (« le procès des inondations du 12
    /// mars 2019 s’est ouvert ce jeudi ») tells of another time than the weekday's. Without
    /// a publication date every full date may.
    func mayDateWeekday(_ mention: Mention, weekday: Weekday) -> Bool {
        guard case .date(let date, _) = mention.value, let day = date.calendarDate, !isDatelineDate(mention) else {
            return false
        }
        guard let published, abs(day.daysSinceEpoch - published.daysSinceEpoch) > Self.weekdayAnchorReach else {
            return true
        }
        return day.weekday == weekday
    }
}
