/// How many terminal columns text takes: combining marks and format characters none, East Asian
/// wide and fullwidth characters and emoji two, everything else one.
///
/// Width belongs to a grapheme cluster ("é" written as "e" + U+0301, a flag, a family emoji
/// joined by U+200D); ``columns(ofScalars:)`` gives the whole cluster's width to its first
/// scalar and zero to the others, so widths can be summed over any range of scalar offsets.
enum DisplayWidth {
    /// The columns of each scalar, in order.
    static func columns(ofScalars scalars: some Sequence<Unicode.Scalar>) -> [Int] {
        var widths: [Int] = []
        for character in String(String.UnicodeScalarView(scalars)) {
            widths.append(columns(of: character))
            widths.append(contentsOf: repeatElement(0, count: character.unicodeScalars.count - 1))
        }
        return widths
    }

    /// The columns of a string.
    static func columns(of text: String) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns of one grapheme cluster.
    static func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if scalars.contains("\u{FE0E}") { return columns(of: first) }  // text presentation asked for
        if first.properties.isEmojiPresentation { return 2 }
        if first.properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }  // emoji presentation asked for
        return scalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns of a scalar on its own.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if hangulMedialAndFinalJamo.contains(scalar.value) { return 0 }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// Hangul vowel and final consonant jamo, which join the initial consonant's column.
    private static let hangulMedialAndFinalJamo: ClosedRange<UInt32> = 0x1160...0x11FF

    /// East Asian Wide (W) and Fullwidth (F) blocks, after Unicode's EastAsianWidth.txt.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic punctuation and space
        0x3041...0x33FF,  // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small forms
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x1F300...0x1F64F,  // pictographs and emoticons
        0x1F900...0x1F9FF,  // supplemental pictographs
        0x20000...0x2FFFD,  // CJK extensions B–F
        0x30000...0x3FFFD,  // CJK extension G and beyond
    ]
}
