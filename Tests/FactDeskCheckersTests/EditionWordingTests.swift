import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// How the edition rules write a first edition in French: « la 1re édition », never « la 1er ».
@Suite("Edition wording")
struct EditionWordingTests {
    /// An invented fair whose first edition was held in 2024 and second in 2025.
    static let fair = InMemoryReference([
        InMemoryReference.Subject(
            id: "brevilly-fair", kind: .series, names: ["Foire de Brévilly", "Brévilly Fair"],
            editions: [
                ReferenceEdition(
                    number: 1, start: PartialDate(year: 2024, month: 5, day: 3), end: PartialDate(year: 2024, month: 5, day: 5),
                    placeSpellings: ["Brévilly"], source: ReferenceSource(location: "reference/fair.yml:4:9")),
                ReferenceEdition(
                    number: 2, start: PartialDate(year: 2025, month: 5, day: 2), end: PartialDate(year: 2025, month: 5, day: 4),
                    placeSpellings: ["Brévilly"], source: ReferenceSource(location: "reference/fair.yml:5:9")),
            ])
    ])

    private func findings(_ text: String, language: Language) async throws -> [Finding] {
        let engine = Engine(
            catalog: try CheckerCatalog([DateChecker(), NumberChecker()]), extractors: StandardExtractors.all,
            reference: Self.fair)
        let document = Document(
            path: "-", text: text, language: language, published: CalendarDate(year: 2025, month: 6, day: 2))
        return await engine.check(document).findings.filter { $0.severity != .info }
    }

    @Test("a first edition is « la 1re » in French and \"the 1st\" in English, in messages and suggestions")
    func firstEdition() async throws {
        let french = try await findings("La 2e édition de la Foire de Brévilly s’est tenue en mai 2024.", language: .fr)
        let mismatch = try #require(french.first { $0.rule == "edition-mismatch" })
        #expect(mismatch.message.contains("est la 1re"))
        #expect(mismatch.suggestions == ["1re édition"])
        #expect(!french.contains { $0.message.contains("1er") })
        let english = try await findings("The 2nd Brévilly Fair was held in May 2024.", language: .en)
        #expect(english.contains { $0.message.contains("the 1st") })
    }
}
