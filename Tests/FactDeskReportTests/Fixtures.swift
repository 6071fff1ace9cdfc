import FactDeskKit

/// Sample drafts and findings shared by the report tests. The drafts are written for the tests,
/// with errors planted on purpose.
enum Fixtures {
    /// A French draft: a wrong weekday (24 November 2025 is a Monday), a wrong member count and a
    /// misspelt name.
    static let frenchText = """
        Marrakech, mardi 24 novembre 2025 — La 93e Assemblée générale d’INTERPOL s’ouvre ce jour.
        Les délégués des 195 pays membres sont attendus.
        Le président Ahmed Nasser Al-Raisi prononcera le discours d’ouverture.
        """

    static let published = CalendarDate(year: 2025, month: 11, day: 24)!

    /// The French draft, analysed.
    static var frenchDocument: Document {
        Document(path: "drafts/interpol.md", text: frenchText, language: .fr, published: published)
    }

    /// The French draft's report: one error, one warning, one info.
    static var frenchReport: DocumentReport {
        let document = frenchDocument
        return DocumentReport(
            document: document,
            findings: [
                document.finding(
                    checker: "date", rule: "weekday-mismatch", severity: .error,
                    span: span(of: "mardi 24 novembre 2025", in: frenchText),
                    message: "« mardi 24 novembre 2025 » : le 24 novembre 2025 est un lundi.",
                    suggestions: ["lundi 24 novembre 2025"],
                    evidence: [Evidence(statement: "2025-11-24 is a Monday")]),
                document.finding(
                    checker: "number", rule: "count-mismatch", severity: .warning,
                    span: span(of: "195 pays membres", in: frenchText),
                    message: "INTERPOL compte 196 pays membres, pas 195.",
                    suggestions: ["196 pays membres"],
                    evidence: [Evidence(statement: "member-countries = 196", source: "https://www.interpol.int/")]),
                document.finding(
                    checker: "name", rule: "spelling", severity: .info,
                    span: span(of: "Ahmed Nasser Al-Raisi", in: frenchText),
                    message: "Orthographe de référence : « Ahmed Naser Al-Raisi ».",
                    suggestions: ["Ahmed Naser Al-Raisi"]),
            ])
    }

    /// The checkers behind the French report's findings.
    static let checkers = [
        CheckerDescriptor(
            id: "date", version: "1.0.0", summary: "Dates against the calendar and the publication date.",
            languages: [.fr, .en],
            rules: [
                RuleDescriptor(
                    id: "weekday-mismatch", severity: .error, summary: "A weekday that does not fall on its date.",
                    examples: [RuleExample("⟦mardi 24 novembre 2025⟧", language: .fr)]),
                RuleDescriptor(
                    id: "invalid-date", severity: .error, summary: "A date that does not exist.", examples: []),
            ]),
        CheckerDescriptor(
            id: "number", version: "0.3.1", summary: "Counts against the reference data.", languages: [.fr],
            rules: [
                RuleDescriptor(
                    id: "count-mismatch", severity: .warning, summary: "A count that differs from the reference.",
                    examples: [])
            ]),
    ]

    /// The span of the first occurrence of `needle`, in Unicode scalar offsets.
    static func span(of needle: String, in text: String) -> Span {
        let scalars = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<start + pattern.count]) == pattern
        {
            return Span(start: start, end: start + pattern.count)
        }
        preconditionFailure("\(needle) not in the fixture text")
    }

    /// A one-finding report on `text`, flagging `needle`.
    static func report(
        path: String = "draft.txt", text: String, flagging needle: String, severity: Severity = .error,
        message: String = "Problème.", status: Finding.Status = .open
    ) -> DocumentReport {
        let document = Document(path: path, text: text, language: .fr, published: published)
        var finding = document.finding(
            checker: "date", rule: "weekday-mismatch", severity: severity, span: span(of: needle, in: text),
            message: message)
        finding.status = status
        return DocumentReport(document: document, findings: [finding])
    }
}
