/// Whether two folded names are romanisations of the same name: "Sergei" and "Sergey",
/// "Zelenskiy", "Zelenskyy" and "Zelensky", "Mohamed" and "Mohammed", "Al-Raissi" and
/// "Al-Raisi", "Zang" and "Zhang".
///
/// Each word is reduced to a key that forgets what romanisations disagree on — `y` and `j`
/// as `i`, `ou` and `w` as `u`, `ph` as `f`, `dj` as `j`, an `h` after a consonant, and the
/// doubled letters they write either way (`ss`, `mm`, `ii`, `uu`: "Nasser", "Mohammed") — and
/// the names are the same when their keys are. Other letters differ in a misspelling, not in a
/// transliteration ("Darmamin", "Stoltemberg", "Farrage", "Urquisa").
enum Transliteration {
    /// Whether the words, paired in order, have the same keys (and differ somewhere).
    static func same(_ written: [String], _ accepted: [String]) -> Bool {
        written.count == accepted.count && written != accepted && zip(written, accepted).allSatisfy { key($0) == key($1) }
    }

    /// The key of a folded word.
    static func key(_ word: String) -> String {
        var letters: [Character] = []
        var previous: Character?
        var iterator = Array(word).makeIterator()
        var pending = iterator.next()
        while let letter = pending {
            let next = iterator.next()
            var mapped = letter
            switch letter {
            case "y", "j": mapped = "i"
            case "w": mapped = "u"
            case "o" where next == "u":
                pending = next
                continue
            case "p" where next == "h":
                mapped = "f"
                pending = iterator.next()
                append(mapped, to: &letters, previous: &previous)
                continue
            case "d" where next == "j":
                pending = next
                continue
            case "h" where previous.map(isConsonant) ?? false:
                pending = next
                continue
            default: break
            }
            append(mapped, to: &letters, previous: &previous)
            pending = next
        }
        return String(letters)
    }

    /// Appends a letter unless it doubles the one before and is one of ``doubled``.
    private static func append(_ letter: Character, to letters: inout [Character], previous: inout Character?) {
        if letter != previous || !doubled.contains(letter) { letters.append(letter) }
        previous = letter
    }

    /// The letters romanisations write single or doubled.
    private static let doubled: Set<Character> = ["s", "m", "i", "u"]

    private static func isConsonant(_ letter: Character) -> Bool {
        letter.isLetter && !"aeiouy".contains(letter)
    }
}
