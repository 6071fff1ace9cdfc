import Foundation

/// Decodes UTF-8 strictly, saying where the first invalid byte is.
enum UTF8Validation {
    /// The first byte that is not valid UTF-8, and its line and column (in scalars, from 1).
    struct InvalidByte: Error, Equatable {
        let byte: UInt8
        let line: Int
        let column: Int
    }

    /// The text of `data` without a leading byte order mark, or where it stops being UTF-8.
    static func decode(_ data: Data) -> Result<String, InvalidByte> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalidByte(in: bytes))
    }

    private static func firstInvalidByte(in bytes: Data.SubSequence) -> InvalidByte {
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return InvalidByte(byte: 0, line: line, column: column)
            case .error:
                return InvalidByte(byte: bytes[consumed], line: line, column: column)
            }
        }
    }
}
