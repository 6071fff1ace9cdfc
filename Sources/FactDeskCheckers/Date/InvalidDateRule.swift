import FactDeskKit

/// Rule `invalid-date`: a calendar date that does not exist ("31 avril 2025", "February 30").
enum InvalidDateRule {
    static let id = "invalid-date"

    static let descriptor = RuleDescriptor(
        id: id, severity: .error,
        summary: "A date that does not exist in the calendar, alone or as a range bound.",
        examples: [
            RuleExample("La réunion aura lieu le ⟦31 avril 2025⟧ à Genève.", language: .fr),
            RuleExample("Le vote est prévu le ⟦29 février 2025⟧.", language: .fr),
            RuleExample("Le forum se tiendra ⟦du 30 au 31 avril⟧.", language: .fr,
                        published: CalendarDate(iso: "2025-03-02")),
            RuleExample("The summit opened on ⟦February 30, 2024⟧.", language: .en),
            RuleExample("Filed on ⟦2025-02-30⟧ by the clerk.", language: .en),
            RuleExample("La réunion aura lieu le 30 avril 2025 à Genève.", language: .fr),
            RuleExample("Le vote a eu lieu le 29 février 2024.", language: .fr),
            RuleExample("Le forum se tiendra du 24 au 27 novembre.", language: .fr,
                        published: CalendarDate(iso: "2025-11-24")),
            RuleExample("The summit opened on February 29, 2024.", language: .en),
            RuleExample("Louis XIV reigned for 72 years; the 93rd session met in 2025.", language: .en),
        ])

    static func findings(in document: Document, context: CheckContext) -> [Finding] {
        context.mentions.compactMap { mention -> Finding? in
            let dates: [PartialDate]
            switch mention.value {
            case .date(let date, _): dates = [date]
            case .dateRange(let start, let end): dates = [start, end]
            default: return nil
            }
            guard let impossible = dates.first(where: { !exists($0) }),
                let month = impossible.month, let day = impossible.day
            else { return nil }
            let message = DateWording(language: document.language)
                .invalidDate(quoted: mention.text, day: day, month: month, year: impossible.year)
            return document.finding(
                checker: "date", rule: id, severity: .error, span: mention.span, message: message,
                evidence: [Evidence(statement: evidence(month: month, year: impossible.year))])
        }
    }

    /// Whether a date can exist; without a year, 29 February can.
    static func exists(_ date: PartialDate) -> Bool {
        guard let month = date.month, let day = date.day else { return true }
        guard (1...12).contains(month) else { return false }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: date.year ?? 2024)
    }

    private static func evidence(month: Int, year: Int?) -> String {
        let days = CalendarDate.daysIn(month: month, year: year ?? 2024)
        let monthName = DateWording.englishMonths[month - 1]
        if let year { return "\(monthName) \(year) has \(days) days" }
        return "\(monthName) has at most \(days) days"
    }
}
