import FactDeskKit
import FactDeskText

/// Rule `invalid-date`: a calendar date that does not exist ("31 avril 2025", "February 30",
/// "31/04/24", "4/31/26"), alone or as either end of a range ("du 30 au 31 avril"); or a year
/// typed with five digits (« 9 juillet 20024 », "June 20026"), with the likely year.
struct InvalidDateRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "invalid-date", severity: .error,
        summary: "A date that does not exist in the calendar, alone or as a range bound.",
        examples: [
            RuleExample("La réunion aura lieu le ⟦31 avril 2025⟧ à Genève.", language: .fr),
            RuleExample("The summit runs from 31 to 2 September in Leeds.", language: .en),
            RuleExample("Le vote est prévu le ⟦29 février 2025⟧.", language: .fr),
            RuleExample(
                "Le forum se tiendra ⟦du 30 au 31 avril⟧.", language: .fr, published: CalendarDate(iso: "2025-03-02")),
            RuleExample(
                "Le salon ouvrira du 28 février au 2 mars puis ⟦du 30 juin au 31 juin⟧.", language: .fr,
                published: CalendarDate(iso: "2025-11-24")),
            RuleExample("The summit opened on ⟦February 30, 2024⟧.", language: .en),
            RuleExample("Filed on ⟦2025-02-30⟧ by the clerk.", language: .en),
            RuleExample("The closing session is scheduled for ⟦November 31⟧.", language: .en),
            RuleExample("The meeting ends on the ⟦32nd of October⟧.", language: .en),
            RuleExample("Dépêche de l’agence, ⟦32/07/2024⟧ 14:40:26", language: .fr),
            RuleExample("The meeting ends on the 31st of October; he is 32 in October.", language: .en),
            RuleExample("The session was convened on ⟦32 December 2016⟧ in Abuja.", language: .en),
            RuleExample("Abuja, ⟦Saturday, October 32, 2020⟧ — the leaders met.", language: .en),
            RuleExample("SpaceX launched its payload on ⟦Oct. 32⟧ from Florida.", language: .en),
            RuleExample("La session s’ouvre ce ⟦32 décembre⟧ à Abuja.", language: .fr),
            RuleExample("La session s’ouvre le 32 décembre à Abuja.", language: .fr),
            RuleExample("Le sommet se tient les 3 et ⟦32 juillet⟧ à Addis-Abeba.", language: .fr),
            RuleExample("NAIROBI, ⟦March 32⟧ (Reuters) - The central bank held its rate.", language: .en),
            RuleExample("In May 32 delegates resigned; 35 December visitors came.", language: .en),
            RuleExample("Sur les 32 mai de sa carrière, il en a gagné dix.", language: .fr),
            RuleExample("Dépêche de l’agence, 31/07/2024 14:40:26", language: .fr),
            RuleExample("La réunion aura lieu le 30 avril 2025 à Genève.", language: .fr),
            RuleExample("Le vote a eu lieu le 29 février 2024.", language: .fr),
            RuleExample(
                "Le forum se tiendra du 24 au 27 novembre.", language: .fr, published: CalendarDate(iso: "2025-11-24")),
            RuleExample("The summit opened on February 29, 2024.", language: .en),
            RuleExample("Louis XIV reigned for 72 years; the 93rd session met in 2025.", language: .en),
            RuleExample("Le 29 février, jour rare, tombe en 2028.", language: .fr),
            RuleExample("La sonde a été lancée le ⟦14 mars 20026⟧ depuis Kourou.", language: .fr),
            RuleExample("The probe lifted off in ⟦March 20026⟧ from Kourou.", language: .en),
            RuleExample("La sonde a été lancée le 14 mars 2026 ; 20026 visiteurs sont venus.", language: .fr),
            RuleExample("The probe lifted off in March 2026; March 20026 tickets were sold.", language: .en),
            RuleExample("Inscriptions jusqu’au ⟦31/04/26⟧ à midi.", language: .fr),
            RuleExample("Entries close on ⟦31-4-26⟧ at noon.", language: .en),
            RuleExample("Entries close on ⟦4/31/26⟧ at noon.", language: .en),
            RuleExample("Inscriptions jusqu’au 30/04/26 à midi.", language: .fr),
            RuleExample("Entries close on 30-4-26 at noon.", language: .en),
            RuleExample("Entries close on 4/30/26 at noon.", language: .en),
            RuleExample("Inscriptions jusqu’au ⟦31-4-26⟧ à midi.", language: .fr),
            RuleExample("Inscriptions jusqu’au 30-4-26 à midi.", language: .fr),
            RuleExample("Call 06-31-04-26 for tickets.", language: .en),
        ], scope: .paragraph)

    func findings(in check: DateCheck) -> [Finding] {
        check.mistypedYears.compactMap { mistypedYear($0, check: check) } + impossibleDays(check)
    }

    /// A date whose year has five digits: the likely year is the one, once a digit is dropped,
    /// nearest the publication date (or the text's own time).
    private func mistypedYear(_ mention: Mention, check: DateCheck) -> Finding? {
        guard let written = DateCheck.mistypedYear(of: mention, document: check.document) else { return nil }
        let around = check.publishedOrTextTime?.day.year ?? 2000
        let likely = MistypedYear.candidates(written).min { abs($0 - around) < abs($1 - around) }
        let suggestion = likely.map { mention.text.replacingOccurrences(of: String(written), with: String($0)) }
        return check.finding(
            descriptor, at: mention.span,
            message: check.wording.mistypedYear(quoted: mention.text, written: written, likely: likely),
            suggestions: suggestion.map { [$0] } ?? [],
            evidence: [Evidence(statement: "\(written) has five digits; a year has four")])
    }

    private func impossibleDays(_ check: DateCheck) -> [Finding] {
        (check.dates + check.ranges).compactMap { mention -> Finding? in
            let dates: [PartialDate]
            switch mention.value {
            case .date(let date, _): dates = [date]
            case .dateRange(let start, let end, _, _):
                // "from 31 to 2 September": 31 August, read across the months.
                guard CrossMonthRangeRule.acrossMonths(mention, check: check) == nil else { return nil }
                dates = [start, end]
            default: return nil
            }
            guard let impossible = dates.first(where: { !Self.exists($0) }),
                let month = impossible.month, let day = impossible.day
            else { return nil }
            let days = CalendarDate.daysIn(month: month, year: impossible.year ?? 2024)
            return check.finding(
                descriptor, at: mention.span,
                message: check.wording.invalidDate(quoted: mention.text, day: day, month: month, year: impossible.year),
                evidence: [Evidence(statement: Self.evidence(month: month, year: impossible.year, days: days))])
        }
    }

    /// Whether a date can exist; without a year, 29 February can.
    static func exists(_ date: PartialDate) -> Bool {
        guard let month = date.month, let day = date.day else { return true }
        guard (1...12).contains(month) else { return false }
        return day >= 1 && day <= CalendarDate.daysIn(month: month, year: date.year ?? 2024)
    }

    private static func evidence(month: Int, year: Int?, days: Int) -> String {
        let monthName = DateWording.englishMonths[month - 1]
        if let year { return "\(monthName) \(year) has \(days) days" }
        return "\(monthName) has at most \(days) days"
    }
}

extension DateWording {
    /// "« 9 juillet 20024 » : l’année 20024 a cinq chiffres ; sans doute 2024."
    func mistypedYear(quoted words: String, written: Int, likely: Int?) -> String {
        let guess = likely.map { language == .fr ? " ; sans doute \($0)" : "; probably \($0)" } ?? ""
        return quoted(words) + colon
            + (language == .fr
                ? "l’année \(written) a cinq chiffres\(guess)."
                : "the year \(written) has five digits\(guess).")
    }

    /// "« 31 avril 2025 » : le 31 avril n’existe pas, avril 2025 n’a que 30 jours."
    func invalidDate(quoted words: String, day: Int, month: Int, year: Int?) -> String {
        let days = CalendarDate.daysIn(month: month, year: year ?? 2024)
        let when = year.map { "\(self.month(month)) \($0)" } ?? self.month(month)
        return quoted(words) + colon
            + (language == .fr
                ? "le \(self.day(day)) \(self.month(month)) n’existe pas, \(when) n’a que \(days) jours."
                : "there is no \(self.month(month)) \(day), \(when) has only \(days) days.")
    }
}
