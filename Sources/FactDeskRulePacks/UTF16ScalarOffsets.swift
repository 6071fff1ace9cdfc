import Foundation

/// Maps the UTF-16 ranges `NSRegularExpression` reports to Unicode scalar offsets.
struct UTF16ScalarOffsets {
    /// For each UTF-16 offset that starts a scalar (and the end), the scalar offset.
    private let scalarAt: [Int: Int]

    init(_ text: String) {
        var map: [Int: Int] = [:]
        var utf16 = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            map[utf16] = index
            utf16 += scalar.utf16.count
        }
        map[utf16] = text.unicodeScalars.count
        scalarAt = map
    }

    /// The scalar range of a UTF-16 range, or `nil` when it splits a scalar.
    func scalarRange(_ range: NSRange) -> Range<Int>? {
        guard let start = scalarAt[range.location], let end = scalarAt[range.location + range.length] else {
            return nil
        }
        return start..<end
    }
}
