import FactDeskKit
import FactDeskText
import Foundation

extension WrittenNumber {
    /// Another value written the way this number is: digits stay digits, with the same marks,
    /// currency and scale word ("1,5 million" → "1,6 million"); words stay words
    /// ("cent quatre-vingt-quinze" → "cent quatre-vingt-seize").
    /// - Parameters:
    ///   - value: the value to write.
    ///   - written: the value this number was read as, which tells the scale of its digits.
    ///   - language: the draft's language.
    func rewriting(_ value: Decimal, from written: Decimal, language: Language) -> String {
        if form == .words, let integer = Self.integer(value),
            let spelt = NumberSpeller(matching: String(suffix), language: language).cardinal(integer)
        {
            return Fold.isCapitalised(String(suffix)) ? spelt.prefix(1).uppercased() + spelt.dropFirst() : spelt
        }
        guard form == .digits, digitsValue != 0 else {
            return Self.digits(value, group: nil, decimal: nil, language: language)
        }
        // Most numbers carry no scale word: no division for them.
        let scaled = abs(written) == digitsValue ? value : value / abs(written / digitsValue)
        let number = Self.digits(scaled, group: groupMark, decimal: decimalMark, language: language)
        return prefix + number + Self.agreeing(suffix, with: scaled, language: language)
    }

    /// A value in digits with the given marks, or the language's: thousands grouped from 10 000
    /// when the original had no group mark.
    static func digits(_ value: Decimal, group: Character?, decimal: Character?, language: Language) -> String {
        let plain = value.description  // "-1234.5"
        let isNegative = plain.hasPrefix("-")
        let unsigned = isNegative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let integer = String(parts.first ?? "0")
        let groupMark = group ?? (integer.count > 4 ? (language == .fr ? "\u{202F}" : ",") : nil)
        var grouped = ""
        for (offset, character) in integer.enumerated() {
            if offset > 0, (integer.count - offset) % 3 == 0, let groupMark { grouped.append(groupMark) }
            grouped.append(character)
        }
        if parts.count > 1 { grouped += String(decimal ?? (language == .fr ? "," : ".")) + parts[1] }
        return (isNegative ? "-" : "") + grouped
    }

    /// "millions" after 2 and more, "million" below, in French.
    private static func agreeing(_ suffix: Substring, with value: Decimal, language: Language) -> String {
        guard language == .fr else { return String(suffix) }
        let leading = suffix.prefix { $0.isWhitespace }
        let rest = suffix.dropFirst(leading.count)
        let word = rest.prefix { $0.isLetter }
        guard ["million", "millions", "milliard", "milliards"].contains(word) else { return String(suffix) }
        let singular = word.hasSuffix("s") ? word.dropLast() : word
        return leading + singular + (abs(value) >= 2 ? "s" : "") + rest.dropFirst(word.count)
    }

    /// The value as an `Int` when it is a whole number in range.
    static func integer(_ value: Decimal) -> Int? {
        var rounded = value
        var source = value
        NSDecimalRound(&rounded, &source, 0, .plain)
        guard rounded == value, abs(value) < 1_000_000_000_000_000 else { return nil }
        return Int(truncating: rounded as NSNumber)
    }
}
