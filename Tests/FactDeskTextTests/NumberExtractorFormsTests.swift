import FactDeskKit
import FactDeskText
import Testing

/// The forms of numeric claims: ranges, bounds, scales, currencies, conventions, Roman ordinals.
@Suite("NumberExtractor forms")
struct NumberExtractorFormsTests {
    /// Extracts from a marked text and describes each mention as `value`, `value unit` or
    /// `value [relation: words]`.
    private func check(_ marked: String, _ language: Language, _ expected: [String]) {
        let (text, spans) = RuleExample(marked, language: language).unmarked
        let document = Document(path: "-", text: text, language: language)
        let mentions = NumberExtractor().extract(from: document)
        #expect(mentions.map(\.span) == spans, "in: \(text)")
        let described = mentions.map { mention in
            var description = Extraction.describe(mention.value)
            if let unit = mention.unit { description += " \(unit)" }
            if let bound = mention.bound {
                description += " [\(bound.relation.rawValue): \(document.text(in: bound.span))]"
            }
            return description
        }
        #expect(described == expected, "in: \(text)")
    }

    @Test(
        "French",
        arguments: [
            ("Ils étaient ⟦entre 150 et 200⟧ délégués, ⟦150–200⟧ ou ⟦150-200⟧.", ["150..200", "150..200", "150..200"]),
            ("De ⟦150 à 200⟧ participants ; ⟦entre 1,5 et 2 millions⟧ d’habitants.", ["150..200", "1500000..2000000"]),
            ("Le nombre est passé de ⟦150⟧ à ⟦200⟧ membres.", ["150", "200"]),
            ("Un budget de ⟦3,2 Md€⟧, ⟦2 millions⟧ d’euros et ⟦200 €⟧.", ["3200000000 EUR", "2000000 EUR", "200 EUR"]),
            ("Soit ⟦12,5 pour cent⟧ et ⟦1.234,5⟧ ou ⟦1.234.567⟧.", ["12.5%", "1234.5", "1234567"]),
            ("Soit ⟦1.832⟧ blessés et ⟦2,5⟧ ou ⟦1.5⟧ points.", ["1832", "2.5", "1.5"]),
            ("En anglais ⟦1,234.5⟧ et ⟦1,234,567⟧, mais ⟦1,234⟧ ici.", ["1234.5", "1234567", "1.234"]),
            ("Plus de ⟦1 200⟧ participants.", ["1200 [more-than: Plus de]"]),
            (
                "Près de ⟦190⟧ pays, au moins ⟦3⟧ sites… jusqu’à ⟦5⟧ membres.",
                ["190 [approximately: Près de]", "3 [at-least: au moins]", "5 [at-most: jusqu’à]"]
            ),
            (
                "Environ ⟦200⟧, moins de ⟦10 %⟧, pas moins de ⟦40⟧.",
                ["200 [approximately: Environ]", "10% [less-than: moins de]", "40 [at-least: pas moins de]"]
            ),
            (
                "⟦Une centaine⟧ de pays et ⟦deux douzaines⟧ de villes.",
                ["100 [approximately: Une centaine]", "24 [approximately: deux douzaines]"]
            ),
            ("Au ⟦XXIe⟧ siècle, la ⟦Ve⟧ République ; le ⟦Xe⟧ siècle ; François ⟦Ier⟧.", ["#21", "#5", "#10", "#1"]),
            ("Louis XIV, Le Monde, De Gaulle, Ce matin, Me Dupont, Xe.", []),
            ("Il fait ⟦-5⟧ degrés, ⟦−3,5⟧ et ⟦+2⟧.", ["-5", "-3.5", "2"]),
        ])
    func french(marked: String, expected: [String]) {
        check(marked, .fr, expected)
    }

    @Test(
        "English",
        arguments: [
            (
                "A ⟦$3.2bn⟧ budget, ⟦$200m⟧ and ⟦€500k⟧; ⟦USD 3bn⟧.",
                ["3200000000 USD", "200000000 USD", "500000 EUR", "3000000000 USD"]
            ),
            ("⟦Between 3 and 4 billion⟧ people, ⟦150 to 200⟧ seats.", ["3000000000..4000000000", "150..200"]),
            ("It rose from ⟦150⟧ to ⟦200⟧ members.", ["150", "200"]),
            ("⟦Two dozen⟧ countries and ⟦a dozen⟧ cities.", ["24", "12"]),
            ("In French style ⟦1.234,5⟧ and ⟦1.234.567⟧, not ⟦1.234⟧.", ["1234.5", "1234567", "1.234"]),
            (
                "About ⟦200⟧, nearly ⟦50⟧, more than ⟦1,200⟧, up to ⟦5⟧.",
                [
                    "200 [approximately: About]", "50 [nearly: nearly]", "1200 [more-than: more than]",
                    "5 [at-most: up to]",
                ]
            ),
            (
                "At least ⟦3⟧, no more than ⟦7⟧, fewer than ⟦9⟧, ~⟦10⟧.",
                [
                    "3 [at-least: At least]", "7 [at-most: no more than]", "9 [less-than: fewer than]",
                    "10 [approximately: ~]",
                ]
            ),
            ("A 200m race, 3m tall, 10k run, World War II, Louis XIV.", []),
            ("⟦One trillion⟧ people, ⟦two billion⟧ dollars.", ["1000000000000", "2000000000 USD"]),
        ])
    func english(marked: String, expected: [String]) {
        check(marked, .en, expected)
    }

    @Test(
        "given the dates and durations found before, the same mentions as alone",
        arguments: [
            (
                "Le lundi 24 novembre 2025, 196 pays membres, du 24 au 27 novembre, trois jours durant, 12,5 %.",
                Language.fr
            ),
            ("En 2015, pendant 3 jours, la 93e session ; le 10e anniversaire ; 1 200 participants à 10:30.", .fr),
            ("On Monday, November 24, 2025, 196 member countries met for four days; in 2015, 12.5% more.", .en),
        ])
    func pipeline(text: String, language: Language) {
        let document = Document(path: "-", text: text, language: language)
        let before: [any Extractor] = [DateExtractor(), DurationExtractor()]
        let earlier = before.flatMap { $0.extract(from: document) }
        let kinds = before.reduce(into: Set<Mention.Kind>()) { $0.formUnion($1.kinds) }
        let given = NumberExtractor().extract(from: document, after: earlier, ofKinds: kinds)
        #expect(given == NumberExtractor().extract(from: document))
        #expect(!given.isEmpty)
        #expect(NumberExtractor().extract(from: document, after: [], ofKinds: []) == given)
    }

    @Test("bad input: huge numbers, exponents, infinity, without a trap")
    func badInput() {
        let huge = String(repeating: "9", count: 10_000)
        for text in [
            huge, "Il y a \(huge) pays.", "0,\(huge) %", "1e999999 et 1E-999999", "∞ %", "−∞ %",
            "99999999999999999999999999999999999999 milliards de milliards",
        ] {
            for language in Language.allCases {
                let mentions = NumberExtractor().extract(from: Document(path: "-", text: text, language: language))
                for mention in mentions {
                    if case .number(let value) = mention.value { #expect(!value.isNaN) }
                }
            }
        }
    }

    @Test("a thousand groups of digits in a row read as numbers of at most 38 digits")
    func longRunsOfGroups() {
        let text = (0..<1_000).map { _ in "123" }.joined(separator: " ")
        let mentions = NumberExtractor().extract(from: Document(path: "-", text: text, language: .fr))
        #expect(!mentions.isEmpty)
        for mention in mentions {
            guard case .number(let value) = mention.value else { continue }
            #expect(value.description.count <= 38)
        }
    }
}
