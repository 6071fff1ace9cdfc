import FactDeskKit
import FactDeskText
import Testing

@Suite("DateExtractor: ranges across the new year, reversed ranges, absurd years")
struct DateExtractorEdgeTests {
    @Test(
        "a range without years wraps the new year only when short",
        arguments: [
            ("⟦Du 30 novembre au 2 février⟧.", "2025-11-10", "2025-11-30/2026-02-02"),
            ("⟦Du 15 mars au 10 février⟧.", "2025-03-01", "2025-03-15/2025-02-10"),
            ("⟦Du 27 au 24 novembre⟧.", "2025-11-01", "2025-11-27/2025-11-24"),
            ("⟦Du 30 décembre au 2 janvier⟧.", "2025-12-01", "2025-12-30/2026-01-02"),
        ])
    func wrapping(marked: String, published: String, value: String) {
        let extraction = Extraction(marked, published: published)
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == [value])
    }

    @Test(
        "days told in the publication month take it",
        arguments: [
            ("Talks run ⟦from the 12th to the 15th of this month⟧.", Language.en, "2026-03-12/2026-03-15"),
            ("Le vote aura lieu le ⟦14 de ce mois⟧.", .fr, "2026-03-14"),
            ("La foire se tient ⟦du 12 au 15 du mois⟧.", .fr, "2026-03-12/2026-03-15"),
        ])
    func publicationMonth(marked: String, language: Language, value: String) {
        let extraction = Extraction(marked, language: language, published: "2026-03-02", kinds: [.date, .dateRange])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == [value])
    }

    @Test(
        "another month after « du mois » is not the publication month",
        arguments: ["Le vote aura lieu le 14 du mois prochain.", "Le 14 du mois de mai, il pleuvait."])
    func otherMonth(text: String) {
        #expect(Extraction(text, published: "2026-03-02", kinds: [.date, .dateRange]).values.isEmpty)
    }

    @Test func wrappingIsDecidedByLength() {
        #expect(PartialDate(month: 12, day: 30).wrapsNewYear(before: PartialDate(month: 1, day: 2)))
        #expect(!PartialDate(month: 3, day: 15).wrapsNewYear(before: PartialDate(month: 2, day: 10)))
        #expect(!PartialDate(month: 11, day: 27).wrapsNewYear(before: PartialDate(month: 11, day: 24)))
    }

    @Test(
        "absurd years are not years",
        arguments: ["En l’an 20251, rien.", "Le 24 novembre 20251.", "Le 2025111-24.", "Depuis 0999."])
    func absurdYears(text: String) {
        let values = Extraction(text, published: "2025-11-24").values
        #expect(!values.contains { $0.contains("2025111") || $0.contains("20251") || $0.hasPrefix("0999") })
    }

    @Test(
        "a date in digits may end with a two-digit year, with slashes or dashes",
        arguments: [
            ("Le ⟦31/04/24⟧.", Language.fr, "2024-04-31"), ("Le ⟦31-4-26⟧.", .fr, "2026-04-31"),
            ("On ⟦4/31/26⟧.", .en, "2026-04-31"), ("On ⟦31/04/99⟧.", .en, "1999-04-31"),
        ])
    func twoDigitYears(marked: String, language: Language, value: String) {
        let extraction = Extraction(marked, language: language, kinds: [.date])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == [value])
    }

    @Test(
        "codes of numbers are no dates with two-digit years",
        arguments: ["Appelez le 06-12-10-24.", "Version 3.12.24 publiée.", "Score 1/2/24 ici."])
    func codesWithTwoDigits(text: String) {
        #expect(Extraction(text, kinds: [.date]).values.isEmpty)
    }

    @Test(
        "a five-digit year after a month belongs to the date, which keeps no year",
        arguments: [
            ("Le ⟦9 juillet 20024⟧.", Language.fr, "--07-09"), ("In ⟦June 20026⟧.", .en, "--06"),
        ])
    func mistypedYears(marked: String, language: Language, value: String) {
        let extraction = Extraction(marked, language: language, kinds: [.date])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == [value])
    }

    @Test("a long run of numbers before a month is not a list of days")
    func longRunsOfNumbers() {
        let numbers = (1...40).map { String(($0 - 1) % 28 + 1) }.joined(separator: ", ")
        let extraction = Extraction("Les \(numbers) et 5 décembre.", published: "2025-11-24", kinds: [.date])
        #expect(extraction.values == ["2025-12-05"])
    }
}
