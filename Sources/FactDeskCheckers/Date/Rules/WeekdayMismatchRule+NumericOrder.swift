import FactDeskKit

/// A date in digits whose day and month could be either way round ("Thursday (7/9/2023)"): when
/// its weekday fits the other order and not the one the language reads, the writer used the
/// other order, and the weekday is right.
extension WeekdayMismatchRule {
    /// Whether the mention's date, in digits only, reads in the other order as a day of its
    /// written weekday.
    static func fitsOtherDayOrder(_ mention: Mention, day: CalendarDate, written: Weekday) -> Bool {
        guard day.day <= 12, day.day != day.month, !mention.text.drop(while: { !$0.isNumber }).contains(where: \.isLetter),
            let swapped = CalendarDate(year: day.year, month: day.day, day: day.month)
        else { return false }
        return swapped.weekday == written
    }
}
