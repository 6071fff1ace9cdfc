import Foundation
import Testing

/// The order in which `factdesk check` finds a draft's publication date, step by step through
/// the real binary: `--published`, the front matter, a dateline in the first lines (without its
/// year, in the year of the text's own time), the text's own complete dates, the day of the check for a draft of a workspace, else
/// `needs-publication-date`. Each draft tells of a vote held « ce
/// vendredi » / "this Friday" in the past tense, wrong only when the draft is dated on the
/// Thursday before (2 April 2026).
@Suite("factdesk check: where the publication date comes from")
struct PublicationDateOrderCommandTests {
    /// What the check printed for one draft: its publication date and its date findings, each
    /// as its rule and its evidence joined.
    private struct Checked {
        var published: String?
        var findings: [(rule: String, evidence: String)]
    }

    private func check(_ text: String, language: String, _ extra: [String] = []) throws -> Checked {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let draft = try folder.write("draft.md", Data(text.utf8))
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--fail-on", "never", "--checker", "date", "--lang", language]
                + extra + [draft])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let document = try #require((root["documents"] as? [[String: Any]])?.first)
        let findings = try #require(document["findings"] as? [[String: Any]])
        return Checked(
            published: document["published"] as? String,
            findings: findings.map { finding in
                let evidence = (finding["evidence"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
                return (finding["rule"] as? String ?? "", evidence.joined(separator: " | "))
            })
    }

    @Test func theGivenDateComesBeforeTheFrontMatter() throws {
        let text = "---\ndate: 2026-04-02\n---\n\nThe vote took place this Friday in Leeds.\n"
        let fromFrontMatter = try check(text, language: "en")
        #expect(fromFrontMatter.published == "2026-04-02")
        #expect(fromFrontMatter.findings.map(\.rule) == ["relative-weekday-mismatch"])
        let given = try check(text, language: "en", ["--published", "2026-04-04"])
        #expect(given.published == "2026-04-04")
        #expect(given.findings.isEmpty)
    }

    @Test(
        "a dateline in the first lines, as sites and agencies write it",
        arguments: [
            ("fr", "Par la rédaction\nPublié le 02/04/2026 à 09:10\n\nLe vote a eu lieu ce vendredi à Caen.\n"),
            ("en", "By our staff\nUpdated: 2 April 2026\n\nThe vote took place this Friday in Leeds.\n"),
            ("fr", "THIÈS, 2 avril 2026 (APS) - Le vote a eu lieu ce vendredi à la mairie.\n"),
            ("en", "LEEDS, Apr. 2, 2026 (Wire) - The vote took place this Friday at the town hall.\n"),
        ])
    func dateline(language: String, text: String) throws {
        let checked = try check(text, language: language)
        #expect(checked.published == "2026-04-02")
        #expect(checked.findings.map(\.rule) == ["relative-weekday-mismatch"])
        #expect(checked.findings.allSatisfy { $0.evidence.contains("read from the dateline") })
    }

    /// A dateline without its year takes the year that puts it nearest the text's own time.
    @Test(
        "a dateline without its year, the year from the text's own time",
        arguments: [
            ("fr", "THIÈS, 2 avril (APS) - Le vote a eu lieu ce vendredi à la mairie.\n\nLe scrutin du 29 mars 2026 avait été reporté.\n", "29 mars 2026"),
            ("en", "LEEDS, Apr 2 (Wire) - The vote took place this Friday at the town hall.\n\nThe count of March 29, 2026 was delayed.\n", "March 29, 2026"),
        ])
    func yearlessDateline(language: String, text: String, quote: String) throws {
        let checked = try check(text, language: language)
        #expect(checked.findings.map(\.rule) == ["relative-weekday-mismatch"])
        #expect(
            checked.findings.first?.evidence.contains(
                "publication date 2026-04-02 read from the dateline at the top of the text, its year from the text's own time, read from “\(quote)”") == true)
    }

    /// A dateline without its year, and no other date to give it one, gives no date: the check
    /// that needed one says so.
    @Test func aDatelineWithoutItsYearGivesNoDate() throws {
        let checked = try check("THIÈS, 3 mars (APS) - Les élus se retrouvent mardi 24 novembre.\n", language: "fr")
        #expect(checked.published == nil)
        #expect(checked.findings.map(\.rule) == ["needs-publication-date"])
    }

    /// With no date given nor written at the top, the years elapsed are counted to the text's own
    /// time, and the finding says where it was read.
    @Test func theTextsOwnTimeWhenItsCompleteDatesAgree() throws {
        let checked = try check(
            "The fair opened on Saturday 22 February 2025 in Leeds, for the first time in 20 years, since it last did in 1995.\n",
            language: "en")
        #expect(checked.published == nil)
        #expect(checked.findings.map(\.rule) == ["elapsed-years-mismatch"])
        #expect(checked.findings.first?.evidence.contains("read from “Saturday 22 February 2025” in the text") == true)
    }

    /// A draft of a workspace with no date of its own is read as of the day of the check (a
    /// draft is checked before it is published): one info finding says so, with the day.
    @Test func aWorkspaceDraftWithNoDateIsReadOnTheDayOfTheCheck() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        try desk.write("drafts/vote.md", "Les élus se retrouvent mardi pour voter le budget.\n")
        let result = try desk.run(
            ["check", "--format", "json", "--no-commit", "--fail-on", "never", "--checker", "date", "--lang", "fr",
             "drafts/vote.md"])
        let findings = try #require(try desk.findings(result).first)
        #expect(findings.map { $0["rule"] as? String } == ["needs-publication-date"])
        #expect(findings.first?["severity"] as? String == "info")
        let evidence = (findings.first?["evidence"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
        #expect(evidence == ["publication date \(Self.dayOfTheCheck) taken as the day of the check: a draft of a workspace with no date of its own"])
    }

    /// The day the binary takes as the day of the check, as `YYYY-MM-DD`: today, or the UTC day of
    /// a `SOURCE_DATE_EPOCH` the tests run with.
    private static var dayOfTheCheck: String {
        var calendar = Calendar(identifier: .gregorian)
        var instant = Date()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Double($0) }) {
            instant = Date(timeIntervalSince1970: epoch)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// `SOURCE_DATE_EPOCH` fixes the day of the check (its UTC day), so that a check run again
    /// later reads the draft as of the same day; a value that is not a whole number is refused.
    @Test func sourceDateEpochFixesTheDayOfTheCheck() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        // 16 March is a Tuesday in 2027 and a Monday in 2026: the yearless date takes the check's year.
        try desk.write("drafts/vote.md", "Les élus se retrouvent le mardi 16 mars pour voter le budget.\n")
        func check(epoch: String) throws -> FactDeskBinary.Result {
            try FactDeskBinary.run(
                ["check", "--format", "json", "--no-commit", "--fail-on", "never", "--checker", "date", "--lang", "fr",
                 "drafts/vote.md"],
                environment: desk.environment.merging(["SOURCE_DATE_EPOCH": epoch]) { $1 }, in: desk.root)
        }
        func statements(_ finding: [String: Any]?) -> [String] {
            (finding?["evidence"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
        }
        // Tuesday 16 March 2027, 10:00 UTC.
        let in2027 = try #require(try desk.findings(try check(epoch: "1805191200")).first)
        #expect(in2027.map { $0["rule"] as? String } == ["needs-publication-date"])
        #expect(statements(in2027.first) == ["publication date 2027-03-16 taken as the day of the check: a draft of a workspace with no date of its own"])
        // Tuesday 10 March 2026, 10:00 UTC.
        let in2026 = try #require(try desk.findings(try check(epoch: "1773136800")).first)
        #expect(in2026.map { $0["rule"] as? String }.contains("weekday-mismatch"))
        let malformed = try check(epoch: "yesterday")
        #expect(malformed.status == 2)
        #expect(malformed.stderr.contains("SOURCE_DATE_EPOCH=yesterday: expected a whole number of seconds since 1970-01-01 UTC"))
    }

    /// In a workspace, a dateline without its year takes the year of the day of the check: a
    /// date without a year is then read in it, and the finding says where the date came from.
    @Test func aWorkspaceDatelineWithoutItsYearTakesTheYearOfTheCheck() throws {
        let desk = try FreshDesk()
        defer { desk.remove() }
        // The check runs on Tuesday 16 March 2027 (10:00 UTC); the draft calls that day a Wednesday.
        try desk.write("drafts/wire.md", "THIÈS, 16 mars (APS) - Les élus ont voté le budget le mercredi 16 mars.\n")
        let result = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "--fail-on", "never", "--checker", "date", "--lang", "fr",
             "drafts/wire.md"],
            environment: desk.environment.merging(["SOURCE_DATE_EPOCH": "1805191200"]) { $1 }, in: desk.root)
        let findings = try #require(try desk.findings(result).first)
        #expect(findings.map { $0["rule"] as? String } == ["weekday-mismatch"])
        let evidence = (findings.first?["evidence"] as? [[String: Any]] ?? []).compactMap { $0["statement"] as? String }
        #expect(
            evidence.contains(
                "publication date 2027-03-16 read from the dateline at the top of the text, its year from the day of the check, 2027-03-16"))
    }

    @Test func withNoDateAtAllTheCheckSaysItNeedsOne() throws {
        let checked = try check("The delegates meet on Tuesday, November 24.\n", language: "en")
        #expect(checked.published == nil)
        #expect(checked.findings.map(\.rule) == ["needs-publication-date"])
    }
}
