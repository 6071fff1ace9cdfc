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
        for scalar in quoted.precomposedForIdentity.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
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
