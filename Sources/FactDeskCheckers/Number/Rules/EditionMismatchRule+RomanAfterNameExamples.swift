import FactDeskKit

/// Examples of `edition-mismatch` for a Roman numeral right after a series' name ("Harbour Bowl
/// LVIII"), the Harbour Bowl being an invented game whose 57th edition was played on 12 February
/// 2023 and 58th on 11 February 2024, read in December 2023.
extension EditionMismatchRule {
    static let romanAfterNameExamples: [RuleExample] = [
        bowl("⟦Harbour Bowl LVII⟧ is scheduled for Sunday, February 11, 2024."),
        bowl("Harbour Bowl LVIII is scheduled for Sunday, February 11, 2024."),
        bowl("The ⟦Harbour Bowl LVIII⟧ was played in Glendale on February 12, 2023."),
        bowl("Louis XIV never saw the Harbour Bowl."),
        bowl("Las Vegas was originally announced as the host city for Harbour Bowl LVII, but it moved a season."),
    ]

    private static let bowlReference = InMemoryReference([
        .init(
            id: "harbour-bowl", kind: .series, names: ["Harbour Bowl"],
            editions: [
                exampleEdition(57, "2023-02-12", "2023-02-12", "Glendale"),
                exampleEdition(58, "2024-02-11", "2024-02-11", "Las Vegas"),
            ])
    ])

    private static func bowl(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: CalendarDate(iso: "2023-12-15"), reference: bowlReference)
    }
}
