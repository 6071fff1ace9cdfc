import Testing

@testable import FactDeskKit

@Suite("LanguageDetector")
struct LanguageDetectorTests {
    @Test(
        "French and English drafts are told apart",
        arguments: [
            (
                "Le Président de l’Organisation a salué, lundi à Marrakech, le soutien apporté par le Maroc.",
                Language.fr
            ),
            ("Les participants échangeront quatre jours durant sur les priorités des services.", .fr),
            ("The President of the Organization welcomed, on Monday in Marrakech, the support of Morocco.", .en),
            ("It was the largest gathering of police chiefs in the world, with 196 member countries.", .en),
            ("INTERPOL Marrakech 2025", .fr),
            ("", .fr),
            ("Sécurité, coopération, été.", .fr),
        ])
    func detect(text: String, expected: Language) {
        #expect(Document(path: "-", text: text).language == expected)
    }

    @Test func givenLanguageWins() {
        #expect(Document(path: "-", text: "The assembly opened on Monday.", language: .fr).language == .fr)
    }

    @Test func onlyTheOpeningIsRead() {
        let english = String(repeating: "the of and to in ", count: 500)
        let french = String(repeating: "le la les des du de et ", count: 2_000)
        #expect(Document(path: "-", text: english + french).language == .en)
    }
}
