import FactDeskKit

/// The date checker's messages, in the draft's language.
struct DateWording {
    let language: Language

    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// "« 31 avril 2025 » : avril 2025 n’a que 30 jours."
    func invalidDate(quoted: String, day: Int, month: Int, year: Int?) -> String {
        let days = CalendarDate.daysIn(month: month, year: year ?? 2024)
        switch language {
        case .fr:
            let monthName = DateWording.frenchMonths[month - 1]
            let when = year.map { "\(monthName) \($0)" } ?? monthName
            return "« \(quoted) » : ce jour n’existe pas, \(when) n’a que \(days) jours."
        case .en:
            let monthName = DateWording.englishMonths[month - 1]
            let when = year.map { "\(monthName) \($0)" } ?? monthName
            return "“\(quoted)”: no such day, \(when) has only \(days) days."
        }
    }
}
