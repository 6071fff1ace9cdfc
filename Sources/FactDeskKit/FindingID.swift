/// Stable finding ids: `checker:rule:fingerprint`.
///
/// The fingerprint hashes the quoted words after normalisation (NFC, case folded, runs of white
/// space collapsed, typographic apostrophes and spaces unified), never their offset: a problem
/// whose words are unchanged keeps its id however the text around it moves.
public enum FindingID {
    /// Makes the id of a finding of `rule` quoting `quoted`.
    public static func make(checker: String, rule: String, quoted: String, occurrence: Int = 1) -> String {
        var key = normalize(quoted)
        if occurrence > 1 { key += "#\(occurrence)" }
        return "\(checker):\(rule):\(fingerprint(key))"
    }

    /// The quoted words as compared for identity.
    public static func normalize(_ quoted: String) -> String {
        var result = ""
        var pendingSpace = false
        let composed = isComposed(quoted) ? quoted : quoted.precomposedForIdentity
        for scalar in composed.lowercased().unicodeScalars {
            if isWhitespace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2019}", "\u{2018}", "\u{02BC}": result.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a text is certainly in NFC already, so normalising it would change nothing: every
    /// scalar is below U+0300 (no combining mark, nothing with a canonical singleton mapping) or
    /// general punctuation from U+2002 (typographic spaces, dashes, quotation marks), as most
    /// French and English prose is. Checking is far cheaper than normalising.
    static func isComposed(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x206F).contains($0.value) }
    }

    /// White space, without a Unicode property lookup for ASCII.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// 32 bits of FNV-1a over the UTF-8 bytes, as 8 lowercase hex digits.
    static func fingerprint(_ key: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in key.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

import Foundation

extension String {
    /// NFC, the form identity is computed in.
    fileprivate var precomposedForIdentity: String { precomposedStringWithCanonicalMapping }
}
