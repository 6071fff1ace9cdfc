import FactDeskKit
import Foundation

/// Words as the date rules' word lists spell them: lowercase, without diacritics, with a
/// straight apostrophe ("Été" → "ete", "aujourd’hui" → "aujourd'hui", NFD input too).
///
/// A hand-written fold, not Foundation's `folding(options:)`: the rules fold every word of a
/// document once, so it must cost little more than copying the word. Foundation only builds the
/// table of accented Latin letters, once.
enum WordFolding {
    static func fold(_ word: String) -> String {
        // Most words are lowercase ASCII already: no copy then.
        if word.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) { return word }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: bytes.append(UInt8(scalar.value + 0x20))
            case 0...0x7F: bytes.append(UInt8(scalar.value))
            case 0x2019, 0x02BC, 0x2018: bytes.append(UInt8(ascii: "'"))
            case 0xC0..<0x250: bytes += latin[Int(scalar.value) - 0xC0]
            default:
                if scalar.properties.generalCategory != .nonspacingMark {
                    bytes += scalar.properties.lowercaseMapping.utf8
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A name's words, its runs of letters and digits, each folded: "opening of the Harbour
    /// Museum" → "opening", "of", "the", "harbour", "museum".
    static func nameWords(_ name: String) -> [String] {
        name.split { !$0.isLetter && !$0.isNumber }.map { fold(String($0)) }
    }

    /// Whether a word starts with a capital letter (a name: "Genève", "INTERPOL").
    static func isCapitalised(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return (0x41...0x5A).contains(first) }
        return word.unicodeScalars.first!.properties.isUppercase
    }

    /// The folds of U+00C0–U+024F as UTF-8, computed once: "é" → "e", "Œ" → "oe", "ß" → "ss".
    private static let latin: [[UInt8]] = (0xC0..<0x250).map { value in
        let scalar = Unicode.Scalar(value)!
        switch scalar {
        case "œ", "Œ": return Array("oe".utf8)
        case "æ", "Æ": return Array("ae".utf8)
        case "ß": return Array("ss".utf8)
        default:
            let letters = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { $0.properties.generalCategory != .nonspacingMark }
            return Array(String(String.UnicodeScalarView(letters)).lowercased().utf8)
        }
    }
}

/// The folded words of a document's tokens, each folded the first time a rule asks for it: most
/// tokens are never looked up.
final class FoldedWords {
    private let tokens: [Token]
    private var folded: [String?]

    init(_ tokens: [Token]) {
        self.tokens = tokens
        self.folded = Array(repeating: nil, count: tokens.count)
    }

    /// Token `index` folded; "" for a token that is not a word, or past either end.
    subscript(index: Int) -> String {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return "" }
        if let word = folded[index] { return word }
        let word = WordFolding.fold(tokens[index].text)
        folded[index] = word
        return word
    }
}
