import Foundation

/// Whether two folded names are romanisations of the same name: "Sergei" and "Sergueï",
/// "Zelenskiy", "Zelenskyy" and "Zelensky", "Mohamed", "Mohammed" and "Muhammad", "Poutine"
/// and "Putin", "Nétanyahou" and "Netanyahu", "Lavrov" and "Lavroff", "Tchad" and "Chad",
/// "Al-Kaabi" and "Al Ka'bi", "Zang" and "Zhang".
///
/// A name is reduced to a key that forgets what romanisations disagree on, and the names are
/// the same when their keys are:
/// - `ch`, `sh`, `sch`, `tch`, `tsch` as one sound; `kh` as `h`; `ph` as `f`; `x` as `ks`;
/// - `zh` inside a word as `j` ("Prigozhin", « Prigojine »), `ye` and `ie` opening a word as
///   `e` ("Yevgeny", « Evgueni »), `g` opening a word before a vowel as `k`, as `q` is
///   ("Gaddafi", « Kadhafi », "Qaddafi");
/// - `y`, `j`, `dj` and `ee` as `i` ("Bagchee", "Bagchi"); `q` as `k`; `ou`, `oo`, `o` and `u`
///   as one vowel, and `w` too unless it ends the word after a vowel, where it is the `v` of
///   `-ov` (`-ow`, `-off`);
/// - `gu` before `e` or `i` as `g` (French "Sergueï"), an `h` after a consonant dropped
///   ("Zhang", "Kadhafi"), a final mute `e`
///   after a consonant dropped ("Poutine"), `-ied`, `-ed` and `-ad` endings alike
///   ("Ahmed", "Ahmad"), `-iev` as `-ev` ("Grigoryev", "Grigorev");
/// - every letter written once where it is doubled, except `l` and `r`, whose doubling is a
///   typing slip in the names that have them ("Farrage", "Kalas"), not a romanisation;
/// - apostrophes, hyphens and spaces between the words left out ("Ka'bi").
/// Other letters differ in a misspelling, not in a transliteration ("Darmamin", "Stoltemberg",
/// "Farrage", "Urquisa", "Elisabeth").
public enum Transliteration {
    /// Whether the words have the same key, and differ somewhere.
    public static func same(_ written: [String], _ accepted: [String]) -> Bool {
        written.joined() != accepted.joined() && key(words: written) == key(words: accepted)
    }

    /// The key of folded words: each word's key, joined, so that words split or joined by an
    /// apostrophe or a hyphen have one key ("Ka'bi", "Kaabi").
    public static func key(words: [String]) -> String {
        words.count == 1 ? key(words[0]) : words.map(key).joined()
    }

    /// The key of a folded word.
    public static func key(_ word: String) -> String {
        let letters = Array(word.unicodeScalars)
        var key: [Unicode.Scalar] = []
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? {
            index + offset < letters.count ? letters[index + offset] : nil
        }
        func opens(_ prefix: String) -> Bool {
            var offset = 0
            for letter in prefix.unicodeScalars {
                guard at(offset) == letter else { return false }
                offset += 1
            }
            return true
        }
        func emit(_ letter: Unicode.Scalar, skipping count: Int) {
            if letter != key.last || !undoubled(letter) { key.append(letter) }
            index += count
        }
        while index < letters.count {
            let letter = letters[index]
            let isLast = index == letters.count - 1
            if opens("tsch") {
                emit(hush, skipping: 4)
            } else if opens("sch") || opens("tch") {
                emit(hush, skipping: 3)
            } else if opens("ch") || opens("sh") {
                emit(hush, skipping: 2)
            } else if opens("zh"), index > 0 {
                emit("i", skipping: 2)
            } else if index == 0, opens("ye") || opens("ie"), letters.count > 3 {
                emit("e", skipping: 2)
            } else if index == 0, letter == "g", let next = at(1), isVowel(next) {
                emit("k", skipping: 1)
            } else if opens("kh") {
                emit("h", skipping: 2)
            } else if opens("ph") {
                emit("f", skipping: 2)
            } else if opens("dj") {
                emit("i", skipping: 2)
            } else if opens("gu"), let next = at(2), next == "e" || next == "i" {
                emit("g", skipping: 2)
            } else if opens("ou") || opens("oo") {
                emit("u", skipping: 2)
            } else if opens("ee") {
                emit("i", skipping: 2)
            } else if opens("ff"), index + 2 == letters.count, key.last == "u" || key.last == "e" {
                emit("v", skipping: 2)
            } else if (opens("ie") || opens("ye") || opens("je")), at(2) == "v", index + 3 == letters.count {
                emit("e", skipping: 2)
            } else if (letter == "e" || letter == "a"), at(1) == "d", index + 2 == letters.count {
                emit("a", skipping: 1)
            } else if letter == "e", isLast, letters.count > 3, let before = key.last, isConsonant(before) {
                index += 1
            } else if letter == "h", let before = key.last, isConsonant(before) {
                index += 1
            } else {
                switch letter {
                case "y", "j": emit("i", skipping: 1)
                case "q": emit("k", skipping: 1)
                case "o": emit("u", skipping: 1)
                case "w": emit(isLast && key.last.map(isVowel) == true ? "v" : "u", skipping: 1)
                case "x":
                    emit("k", skipping: 0)
                    emit("s", skipping: 1)
                default: emit(letter, skipping: 1)
                }
            }
        }
        return String(String.UnicodeScalarView(key))
    }

    /// A spelling with the letters that fold to a plain letter but that other languages spell
    /// with two written out: Turkish and Romanian `ş`, `ș` as `sh`, `ç` as `ch`,
    /// German `ä`, `ö`, `ü` as `ae`, `oe`, `ue` — so that « Kahramanmarach », « Tchavouchoglou » and
    /// "Mueller" are romanisations of "Kahramanmaraş", "Çavuşoğlu" and "Müller"; `nil` when it
    /// has none of them.
    public static func spelledOut(_ text: String) -> String? {
        guard text.unicodeScalars.contains(where: { spelledOutLetters[$0] != nil }) else { return nil }
        var result = ""
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if let replacement = spelledOutLetters[scalar] { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// The shortest key of a whole spelling looked up as a romanisation: shorter names have
    /// too many neighbours ("Li", "Lee").
    public static let shortestSpellingKey = 4

    /// The keys of a spelling's core words (particles left out), together and each: as written,
    /// and with the letters that other languages spell out written out (``spelledOut(_:)``).
    public static func keys(ofSpelling spelling: String) -> [(whole: String, words: [String])] {
        [spelling, spelledOut(spelling)].compactMap { $0 }.map { text in
            let core = NameFolding.tokens(text).filter { !NameFolding.particles.contains($0) }
            return (key(words: core), core.map { key($0) })
        }
    }

    private static let spelledOutLetters: [Unicode.Scalar: String] = [
        "ş": "sh", "Ş": "Sh", "ș": "sh", "Ș": "Sh", "ç": "ch", "Ç": "Ch", "ä": "ae", "Ä": "Ae", "ö": "oe",
        "Ö": "Oe", "ü": "ue", "Ü": "Ue",
    ]

    /// The one sound `ch`, `sh`, `sch`, `tch` and `tsch` write.
    private static let hush: Unicode.Scalar = "§"

    /// Whether a doubled letter is written once in the key: all but `l` and `r`.
    private static func undoubled(_ letter: Unicode.Scalar) -> Bool {
        letter != "l" && letter != "r"
    }

    private static func isVowel(_ letter: Unicode.Scalar) -> Bool {
        "aeiouy".unicodeScalars.contains(letter)
    }

    private static func isConsonant(_ letter: Unicode.Scalar) -> Bool {
        letter.properties.isAlphabetic && !isVowel(letter)
    }
}
