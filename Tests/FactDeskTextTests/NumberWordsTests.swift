import FactDeskKit
import FactDeskText
import Testing

@Suite("NumberWords")
struct NumberWordsTests {
    @Test(
        "French cardinals, hyphenated or not",
        arguments: [
            ("zéro", 0), ("un", 1), ("une", 1), ("quatre", 4), ("dix-sept", 17), ("vingt et un", 21),
            ("vingt-et-un", 21), ("trente-deux", 32), ("soixante-dix", 70), ("soixante et onze", 71),
            ("soixante-et-onze", 71), ("soixante-treize", 73), ("soixante-dix-sept", 77),
            ("quatre-vingts", 80), ("quatre-vingt-un", 81), ("quatre-vingt-treize", 93),
            ("quatre-vingt-dix-neuf", 99), ("cent", 100), ("cent un", 101), ("deux cents", 200),
            ("cent quatre-vingt-seize", 196), ("mille", 1_000), ("mille deux cents", 1_200),
            ("deux cent mille", 200_000), ("deux millions trois cent mille", 2_300_000),
            ("un milliard", 1_000_000_000), ("Quatre-Vingt-Treize", 93), ("vingt trois", 23), ("septante-trois", 73),
            ("huitante", 80), ("octante", 80), ("nonante-trois", 93),
        ])
    func french(text: String, value: Int) {
        #expect(NumberWords.read(text) == NumberWords.Reading(value: value, isOrdinal: false))
    }

    @Test(
        "English cardinals",
        arguments: [
            ("zero", 0), ("one", 1), ("seventeen", 17), ("ninety-three", 93), ("ninety three", 93),
            ("a hundred", 100), ("a hundred and ninety-six", 196), ("one hundred ninety-six", 196),
            ("two thousand and five", 2_005), ("nineteen hundred", 1_900), ("six", 6),
            ("three million", 3_000_000), ("a thousand", 1_000),
        ])
    func english(text: String, value: Int) {
        #expect(NumberWords.read(text) == NumberWords.Reading(value: value, isOrdinal: false))
    }

    @Test(
        "ordinals",
        arguments: [
            ("premier", 1), ("première", 1), ("deuxième", 2), ("dixième", 10), ("onzième", 11),
            ("vingt et unième", 21), ("quatre-vingt-treizième", 93), ("centième", 100),
            ("millième", 1_000), ("first", 1), ("third", 3), ("tenth", 10), ("twelfth", 12),
            ("ninety-third", 93), ("one hundredth", 100), ("cinquieme", 5),
        ])
    func ordinals(text: String, value: Int) {
        #expect(NumberWords.read(text) == NumberWords.Reading(value: value, isOrdinal: true))
    }

    @Test(
        "not numbers",
        arguments: [
            "", "pommes", "treize pommes", "deux trois", "vingt-dix", "dix vingt",
            "cent cent", "mille mille", "million", "thousand", "a", "et", "vingt et", "vingt et deux",
            "ninety-three cent", "twenty-dix", "sixty-thirteen", "ten-seven", "dixième deux",
            "quatre-vingt-treize-un", "zéro deux", "and one", "un et un",
        ])
    func notNumbers(text: String) {
        #expect(NumberWords.read(text) == nil)
    }

    @Test func longestNumberAtTheStartOfTokens() throws {
        let document = Document(path: "-", text: "deux cent mille personnes et vingt et trois")
        let first = try #require(NumberWords.read(document.tokens[...]))
        #expect(first.reading == NumberWords.Reading(value: 200_000, isOrdinal: false))
        #expect(first.tokenCount == 3)
        let vingt = try #require(NumberWords.read(document.tokens[5...]))
        #expect(vingt.reading.value == 20)
        #expect(vingt.tokenCount == 1)
        #expect(NumberWords.read(document.tokens[3...]) == nil)
    }
}
