import FactDeskKit

/// Examples of `edition-mismatch` for a Roman numeral right after a series' name ("Harbour Bowl
/// LVIII"), the Harbour Bowl being an invented game whose 57th edition was played in Sandby on 5 March
/// 2023 and 58th in Portmere on 3 March 2024, read in December 2023.
extension EditionMismatchRule {
    static let romanAfterNameExamples: [RuleExample] = [
        bowl("⟦Harbour Bowl LVII⟧ will be played in Portmere on March 3, 2024."),
        bowl("Harbour Bowl LVIII will be played in Portmere on March 3, 2024."),
        bowl("The ⟦Harbour Bowl LVIII⟧ went to Sandby on March 5, 2023."),
        bowl("Louis XIV never saw the Harbour Bowl."),
        bowl("Sandby was originally chosen for Harbour Bowl LVIII before the game moved to Portmere."),
    ]

    private static let bowlReference = InMemoryReference([
        .init(
            id: "harbour-bowl", kind: .series, names: ["Harbour Bowl"],
            editions: [
                exampleEdition(57, "2023-03-05", "2023-03-05", "Sandby"),
                exampleEdition(58, "2024-03-03", "2024-03-03", "Portmere"),
            ])
    ])

    private static func bowl(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: CalendarDate(iso: "2023-12-15"), reference: bowlReference)
    }
}
