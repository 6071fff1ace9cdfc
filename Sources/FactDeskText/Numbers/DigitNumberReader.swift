import FactDeskKit
import Foundation

/// A number written with digits, as ``DigitNumberReader`` read it from the tokens.
struct DigitNumber {
    /// The tokens it covers, marks included.
    var tokens: Range<Int>
    /// The integer digits, without grouping marks.
    var integerDigits: Substring.UTF8View
    /// The digits after the decimal mark, if any.
    var fractionDigits: Substring.UTF8View?
    /// Letters attached to the last digits ("bn" in "3.2bn"), if any.
    var suffix: Substring?

    /// The exact value. Every number the reader accepts has at most 38 digits, which a
    /// `Decimal` holds exactly.
    var value: Decimal {
        let fractionCount = fractionDigits?.count ?? 0
        guard integerDigits.count + fractionCount > 18 else {
            var significand: UInt64 = 0
            for byte in integerDigits { significand = significand * 10 + UInt64(byte - 0x30) }
            for byte in fractionDigits ?? Substring("").utf8 { significand = significand * 10 + UInt64(byte - 0x30) }
            return Decimal(sign: .plus, exponent: -fractionCount, significand: Decimal(significand))
        }
        let integer = String(Substring(integerDigits))
        let text = fractionDigits.map { integer + "." + String(Substring($0)) } ?? integer
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }
}

/// Reads numbers written with digits across tokens: "196", "1 234,5" (French, grouped by a
/// space, U+00A0 or U+202F), "1.234,5" (French, grouped by periods), "1,234.5" (English),
/// "12.5", and digits with letters attached to them ("3.2bn").
///
/// Thousands groups have three digits after a first group of one to three, all with the same
/// mark: a space (plain, no-break, narrow no-break or thin) in French, a no-break space in
/// English, an attached comma or period in either. The decimal mark is a comma in French and a
/// period in English; a period between digits also reads as decimal in French ("1.5"). A lone
/// group mark that is also the language's decimal mark ("1,234" in French, "1.234" in English)
/// reads as decimal; the other convention is still read when unambiguous ("1,234.5" or
/// "1,234,567" in French, "1.234,5" in English), so that a checker can flag it. Marks must
/// touch the digits.
///
/// Numbers longer than a `Decimal` holds exactly (38 digits) are not read: a lone run of digits
/// that long is skipped, and a run of groups stops after ``maximumGroups``, so reading never
/// walks further than a few tokens from where it starts.
struct DigitNumberReader {
    let tokens: [Token]
    let text: NormalizedText
    let language: Language

    /// The most digits a number may have.
    static let maximumDigits = 38
    /// The most thousands groups after the first one: 3 + 11 × 3 = 36 digits.
    static let maximumGroups = 11

    /// The tokens of the number whose first digits are number token `index`.
    func extent(at index: Int) -> Range<Int>? {
        guard tokens[index].kind == .number else { return nil }
        return read(at: index)?.tokens
    }

    /// The value of the tokens of a number, as ``extent(at:)`` found them.
    func value(of extent: Range<Int>) -> Decimal {
        read(at: extent.lowerBound)?.value ?? 0
    }

    /// The number whose first digits are token `index`: a number token, or a word of digits and
    /// letters ("3bn").
    func read(at index: Int) -> DigitNumber? {
        guard let (firstDigits, firstSuffix) = digitsAndSuffix(index), firstDigits.count <= Self.maximumDigits
        else { return nil }
        var number = DigitNumber(
            tokens: index..<index + 1, integerDigits: firstDigits, fractionDigits: nil, suffix: firstSuffix)
        guard firstSuffix == nil else { return number }
        var integer = String(Substring(firstDigits))
        var last = index
        var separator: GroupMark?
        var groupCount = 0
        if firstDigits.count <= 3 {
            while groupCount < Self.maximumGroups, let (group, mark) = groupAfter(last, mark: separator) {
                separator = mark
                integer += tokens[group].text
                last = group
                groupCount += 1
            }
        }
        let fraction = fractionAfter(last, integerCount: integer.utf8.count, excluding: separator)
        if let mark = separator, !isUnambiguous(mark, groupCount: groupCount, fractionMark: fraction?.mark) {
            // "1,234" in French, "1.234" in English: the mark is decimal.
            number.fractionDigits = Substring(tokens[index + 2].text).utf8
            number.tokens = index..<index + 3
            return number
        }
        number.integerDigits = Substring(integer).utf8
        number.tokens = index..<last + 1
        if let fraction {
            number.fractionDigits = fraction.digits
            number.suffix = fraction.suffix
            number.tokens = index..<fraction.token + 1
        }
        return number
    }

    /// How thousands groups are marked.
    private enum GroupMark: Equatable {
        case space, comma, period

        var punctuation: Unicode.Scalar? {
            switch self {
            case .space: nil
            case .comma: ","
            case .period: "."
            }
        }
    }

    /// Whether groups marked this way are groups, not a decimal part: always for spaces; for a
    /// mark that is also a decimal mark, when there are several groups or a decimal part follows,
    /// or when the language does not use it as its decimal mark (a comma in English, a period
    /// before three digits in French: « 1.832 blessés »).
    private func isUnambiguous(_ mark: GroupMark, groupCount: Int, fractionMark: Unicode.Scalar?) -> Bool {
        switch mark {
        case .space: return true
        case .comma: return language == .en || groupCount > 1 || fractionMark == "."
        case .period: return language == .fr || groupCount > 1 || fractionMark == ","
        }
    }

    /// The index of a three-digit group that continues the number ending at token `index`, and
    /// its mark: the mark already used by the number's groups, or any when none is yet.
    private func groupAfter(_ index: Int, mark: GroupMark?) -> (Int, GroupMark)? {
        let next = index + 1
        if mark == nil || mark == .space, isGroup(next), !tokens[next].followsLineBreak {
            let gap = tokens[index].normalizedRange.upperBound..<tokens[next].normalizedRange.lowerBound
            if gap.count == 1, isGroupSpace(text.scalars[gap.lowerBound]) { return (next, .space) }
        }
        for candidate in [GroupMark.comma, .period] where mark == nil || mark == candidate {
            if isAttached(next), tokens[next].mark == candidate.punctuation, isGroup(next + 1), isAttached(next + 1) {
                return (next + 1, candidate)
            }
        }
        return nil
    }

    /// The decimal part after token `index`: an attached mark other than the groups' and
    /// attached digits, which may end in letters ("3.2bn").
    private func fractionAfter(_ index: Int, integerCount: Int, excluding groupMark: GroupMark?) -> (
        mark: Unicode.Scalar, token: Int, digits: Substring.UTF8View, suffix: Substring?
    )? {
        let markIndex = index + 1
        guard isAttached(markIndex), isAttached(markIndex + 1), let mark = tokens[markIndex].mark else {
            return nil
        }
        let allowed: Bool
        switch groupMark {
        case .comma: allowed = mark == "."
        case .period: allowed = mark == ","
        case .space, nil: allowed = mark == "." || (language == .fr && mark == ",")
        }
        guard allowed, let (digits, suffix) = digitsAndSuffix(markIndex + 1),
            integerCount + digits.count <= Self.maximumDigits
        else { return nil }
        return (mark, markIndex + 1, digits, suffix)
    }

    /// Whether a space groups thousands: a no-break, narrow no-break or thin space; in French,
    /// a plain space too.
    private func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{00A0}", "\u{202F}", "\u{2009}": true
        case " ": language == .fr
        default: false
        }
    }

    /// The leading ASCII digits of a number token, or of a word made of digits and a scale
    /// abbreviation ("3bn", "2Md"), and those letters.
    private func digitsAndSuffix(_ index: Int) -> (Substring.UTF8View, Substring?)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        let text = Substring(token.text)
        switch token.kind {
        case .number:
            return (text.utf8, nil)
        case .word:
            let digitCount = text.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
            guard digitCount > 0 else { return nil }
            let suffix = text.dropFirst(digitCount)
            guard ScaleAbbreviation.multiplier(suffix) != nil else { return nil }
            return (text.prefix(digitCount).utf8, suffix)
        case .punctuation, .symbol:
            return nil
        }
    }

    private func isGroup(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .number && tokens[index].text.utf8.count == 3
    }

    private func isAttached(_ index: Int) -> Bool {
        index < tokens.count && !tokens[index].followsSpace
    }
}
