import FactDeskKit
import Foundation

/// How a number mention is written: digits or words, its marks, and the words around its digits
/// ("$", "Md€", " %"), read from the mention's own text so that a correction can be written in
/// the same style and a foreign convention can be told.
struct WrittenNumber {
    /// Digits or words.
    enum Form { case digits, words }

    var form: Form
    /// The text before the digits ("$", "-", "entre ").
    var prefix: Substring
    /// The digits with their marks ("1 234,5").
    var digits: Substring
    /// The text after the digits (" millions d’euros", " %").
    var suffix: Substring
    /// The mark between thousands groups, if any (a space, "," or ".").
    var groupMark: Character?
    /// The decimal mark, if any.
    var decimalMark: Character?
    /// How many digits follow the decimal mark.
    var fractionDigitCount: Int
    /// The value of the digits alone, before any scale word.
    var digitsValue: Decimal

    /// Reads a mention's text.
    /// - Parameters:
    ///   - text: the mention's words.
    ///   - language: the draft's language, which tells a lone "," or "." apart.
    init(_ text: String, language: Language) {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: \.isASCIIDigit) else {
            self.init(form: .words, prefix: "", digits: "", suffix: Substring(text))
            return
        }
        var end = first
        var marks: [(mark: Character, following: Int)] = []
        var index = first
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isASCIIDigit {
                end = next
                if !marks.isEmpty { marks[marks.count - 1].following += 1 }
            } else if Self.marks.contains(Character(scalar)), next < scalars.endIndex, scalars[next].isASCIIDigit {
                marks.append((Character(scalar), 0))
            } else {
                break
            }
            index = next
        }
        self.init(form: .digits, prefix: text[..<first], digits: text[first..<end], suffix: text[end...])
        (groupMark, decimalMark) = Self.roles(of: marks, language: language)
        fractionDigitCount = decimalMark == nil ? 0 : marks.last?.following ?? 0
        digitsValue = Self.value(of: digits, fractionDigitCount: fractionDigitCount)
    }

    /// The value of digits with their marks, the last `fractionDigitCount` digits after the
    /// decimal mark: read as one integer while it fits in 18 digits, else by `Decimal`'s parser.
    private static func value(of digits: Substring, fractionDigitCount: Int) -> Decimal {
        var significand: UInt64 = 0
        var count = 0
        for scalar in digits.unicodeScalars where scalar.isASCIIDigit {
            count += 1
            guard count <= 18 else {
                let plain = String(String.UnicodeScalarView(digits.unicodeScalars.filter(\.isASCIIDigit)))
                let posix = plain.dropLast(fractionDigitCount) + "." + plain.suffix(fractionDigitCount)
                return Decimal(string: String(posix), locale: Locale(identifier: "en_US_POSIX")) ?? 0
            }
            significand = significand * 10 + UInt64(scalar.value - 0x30)
        }
        return Decimal(sign: .plus, exponent: -fractionDigitCount, significand: Decimal(significand))
    }

    private init(form: Form, prefix: Substring, digits: Substring, suffix: Substring) {
        self.form = form
        self.prefix = prefix
        self.digits = digits
        self.suffix = suffix
        self.groupMark = nil
        self.decimalMark = nil
        self.fractionDigitCount = 0
        self.digitsValue = 0
    }

    /// Grouping and decimal marks, and spaces that group thousands.
    static let marks: Set<Character> = [",", ".", " ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Which mark groups and which is decimal: with two kinds, the last one is decimal; a mark
    /// used twice or a space groups; a lone comma groups in English and is decimal in French; a
    /// lone period is decimal.
    private static func roles(of marks: [(mark: Character, following: Int)], language: Language) -> (
        Character?, Character?
    ) {
        guard let last = marks.last else { return (nil, nil) }
        if let first = marks.first, first.mark != last.mark { return (first.mark, last.mark) }
        if marks.count > 1 || last.mark.isWhitespace { return (last.mark, nil) }
        if last.mark == ",", language == .en, last.following == 3 { return (",", nil) }
        return (nil, last.mark)
    }

    /// The rounding a number written this way implies: half a unit of its last digit, times the
    /// scale written after it ("1,5 million" stands for 1 450 000 to 1 550 000; "196" for 196).
    func precision(of value: Decimal) -> Decimal {
        guard form == .digits, digitsValue != 0, fractionDigitCount > 0 || abs(value) != digitsValue else { return 0 }
        let scale = abs(value / digitsValue)
        var unit = Decimal(1)
        for _ in 0..<fractionDigitCount { unit /= 10 }
        return scale > 1 || fractionDigitCount > 0 ? unit * scale / 2 : 0
    }
}

extension Unicode.Scalar {
    /// `0`…`9`.
    fileprivate var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}
