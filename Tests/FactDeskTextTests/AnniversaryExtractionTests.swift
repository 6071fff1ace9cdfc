import FactDeskKit
import FactDeskText
import Testing

@Suite("DateExtractor: anniversaries")
struct AnniversaryExtractionTests {
    @Test(
        "anniversaries with their ordinal",
        arguments: [
            ("Il a salué le ⟦11e anniversaire⟧ du Centre.", Language.fr, ["anniversary #11"]),
            ("Le ⟦dixième anniversaire⟧ et le ⟦1er anniversaire⟧.", .fr, ["anniversary #10", "anniversary #1"]),
            ("Pour le ⟦quatre-vingt-treizième anniversaire⟧.", .fr, ["anniversary #93"]),
            ("Pour le ⟦vingt et unième anniversaire⟧.", .fr, ["anniversary #21"]),
            (
                "INTERPOL fête son ⟦centenaire⟧ et le ⟦cinquantenaire⟧ du traité.", .fr,
                ["anniversary #100", "anniversary #50"]
            ),
            (
                "It marked its ⟦10th anniversary⟧ and the ⟦ninety-third anniversary⟧.", .en,
                ["anniversary #10", "anniversary #93"]
            ),
            ("The ⟦centenary⟧ of the club.", .en, ["anniversary #100"]),
        ])
    func anniversaries(marked: String, language: Language, values: [String]) {
        let extraction = Extraction(marked, language: language, kinds: [.anniversary])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == values)
    }

    @Test(
        "words that are not anniversaries",
        arguments: [
            ("Un centenaire a soufflé ses bougies.", Language.fr), ("Les centenaires sont nombreux.", .fr),
            ("Son anniversaire tombe un lundi.", .fr), ("The anniversary party.", .en), ("Le 11e arrondissement.", .fr),
        ])
    func notAnniversaries(text: String, language: Language) {
        #expect(Extraction(text, language: language, kinds: [.anniversary]).mentions.isEmpty)
    }
}
