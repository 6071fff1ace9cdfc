import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// The date checker on input no editor writes: it must finish and say sensible things.
@Suite("Date checker: bad input")
struct DateCheckerBadInputTests {
    private func findings(_ text: String, published: String? = "2025-11-24") async throws -> [Finding] {
        let engine = Engine(
            catalog: try CheckerCatalog([DateChecker()]), extractors: StandardExtractors.all,
            reference: DateEvaluation.reference)
        let document = Document(
            path: "bad", text: text, language: .fr, published: published.flatMap(CalendarDate.init(iso:)))
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
}
