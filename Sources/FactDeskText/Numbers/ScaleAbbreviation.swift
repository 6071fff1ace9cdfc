import Foundation

/// Abbreviated scales written after digits: "3.2bn", "$200m", "3,2 Md€", "500 k€".
enum ScaleAbbreviation {
    /// The multiplier of an abbreviation, matched case-sensitively ("Md" but not "MD").
    static func multiplier(_ word: Substring) -> Decimal? {
        // Every abbreviation starts with one of these letters: most words are turned away here.
        switch word.utf8.first {
        case UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "m"), UInt8(ascii: "M"), UInt8(ascii: "b"),
            UInt8(ascii: "B"), UInt8(ascii: "t"), UInt8(ascii: "T"):
            break
        default:
            return nil
        }
        return switch word {
        case "k", "K": 1_000
        case "m", "M", "mn", "Mn": 1_000_000
        case "bn", "Bn", "md", "Md", "mds", "Mds", "mrd", "Mrd", "mrds", "Mrds": 1_000_000_000
        case "tn", "Tn", "trn": 1_000_000_000_000
        default: nil
        }
    }

    /// Whether the abbreviation means a scale only next to a currency: "200m" alone is a
    /// distance, "$200m" an amount.
    static func needsCurrency(_ word: Substring) -> Bool {
        switch word {
        case "k", "K", "m", "M": true
        default: false
        }
    }
}
