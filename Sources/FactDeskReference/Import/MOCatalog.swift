import Foundation

/// The translations of a GNU gettext `.mo` file (the compiled catalogues Debian installs under
/// `/usr/share/locale`), read directly from the binary format.
///
/// The format: a magic number that also gives the byte order, a revision, the number of
/// strings N, then the offsets of two tables of N (length, offset) pairs — original strings and
/// their translations — each string NUL-terminated UTF-8. Entries with a context
/// (`context\u{4}id`) are kept under their full key; plural entries under their singular form.
public struct MOCatalog: Sendable {
    /// The translation of each original string.
    public let translations: [String: String]

    /// A malformed catalogue.
    public struct FormatError: Error, CustomStringConvertible, Equatable {
        /// What is wrong.
        public var description: String
    }

    /// Reads a catalogue.
    ///
    /// - Throws: ``FormatError`` for a wrong magic number, a table or string out of bounds, or
    ///   a string that is not UTF-8.
    public init(data: Data) throws(FormatError) {
        let bytes = [UInt8](data)
        func word(_ offset: Int, littleEndian: Bool) throws(FormatError) -> Int {
            guard offset >= 0, offset + 4 <= bytes.count else {
                throw FormatError(description: "offset \(offset) is past the end of the file (\(bytes.count) bytes)")
            }
            let value = bytes[offset..<offset + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            return Int(littleEndian ? value : value.byteSwapped)
        }
        guard bytes.count >= 28 else { throw FormatError(description: "file is too short for a .mo header") }
        let magic = try word(0, littleEndian: true)
        let littleEndian: Bool
        switch magic {
        case 0x9504_12de: littleEndian = true
        case 0xde12_0495: littleEndian = false
        default: throw FormatError(description: String(format: "not a .mo file (magic number 0x%08x)", magic))
        }
        let count = try word(8, littleEndian: littleEndian)
        let originals = try word(12, littleEndian: littleEndian)
        let translated = try word(16, littleEndian: littleEndian)
        func string(table: Int, index: Int) throws(FormatError) -> String {
            let length = try word(table + 8 * index, littleEndian: littleEndian)
            let offset = try word(table + 8 * index + 4, littleEndian: littleEndian)
            guard offset + length <= bytes.count else {
                throw FormatError(description: "string \(index) runs past the end of the file")
            }
            guard let text = String(validating: bytes[offset..<offset + length], as: UTF8.self) else {
                throw FormatError(description: "string \(index) is not UTF-8")
            }
            return text
        }
        guard count <= bytes.count / 16 else {
            throw FormatError(description: "string count \(count) is impossible for the file size")
        }
        var translations: [String: String] = [:]
        for index in 0..<count {
            let original = try string(table: originals, index: index)
            guard !original.isEmpty else { continue }  // the header
            let singular = original.split(separator: "\0", omittingEmptySubsequences: false)[0]
            let translation = try string(table: translated, index: index)
            translations[String(singular)] = String(
                translation.split(separator: "\0", omittingEmptySubsequences: false)[0])
        }
        self.translations = translations
    }

    /// The translation of a string, if the catalogue has one.
    public subscript(original: String) -> String? { translations[original] }
}
