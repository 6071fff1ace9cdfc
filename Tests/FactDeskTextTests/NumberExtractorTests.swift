import FactDeskKit
import FactDeskText
import Testing

@Suite("NumberExtractor")
struct NumberExtractorTests {
    private func check(_ marked: String, _ language: Language, _ values: [String]) {
        let extraction = Extraction(marked, language: language, extractor: NumberExtractor())
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == values)
    }

    @Test(
        "French numbers",
        arguments: [
            ("Les ⟦196⟧ pays membres.", ["196"]),
            ("Soit ⟦1 234,5⟧ euros et ⟦1\u{00A0}234⟧ et ⟦12\u{202F}345\u{202F}678⟧.", ["1234.5", "1234", "12345678"]),
            ("Un taux de ⟦12,5⟧ et ⟦1.5⟧ point.", ["12.5", "1.5"]),
            ("Près de ⟦1,5 milliard⟧ d’habitants et ⟦2 millions⟧ de visiteurs.", ["1500000000", "2000000"]),
            ("Les ⟦cent quatre-vingt-seize⟧ pays et ⟦deux cent mille⟧ agents.", ["196", "200000"]),
            (
                "La ⟦93e⟧, la ⟦93ème⟧, le ⟦10è⟧, la ⟦37ième⟧, le ⟦1er⟧, la ⟦1re⟧, la ⟦2nde⟧.",
                ["#93", "#93", "#10", "#37", "#1", "#1", "#2"]
            ),
            ("La ⟦quatre-vingt-treizième⟧ session, la ⟦dixième⟧ édition.", ["#93", "#10"]),
            ("Une hausse de ⟦12,5 %⟧, de ⟦3\u{202F}%⟧ et de ⟦douze pour cent⟧.", ["12.5%", "3%", "12%"]),
            ("Les ⟦3⟧ et ⟦4⟧, puis ⟦2 015⟧.", ["3", "4", "2015"]),
        ])
    func french(marked: String, values: [String]) {
        check(marked, .fr, values)
    }

    @Test(
        "English numbers",
        arguments: [
            ("All ⟦196⟧ member countries and ⟦1,234.5⟧ tons.", ["196", "1234.5"]),
            ("The ⟦93rd⟧ session, the ⟦10th⟧ anniversary, the ⟦21st⟧ and ⟦2nd⟧.", ["#93", "#10", "#21", "#2"]),
            ("The ⟦ninety-third⟧ session of ⟦a hundred and ninety-six⟧ members.", ["#93", "196"]),
            ("A rise of ⟦12.5%⟧ and ⟦4 percent⟧ and ⟦5 per cent⟧.", ["12.5%", "4%", "5%"]),
            ("Lists: ⟦1⟧,⟦2⟧ and ⟦3⟧.", ["1", "2", "3"]),
        ])
    func english(marked: String, values: [String]) {
        check(marked, .en, values)
    }

    @Test(
        "digits of dates, durations and times are not numbers",
        arguments: [
            ("Le 24 novembre 2025, en 2015, du 24 au 27 novembre, le 2025-11-24.", Language.fr),
            ("Pendant 3 jours, à 10:30.", .fr),
            ("On November 24, 2025, in 2015, for 4 days.", .en),
            ("Un pays, une ville, le premier jour, le premier ministre.", .fr),
            ("One of the first, the second one.", .en),
            ("Appelez le 01 23 45 67 89 ou le 01.23.45.67.89.", .fr),
        ])
    func claimed(text: String, language: Language) {
        #expect(Extraction(text, language: language, extractor: NumberExtractor()).mentions.isEmpty)
    }

    @Test func standardExtractorsCoverEveryKindOnce() {
        let document = Document(
            path: "-", text: "Le lundi 24 novembre 2025, la 93e session réunit 196 pays quatre jours durant.")
        let mentions = StandardExtractors.all.flatMap { $0.extract(from: document) }.sorted { $0.span < $1.span }
        #expect(mentions.map(\.kind) == [.date, .ordinal, .number, .duration])
        #expect(mentions.map(\.text) == ["lundi 24 novembre 2025", "93e", "196", "quatre jours"])
        for (first, second) in zip(mentions, mentions.dropFirst()) { #expect(!first.span.overlaps(second.span)) }
    }
}
