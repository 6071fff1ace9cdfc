import FactDeskKit
import FactDeskText
import Foundation
import Testing

/// Property tests: every integer 0…1 000 000, and a sample up to 10¹², spelt out in French and
/// English by a generator written here (independent of ``NumberSpeller``), reads back to its value.
@Suite("NumberWords round trip")
struct NumberWordsRoundTripTests {
    /// Every integer 0…999 999 as thousands and a rest, from tables of their words built once
    /// (a number is its thousands' words, then its rest's) in the spelling `spelling(value)`
    /// picks; then 1 000 000.
    private func everyIntegerUpToAMillion<Spelling>(
        spellings: [Spelling], spelling: (Int) -> Int, words: (Spelling, Int) -> String,
        join: (Spelling, String, String) -> String
    ) -> [String] {
        let heads = spellings.map { style in (0..<1_000).map { words(style, $0 * 1_000) } }
        let tails = spellings.map { style in (0..<1_000).map { words(style, $0) } }
        var failures: [String] = []
        for high in 0..<1_000 {
            for low in 0..<1_000 {
                let value = high * 1_000 + low
                let style = spelling(value)
                let text =
                    high == 0
                    ? tails[style][low]
                    : low == 0 ? heads[style][high] : join(spellings[style], heads[style][high], tails[style][low])
                if NumberWords.read(text)?.value != value, failures.count < 10 { failures.append(text) }
            }
        }
        for style in spellings where NumberWords.read(words(style, 1_000_000))?.value != 1_000_000 {
            failures.append(words(style, 1_000_000))
        }
        return failures
    }

    @Test("French, every integer up to a million, in three spellings taken in turn")
    func frenchUpToAMillion() {
        let failures = everyIntegerUpToAMillion(
            spellings: FrenchWords.Style.allCases, spelling: { $0 % 3 }, words: { FrenchWords(style: $0).spell($1) },
            join: { style, head, tail in head + (style == .reformed ? "-" : " ") + tail })
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("English, every integer up to a million, with and without “and” in turn")
    func englishUpToAMillion() {
        // "two thousand and five": "and" before a rest below a hundred.
        let failures = everyIntegerUpToAMillion(
            spellings: [false, true], spelling: { $0 % 2 }, words: { EnglishWords(usesAnd: $0).spell($1) },
            join: { usesAnd, head, tail in head + (usesAnd && !tail.contains("hundred") ? " and " : " ") + tail })
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("a sample up to 10¹², both languages, cardinal and ordinal")
    func sampleUpToATrillion() {
        var generator = SplitMix(seed: 12)
        var failures: [String] = []
        var values = [1_000_000_000_000, 999_999_999_999, 1_000_000_001, 80_000_000]
        values += (0..<20_000).map { _ in Int(generator.next() % 1_000_000_000_001) }
        for value in values {
            for style in FrenchWords.Style.allCases {
                let french = FrenchWords(style: style).spell(value)
                if NumberWords.read(french)?.value != value { failures.append(french) }
            }
            let english = EnglishWords(usesAnd: value % 2 == 1).spell(value)
            if NumberWords.read(english)?.value != value { failures.append(english) }
            guard value > 0 else { continue }
            let ordinals = [
                FrenchWords(style: .traditional).ordinal(value), EnglishWords(usesAnd: false).ordinal(value),
            ]
            for ordinal in ordinals
            where NumberWords.read(ordinal) != NumberWords.Reading(value: value, isOrdinal: true) {
                failures.append(ordinal)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(10))")
    }

    @Test("Foundation's spell-out agrees on a sample below 10¹²")
    func foundationSpellOut() {
        var generator = SplitMix(seed: 2025)
        var failures: [String] = []
        for language in Language.allCases {
            let formatter = NumberFormatter()
            formatter.numberStyle = .spellOut
            formatter.locale = Locale(identifier: language == .fr ? "fr_FR" : "en_US")
            for _ in 0..<2_000 {
                let value = Int(generator.next() % 1_000_000_000_000)
                let words = formatter.string(from: NSNumber(value: value)) ?? ""
                if NumberWords.read(words)?.value != value { failures.append(words) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(10))")
    }

    @Test("NumberSpeller writes what NumberWords reads, in every style")
    func spellerRoundTrip() {
        var generator = SplitMix(seed: 7)
        let spellers = [
            NumberSpeller(language: .fr), NumberSpeller(language: .fr, hyphenatesAll: true),
            NumberSpeller(language: .fr, frenchTens: .belgian), NumberSpeller(language: .fr, frenchTens: .swiss),
            NumberSpeller(language: .en), NumberSpeller(language: .en, usesAnd: true),
        ]
        var failures: [String] = []
        for value in Array(0...2_000) + (0..<5_000).map({ _ in Int(generator.next() % 1_000_000_000_001) }) {
            for speller in spellers {
                let cardinal = speller.cardinal(value) ?? ""
                if NumberWords.read(cardinal) != NumberWords.Reading(value: value, isOrdinal: false) {
                    failures.append(cardinal)
                }
                guard value > 0 else { continue }
                let ordinal = speller.ordinal(value) ?? ""
                if NumberWords.read(ordinal) != NumberWords.Reading(value: value, isOrdinal: true) {
                    failures.append(ordinal)
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures: \(failures.prefix(10))")
    }
}

/// French numbers in words, by a recursive rule per range of values.
struct FrenchWords {
    enum Style: CaseIterable, Sendable {
        /// "deux cent mille", "vingt et un".
        case traditional
        /// 1990: "deux-cent-mille", "vingt-et-un".
        case reformed
        /// Belgian and Swiss tens: "septante", "huitante", "nonante".
        case swiss
    }

    let style: Style
    private var space: String { style == .reformed ? "-" : " " }

    func spell(_ value: Int) -> String {
        switch value {
        case 0: "zéro"
        case 1_000_000_000_000...: scaled(value, 1_000_000_000, "milliards", "milliards", thousandsFirst: true)
        case 1_000_000_000...: scaled(value, 1_000_000_000, "milliard", "milliards", thousandsFirst: false)
        case 1_000_000...: scaled(value, 1_000_000, "million", "millions", thousandsFirst: false)
        case 1_000...: thousands(value)
        default: belowThousand(value, final: true)
        }
    }

    func ordinal(_ value: Int) -> String {
        if value == 1 { return "premier" }
        var words = spell(value)
        if ["cents", "vingts", "millions", "milliards"].contains(where: words.hasSuffix) { words.removeLast() }
        if words.hasSuffix("cinq") { return words + "uième" }
        if words.hasSuffix("neuf") { return String(words.dropLast()) + "vième" }
        if words.hasSuffix("e") { words.removeLast() }
        return words + "ième"
    }

    private func scaled(_ value: Int, _ scale: Int, _ singular: String, _ plural: String, thousandsFirst: Bool)
        -> String
    {
        let count = value / scale
        let head = count == 1 && !thousandsFirst ? "un" + space + singular : spellCount(count) + space + plural
        return value % scale == 0 ? head : head + space + spell(value % scale)
    }

    private func spellCount(_ count: Int) -> String {
        count >= 1_000 ? thousands(count) : belowThousand(count, final: true)
    }

    private func thousands(_ value: Int) -> String {
        let count = value / 1_000
        let head = count == 1 ? "mille" : belowThousand(count, final: false) + space + "mille"
        return value % 1_000 == 0 ? head : head + space + belowThousand(value % 1_000, final: true)
    }

    /// `final`: the number ends here, so "cents" and "quatre-vingts" take their s.
    private func belowThousand(_ value: Int, final: Bool) -> String {
        let hundreds = value / 100
        let rest = value % 100
        if hundreds == 0 { return belowHundred(rest, final: final) }
        let head = hundreds == 1 ? "cent" : Self.units[hundreds] + space + "cent" + (rest == 0 && final ? "s" : "")
        return rest == 0 ? head : head + space + belowHundred(rest, final: final)
    }

    private func belowHundred(_ value: Int, final: Bool) -> String {
        let and = style == .reformed ? "-et-" : " et "
        switch value {
        case 0..<17: return Self.units[value]
        case 17..<20: return "dix-" + Self.units[value - 10]
        case 70..<80 where style != .swiss:
            return value == 71 ? "soixante" + and + "onze" : "soixante-" + belowHundred(value - 60, final: final)
        case 80: return style == .swiss ? "huitante" : final ? "quatre-vingts" : "quatre-vingt"
        case 81..<100 where style != .swiss: return "quatre-vingt-" + belowHundred(value - 80, final: final)
        default:
            let tens = Self.tens[value / 10]
            switch value % 10 {
            case 0: return tens
            case 1: return tens + and + "un"
            default: return tens + "-" + Self.units[value % 10]
            }
        }
    }

    private static let units = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize",
    ]
    private static let tens = [
        "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante",
    ]
}

/// English numbers in words, recursively.
private struct EnglishWords {
    let usesAnd: Bool

    func spell(_ value: Int) -> String {
        for (scale, name) in [
            (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"),
        ]
        where value >= scale {
            let head = spell(value / scale) + " " + name
            let rest = value % scale
            if rest == 0 { return head }
            return head + (usesAnd && rest < 100 ? " and " : " ") + spell(rest)
        }
        if value >= 100 {
            let head = Self.small[value / 100] + " hundred"
            let rest = value % 100
            return rest == 0 ? head : head + (usesAnd ? " and " : " ") + spell(rest)
        }
        if value < 20 { return Self.small[value] }
        return Self.tens[value / 10] + (value % 10 == 0 ? "" : "-" + Self.small[value % 10])
    }

    func ordinal(_ value: Int) -> String {
        let words = spell(value)
        let irregular = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
            "twelve": "twelfth",
        ]
        for (cardinal, ordinal) in irregular where words.hasSuffix(cardinal) {
            return words.dropLast(cardinal.count) + ordinal
        }
        return words.hasSuffix("y") ? words.dropLast() + "ieth" : words + "th"
    }

    private static let small = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
}

/// A small deterministic random number generator, so failures reproduce.
private struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
