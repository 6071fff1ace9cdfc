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
        if let ascii = asciiNormalized(quoted) { return ascii }
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

    /// ``normalize(_:)`` of a text of ASCII bytes only, written byte by byte into the result's
    /// storage; `nil` for any other text.
    private static func asciiNormalized(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                    pendingSpace = false
                }
                buffer[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
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
        return String(unsafeUninitializedCapacity: 8) { buffer in
            for digit in 0..<8 {
                let nibble = UInt8((hash >> (28 - 4 * digit)) & 0xF)
                buffer[digit] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 8
        }
    }
}

import Foundation

extension String {
    /// NFC, the form identity is computed in.
    fileprivate var precomposedForIdentity: String { precomposedStringWithCanonicalMapping }
}
