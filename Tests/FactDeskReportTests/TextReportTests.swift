import FactDeskKit
import Testing

@testable import FactDeskReport

@Suite("TextReport")
struct TextReportTests {
    @Test("renders the golden diagnostics of a French draft")
    func golden() {
        let expected = """
            drafts/interpol.md:1:12: error: « mardi 24 novembre 2025 » : le 24 novembre 2025 est un lundi. [date/weekday-mismatch]
                1 | Marrakech, mardi 24 novembre 2025 — La 93e Assemblée générale d’INTERPOL s’ouvre ce jour.
                  |            ^~~~~~~~~~~~~~~~~~~~~~
              suggestion: lundi 24 novembre 2025
              = note: 2025-11-24 is a Monday

            drafts/interpol.md:2:18: warning: INTERPOL compte 196 pays membres, pas 195. [number/count-mismatch]
                2 | Les délégués des 195 pays membres sont attendus.
                  |                  ^~~~~~~~~~~~~~~~
              suggestion: 196 pays membres
              = note: member-countries = 196 (https://www.interpol.int/)

            drafts/interpol.md:3:14: info: Orthographe de référence : « Ahmed Naser Al-Raisi ». [name/spelling]
                3 | Le président Ahmed Nasser Al-Raisi prononcera le discours d’ouverture.
                  |              ^~~~~~~~~~~~~~~~~~~~~
              suggestion: Ahmed Naser Al-Raisi

            1 error, 1 warning, 1 info in 1 file

            """
        #expect(TextReport().render([Fixtures.frenchReport]) == expected)
    }

    @Test("colours severities and underlines, and bolds locations, only when asked")
    func colour() {
        let report = Fixtures.frenchReport
        let coloured = TextReport(colored: true).render([report])
        #expect(coloured.contains("\u{1B}[1mdrafts/interpol.md:1:12:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;34minfo:\u{1B}[0m"))
        #expect(coloured.contains("| \u{1B}[1;31m           ^~~~~~~~~~~~~~~~~~~~~~\u{1B}[0m"))
        #expect(!TextReport(colored: false).render([report]).contains("\u{1B}"))
    }

    @Test("shows standard input as <stdin>, a settled finding in one line, or in full when asked")
    func stdinAndStatus() {
        var report = Fixtures.report(path: "-", text: "Le mardi 24 novembre.", flagging: "mardi", status: .dismissed)
        report.decisions[report.findings[0].id] = FindingDecision(
            status: .dismissed, reason: "voulu", author: "Claire Martin <claire@example.org>")
        let output = TextReport().render([report])
        #expect(
            output == """
                <stdin>:1:4: dismissed error [date/weekday-mismatch] "mardi": voulu
                0 errors, 0 warnings, 0 info in 1 file (1 dismissed)

                """)
        let full = TextReport(showsDecided: true).render([report])
        #expect(full.hasPrefix("<stdin>:1:4: error: Problème. [date/weekday-mismatch] (dismissed)\n"))
        #expect(full.contains("\n  = dismissed by Claire Martin <claire@example.org>: voulu\n"))
    }

    @Test("never sends the draft's control characters to the terminal")
    func controlCharacters() {
        let report = Fixtures.report(
            text: "Le \u{1B}[31mmardi\u{07} 24 novembre.", flagging: "mardi", message: "Mot \u{1B}[2J effacé\u{9B}.")
        let output = TextReport().render([report])
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!output.unicodeScalars.contains("\u{9B}"))
        #expect(output.contains("Le ␛[31mmardi␇ 24 novembre."))
        #expect(output.contains("Mot ␛[2J effacé\u{FFFD}."))
    }

    @Test("underlines a span that crosses the line end up to the end of its first line")
    func spanAcrossLines() {
        let report = Fixtures.report(text: "Fin le lundi\n24 novembre.", flagging: "lundi\n24")
        let lines = TextReport().render([report]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "    1 | Fin le lundi")
        #expect(lines[2] == "      |        ^~~~~")
    }

    @Test(
        "counts the run in English, with plurals",
        arguments: [
            ([] as [Severity], 0, "0 errors, 0 warnings, 0 info in 0 files"),
            ([.error], 1, "1 error, 0 warnings, 0 info in 1 file"),
            ([.error, .error, .warning, .info, .info], 3, "2 errors, 1 warning, 2 info in 3 files"),
        ])
    func summary(severities: [Severity], files: Int, expected: String) {
        var reports = (0..<files).map { _ in Fixtures.report(text: "Un mot.", flagging: "mot") }
        for index in reports.indices { reports[index].findings = [] }
        if !reports.isEmpty {
            let template = Fixtures.report(text: "Un mot.", flagging: "mot").findings[0]
            reports[0].findings = severities.map { severity in
                var finding = template
                finding.severity = severity
                return finding
            }
        }
        #expect(TextReport().summaryLine(reports) == expected)
    }
}
