import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// The date checker on input no editor writes: it must finish and say sensible things.
@Suite("Date checker: bad input")
struct DateCheckerBadInputTests {
    private func findings(_ text: String, language: Language = .fr, published: String? = "2025-11-24") async throws
        -> [Finding]
    {
        let engine = Engine(
            catalog: try CheckerCatalog([DateChecker()]), extractors: StandardExtractors.all,
            reference: DateEvaluation.reference)
        let document = Document(
            path: "bad", text: text, language: language, published: published.flatMap(CalendarDate.init(iso:)))
        return await engine.check(document).findings
    }

    @Test func aThousandRangesInOneParagraphAreEachCheckedOnce() async throws {
        let ranges = (0..<1_000).map { index in
            index % 10 == 0 ? "du 27 au 24 novembre" : "du \(1 + index % 20) au \(3 + index % 20) décembre"
        }
        let text =
            "La 93e session de l’Assemblée générale d’INTERPOL, " + ranges.joined(separator: ", ")
            + ", a duré pendant cinq jours, puis mardi les délégués ont voté."
        let found = try await findings(text)
        #expect(found.filter { $0.rule == "range-order" }.count == 100)
        #expect(found.filter { $0.rule == "range-duration-mismatch" }.count == 1)
        #expect(found.filter { $0.rule == "edition-date-mismatch" }.count == 1_000)
    }

    @Test func absurdYearsAreNotDates() async throws {
        let found = try await findings("En l’an 20251, le mardi 24 novembre 20251, le 2025-13-45 et le 0/0/0000.")
        #expect(found.map(\.rule) == ["weekday-mismatch"], "the date read is 24 novembre, of 2025")
    }

    @Test func aDraftOfNothingButWeekdaysAndRelativeDays() async throws {
        let text = Array(repeating: "Hier lundi, mardi, a voté mercredi dernier ; demain, mardi.", count: 500)
            .joined(separator: " ")
        let found = try await findings(text)
        #expect(found.allSatisfy { $0.rule == "relative-weekday-mismatch" })
        #expect(found.count == 500, "each “hier lundi” once, on a Monday")
    }

    /// Headings and fragments that end on a length, a date or a weekday, with nothing after.
    static let fragments: [(String, Language)] = [
        ("Lake treaty 30 years", .en), ("The treaty at 30 years", .en), ("Three days", .en),
        ("Held for the first time in 30 years", .en), ("Founded 30 years", .en), ("On Monday", .en),
        ("Les 30 ans", .fr), ("Il y a 30 ans", .fr), ("Pendant trois jours", .fr), ("Depuis 1995", .fr),
        ("Cela fait 30 ans", .fr), ("Du 3 au", .fr), ("Le 1er", .fr), ("30 ans", .fr),
        ("The league’s 75th Anniversary", .en), ("The 75th anniversary", .en), ("Son 75e anniversaire", .fr),
        ("Ses 75 bougies", .fr), ("Its 75-year history", .en),
    ]

    @Test("a text that ends on a length, a date or a weekday is checked without a crash", arguments: fragments)
    func fragmentsEndingOnAMention(text: String, language: Language) async throws {
        for published in ["2025-11-24", nil] {
            let found = try await findings(text, language: language, published: published)
            #expect(!found.contains { $0.rule == "checker-error" }, "\(text) published \(published ?? "never")")
        }
    }
}
