import FactDeskKit
import FactDeskText
import Testing

@Suite("NameExtractor")
struct NameExtractorTests {
    @Test(
        "name candidates",
        arguments: [
            ("Le président, le Général-Major ⟦Ahmed Naser Al-Raisi⟧, a parlé.", Language.fr),
            ("Selon M. ⟦Urquiza⟧ hier.", .fr),
            ("Le président égyptien ⟦al-Sissi⟧ est arrivé.", .fr),
            ("La présidente ⟦Ursula von der Leyen⟧ et ⟦Jean de La Fontaine⟧.", .fr),
            ("SM le Roi ⟦Mohammed VI⟧ a reçu Mme ⟦von der Leyen⟧.", .fr),
            ("Il a rencontré ⟦O’Neill⟧, ⟦O'Neill⟧ et ⟦OʼNeill⟧ à ⟦N’Djamena⟧.", .fr),
            ("Un accord entre l’⟦OIPC-INTERPOL⟧ et la ⟦Côte d’Ivoire⟧.", .fr),
            ("Secretary General ⟦Valdecy Urquiza⟧ spoke.", .en),
            ("⟦INTERPOL⟧ President ⟦Ahmed Naser Al-Raissi⟧ opened it.", .en),
            ("⟦Police⟧ chiefs met in ⟦Marrakesh⟧ on Tuesday, November 24.", .en),
            ("He thanked ⟦Morocco⟧’s king and ⟦INTERPOL⟧'s staff.", .en),
            ("Dr. ⟦Al-Raisi⟧ told ⟦J. K. Rowling⟧ about ⟦Martin Luther King⟧.", .en),
            ("Il a dit : Nous partons pour ⟦Glasgow⟧.", .fr),
            ("Le président ⟦Karim Ould Cheikh El Hadi⟧ a reçu Cheikh ⟦Tamim⟧.", .fr),
        ])
    func candidates(marked: String, language: Language) {
        let extraction = Extraction(marked, language: language, extractor: NameExtractor())
        #expect(extraction.spans == extraction.expectedSpans, "in: \(marked)")
        #expect(extraction.values.allSatisfy { $0 == "name -" })
    }

    @Test("a capital that opens a sentence is a candidate unless it is a common word")
    func sentenceOpeners() {
        let extraction = Extraction(
            "⟦Marrakech⟧ accueille les délégués. Les chefs sont là. Selon eux, tout va bien.\n\n# ⟦Royaume⟧ uni",
            language: .fr, extractor: NameExtractor())
        #expect(extraction.spans == extraction.expectedSpans)
    }

    @Test("in a sentence written in capitals, common words and titles split runs")
    func capitals() {
        let extraction = Extraction(
            "LE SECRÉTAIRE GÉNÉRAL ⟦VALDECY URQUIZA OUVRE⟧ L’⟦ASSEMBLÉE⟧ À ⟦MARRAKECH⟧", language: .fr,
            extractor: NameExtractor())
        #expect(extraction.spans == extraction.expectedSpans)
    }

    @Test("no name in lowercase prose, numbers or titles alone")
    func nothing() {
        for text in ["le roi a parlé de la police.", "Le 24 novembre 2025.", "Le Roi a parlé.", "The President spoke."]
        {
            #expect(Extraction(text, language: .fr, extractor: NameExtractor()).mentions.isEmpty, "in: \(text)")
        }
    }

    @Test("runs are cut at twelve words, so a wall of capitals costs linear time")
    func longRuns() {
        let text = Array(repeating: "Alpha Beta Gamma", count: 20_000).joined(separator: " ")
        let mentions = Extraction(text, language: .en, extractor: NameExtractor()).mentions
        #expect(mentions.count == 5_000)
        #expect(mentions.allSatisfy { $0.text.split(separator: " ").count == 12 })
    }
}
