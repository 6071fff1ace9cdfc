import FactDeskKit
import FactDeskText
import Foundation
import Testing

/// One date example: the text with each expected mention marked `⟦…⟧`, and the values.
struct DateExample: CustomTestStringConvertible, Sendable {
    var marked: String
    var language: Language
    var published: String?
    var values: [String]

    init(_ marked: String, _ language: Language, published: String? = nil, _ values: [String]) {
        self.marked = marked
        self.language = language
        self.published = published
        self.values = values
    }

    init(_ marked: String, published: String? = nil, _ values: [String]) {
        self.init(marked, .fr, published: published, values)
    }

    var testDescription: String { marked }
}

@Suite("DateExtractor")
struct DateExtractorTests {
    static let frenchExamples: [DateExample] = [
        DateExample("Le ⟦lundi 24 novembre 2025⟧ à Marrakech.", ["2025-11-24 monday"]),
        DateExample("Ouverture le ⟦24 novembre⟧.", ["--11-24"]),
        DateExample("Le ⟦1er décembre 2025⟧, puis le ⟦1ᵉʳ janvier⟧.", ["2025-12-01", "--01-01"]),
        DateExample("Le ⟦Mardi 24 Novembre 2025⟧.", ["2025-11-24 tuesday"]),
        DateExample("Le ⟦3 fevrier 2025⟧ et le ⟦15 aout 2025⟧.", ["2025-02-03", "2025-08-15"]),
        DateExample("Le ⟦3 FÉVRIER 2025⟧.", ["2025-02-03"]),
        DateExample("Le ⟦24 janv. 2025⟧, le ⟦3 févr.⟧ et le ⟦5 sept. 2024⟧.", ["2025-01-24", "--02-03", "2024-09-05"]),
        DateExample("Le ⟦24 déc.⟧ Puis.", ["--12-24"]),
        DateExample("La session (⟦24-27 novembre⟧) s’ouvre.", ["--11-24/--11-27"]),
        DateExample("La session du ⟦24–27 novembre 2025⟧.", ["2025-11-24/2025-11-27"]),
        DateExample("La session du ⟦24 – 27 novembre 2025⟧.", ["2025-11-24/2025-11-27"]),
        DateExample("Elle se tient ⟦du 24 au 27 novembre 2025⟧.", ["2025-11-24/2025-11-27"]),
        DateExample("⟦Du 30 novembre au 2 décembre⟧.", ["--11-30/--12-02"]),
        DateExample("⟦Du 30 novembre au 2 décembre 2025⟧.", ["2025-11-30/2025-12-02"]),
        DateExample("⟦Du 30 décembre 2025 au 2 janvier 2026⟧.", ["2025-12-30/2026-01-02"]),
        DateExample("⟦Du 30 décembre au 2 janvier 2026⟧.", ["2025-12-30/2026-01-02"]),
        DateExample("⟦Du lundi 24 au jeudi 27 novembre 2025⟧.", ["2025-11-24/2025-11-27 monday/thursday"]),
        DateExample("⟦Du 24 au jeudi 27 novembre 2025⟧.", ["2025-11-24/2025-11-27 -/thursday"]),
        DateExample("⟦Entre le 24 et le 27 novembre 2025⟧.", ["2025-11-24/2025-11-27"]),
        DateExample("Les ⟦24⟧ et ⟦25 novembre 2025⟧.", ["2025-11-24", "2025-11-25"]),
        DateExample("Les ⟦3⟧, ⟦4⟧ et ⟦5 décembre⟧.", ["--12-03", "--12-04", "--12-05"]),
        DateExample("Le ⟦lundi 24⟧ et le ⟦mardi 25 novembre 2025⟧.", ["2025-11-24 monday", "2025-11-25 tuesday"]),
        DateExample("Publié en ⟦novembre 2025⟧.", ["2025-11"]),
        DateExample("Il a signé le ⟦24/11/2025⟧.", ["2025-11-24"]),
        DateExample("Il a signé le ⟦03/04/2025⟧ et le ⟦24.11.2025⟧.", ["2025-04-03", "2025-11-24"]),
        DateExample("Version du ⟦2025-11-24⟧.", ["2025-11-24"]),
        DateExample("Fondée en ⟦1923⟧, active depuis ⟦2021⟧, dès ⟦2015⟧.", ["1923", "2021", "2015"]),
        DateExample(
            "Le plan ⟦2025-2030⟧, ⟦de 2015 à 2020⟧, ⟦entre 2015 et 2020⟧.", ["2025/2030", "2015/2020", "2015/2020"]),
        DateExample("Il s’est ouvert ⟦lundi⟧ à Marrakech.", ["monday"]),
        DateExample("⟦Lundi⟧, ⟦mardi⟧ et ⟦dimanche⟧.", ["monday", "tuesday", "sunday"]),
    ]

    static let englishExamples: [DateExample] = [
        DateExample("It opened on ⟦Monday, November 24, 2025⟧.", .en, ["2025-11-24 monday"]),
        DateExample("It opened on ⟦Nov. 24⟧ and closed on ⟦November 27⟧.", .en, ["--11-24", "--11-27"]),
        DateExample("It opened on ⟦24 November 2025⟧.", .en, ["2025-11-24"]),
        DateExample("It opened on ⟦November 24th⟧, the ⟦27th of November⟧.", .en, ["--11-24", "--11-27"]),
        DateExample("It ran ⟦November 24–27⟧.", .en, ["--11-24/--11-27"]),
        DateExample("It ran ⟦November 24–27, 2025⟧.", .en, ["2025-11-24/2025-11-27"]),
        DateExample("It ran ⟦March 3-7⟧, then again in May.", .en, ["--03-03/--03-07"]),
        DateExample("Code March 3-7-2026 is not a date.", .en, []),
        DateExample("It ran ⟦November 30 – December 2, 2025⟧.", .en, ["2025-11-30/2025-12-02"]),
        DateExample("It ran ⟦from 24 to 27 November⟧.", .en, ["--11-24/--11-27"]),
        DateExample("It ran ⟦between 24 and 27 November⟧.", .en, ["--11-24/--11-27"]),
        DateExample("In ⟦May 2025⟧ they may meet.", .en, ["2025-05"]),
        DateExample("⟦From Jan. 3, 2025 to Sept. 5⟧.", .en, ["2025-01-03/2025-09-05"]),
        DateExample("On ⟦Jan. 3, 2025⟧, and ⟦Sept. 5⟧.", .en, ["2025-01-03", "--09-05"]),
        DateExample(
            "Signed ⟦11/24/2025⟧, ⟦24/11/2025⟧ and ⟦03/04/2025⟧.", .en, ["2025-11-24", "2025-11-24", "2025-03-04"]),
        DateExample("Founded in ⟦1923⟧, since ⟦2021⟧.", .en, ["1923", "2021"]),
        DateExample(
            "⟦From 2015 to 2020⟧, ⟦between 2015 and 2020⟧, in ⟦2015–2020⟧.", .en,
            ["2015/2020", "2015/2020", "2015/2020"]),
        DateExample("It met on ⟦Monday⟧.", .en, ["monday"]),
    ]

    static let impossibleExamples: [DateExample] = [
        DateExample("Le ⟦31 avril 2025⟧.", ["2025-04-31"]),
        DateExample("Le ⟦29 février 2025⟧.", ["2025-02-29"]),
        DateExample("On ⟦February 30, 2024⟧.", .en, ["2024-02-30"]),
        DateExample("Le ⟦2025-02-30⟧.", ["2025-02-30"]),
        DateExample("⟦Du 30 au 31 avril⟧.", published: "2025-04-10", ["2025-04-30/2025-04-31"]),
        DateExample("Le ⟦31/04/2025⟧.", ["2025-04-31"]),
    ]

    static let inferenceExamples: [DateExample] = [
        DateExample("Le ⟦24 novembre⟧.", published: "2025-11-24", ["2025-11-24"]),
        DateExample("Le ⟦mardi 24 novembre⟧.", published: "2025-11-20", ["2025-11-24 tuesday"]),
        DateExample("Le ⟦2 janvier⟧.", published: "2025-12-20", ["2026-01-02"]),
        DateExample("Le ⟦20 décembre⟧.", published: "2026-01-05", ["2025-12-20"]),
        DateExample("⟦Du 30 décembre au 2 janvier⟧.", published: "2025-12-01", ["2025-12-30/2026-01-02"]),
        DateExample("Le ⟦24-27 novembre⟧.", published: "2025-11-24", ["2025-11-24/2025-11-27"]),
        DateExample("Le ⟦31 avril⟧.", published: "2025-04-10", ["2025-04-31"]),
        DateExample("Le ⟦24 novembre 2024⟧.", published: "2025-11-24", ["2024-11-24"]),
        DateExample("Le ⟦29 février⟧.", published: "2025-02-10", ["2025-02-29"]),
    ]

    static let allExamples = frenchExamples + englishExamples + impossibleExamples + inferenceExamples

    private func check(_ example: DateExample) {
        let extraction = Extraction(example.marked, language: example.language, published: example.published)
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == example.values)
    }

    @Test("French dates", arguments: frenchExamples)
    func french(example: DateExample) {
        check(example)
    }

    @Test("English dates", arguments: englishExamples)
    func english(example: DateExample) {
        check(example)
    }

    @Test("dates that do not exist are still reported", arguments: impossibleExamples)
    func impossible(example: DateExample) {
        check(example)
    }

    @Test(
        "not dates",
        arguments: [
            "Louis XIV régna.", "La 93e session.", "Les 196 pays membres.", "À 10h30 précises.",
            "Score final 3-1.", "Appelez le 01 23 45 67 89.", "Le 32 novembre.", "Le 0 novembre.",
            "Le 2025-13-01.", "Le 24/13/2025.", "Il y a sept pays.", "Des 2015 participants.",
            "Soit 2015 euros.", "Il a 24 ans.", "Le taux de 12,24 novembre.", "Le code 2025-11-24-01.",
            "Le vote du 24 : oui.", "Entre 2020 et 2015.", "De 2015 à 3015.", "Le score 2015-2010.", "Bâti en 1000 jours.",
        ])
    func notDates(text: String) {
        #expect(Extraction(text).mentions.isEmpty)
    }

    @Test(
        "English words that are also months",
        arguments: ["They may 24 hours.", "We march 5 miles.", "It is 2015 may."])
    func englishAmbiguous(text: String) {
        #expect(Extraction(text, language: .en).mentions.isEmpty)
    }

    @Test("a date without a year takes the year nearest the publication date", arguments: inferenceExamples)
    func yearInference(example: DateExample) {
        check(example)
    }

    /// Every example again behind a multi-byte prefix and a CRLF blank line, in NFD, and with
    /// French narrow no-break spaces: the mentions must move exactly with the text.
    @Test("examples survive offsets, CRLF, NFD and French typography", arguments: allExamples)
    func variants(example: DateExample) {
        let prefixed = "👨‍👩‍👧 É\u{301}\r\n\r\n" + example.marked
        var typographic = example.marked
        for mark in [";", ":", "!", "?", "»"] {
            typographic = typographic.replacingOccurrences(of: " " + mark, with: "\u{202F}" + mark)
        }
        for marked in [prefixed, example.marked.decomposedStringWithCanonicalMapping, typographic] {
            check(DateExample(marked, example.language, published: example.published, example.values))
        }
    }

    @Test func publicationDateFromTheDatelineResolvesYears() {
        let document = Document(
            path: "-", text: " date 2025-11-24 Par l’agence\n\nLa session (24-27 novembre) s’ouvre lundi.")
        let mentions = DateExtractor().extract(from: document)
        #expect(mentions.map(\.text) == ["2025-11-24", "24-27 novembre", "lundi"])
        #expect(mentions.map { Extraction.describe($0.value) } == ["2025-11-24", "2025-11-24/2025-11-27", "monday"])
    }

    @Test func spansCountScalarsOfTheTextAsRead() {
        let text = "👨‍👩‍👧 E\u{301}te\u{301} :\r\nle mardi 24 de\u{301}cembre 2025."
        let mentions = DateExtractor().extract(from: Document(path: "-", text: text))
        #expect(mentions.map(\.text) == ["mardi 24 de\u{301}cembre 2025"])
        #expect(mentions.map(\.span) == [Span(start: 18, end: 41)])
    }

    @Test func frontMatterAndCodeAreNotRead() {
        let text = "---\ndate: 2025-11-24\n---\nVoir `24 novembre` et https://x.org/2025-11-24.\n\n```\nlundi\n```\n"
        #expect(DateExtractor().extract(from: Document(path: "-", text: text)).isEmpty)
    }
}
