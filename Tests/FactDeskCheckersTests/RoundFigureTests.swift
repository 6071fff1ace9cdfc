import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// A round count near the reference value is said as `info`: another source may give it.
@Suite("Round figures")
struct RoundFigureTests {
    /// An invented fair with 4,000 exhibitors.
    static let fair = InMemoryReference(
        [
            InMemoryReference.Subject(
                id: "kesra-fair-2026", kind: .event, names: ["2026 Kesra Fair"],
                facts: [NumericFact(property: "exhibitors", value: 4_000)])
        ],
        properties: [ReferenceProperty(id: "exhibitors", terms: [.en: ["exhibitors", "companies"]])])

    private func mismatches(_ text: String) async throws -> [Finding] {
        let engine = Engine(
            catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all, reference: Self.fair)
        let document = Document(
            path: "-", text: text, language: .en, published: CalendarDate(year: 2026, month: 6, day: 2))
        return await engine.check(document).findings.filter { $0.rule == "fact-mismatch" }
    }

    @Test("within 5% a round figure is info with its evidence; farther, or not round, an error")
    func roundFigures() async throws {
        let near = try #require(try await mismatches("The 2026 Kesra Fair has 3,900 exhibitors.").first)
        #expect(near.severity == .info)
        #expect(near.evidence.contains { $0.statement.contains("round figure") })
        #expect(try await mismatches("The 2026 Kesra Fair has 3,000 exhibitors.").map(\.severity) == [.error])
        #expect(try await mismatches("The 2026 Kesra Fair has 3,910 exhibitors.").map(\.severity) == [.error])
        #expect(try await mismatches("The 2026 Kesra Fair has more than 4,100 exhibitors.").map(\.severity) == [.error])
        // "2.4 thousand" is precise to its last written digit.
        #expect(try await mismatches("The 2026 Kesra Fair has 3.9 thousand exhibitors.").map(\.severity) == [.error])
    }
}
