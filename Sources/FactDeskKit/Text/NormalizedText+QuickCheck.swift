import Foundation

extension NormalizedText {
    /// Whether a text is NFC already, by a quick scan that avoids normalising the whole text.
    ///
    /// A text is NFC when none of its scalars can change under normalisation or combine with
    /// the scalar before it. ASCII never does. Other scalars pass when they are starters
    /// (combining class 0), outside the scripts whose starters may combine with the previous
    /// scalar (Hangul jamo, Indic vowel signs), and unchanged when normalised alone (which
    /// rules out singletons and composition exclusions); each distinct scalar is checked once.
    /// `false` means "maybe not": the caller then normalises for real.
    static func isCertainlyNFC(_ scalars: [Unicode.Scalar]) -> Bool {
        var stable: Set<UInt32> = []
        for scalar in scalars where !scalar.isASCII && !stable.contains(scalar.value) {
            guard scalar.properties.canonicalCombiningClass == .notReordered,
                !mayCombineWithPrevious(scalar),
                String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(
                    CollectionOfOne(scalar))
            else { return false }
            stable.insert(scalar.value)
        }
        return true
    }

    /// Starters that NFC may compose with the scalar before them (`NFC_Quick_Check=Maybe`
    /// with combining class 0), by block.
    private static func mayCombineWithPrevious(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0900...0x0DFF, 0x102E, 0x1161...0x11C2, 0x1B35, 0x11000...0x11FFF: true
        default: false
        }
    }
}
