import Foundation

/// Reads drafts from files or standard input, refusing what is not a text FactDesk can check.
struct DraftReader {
    /// The largest draft accepted, in bytes.
    static let maximumSize = 50 * 1024 * 1024

    /// Standard input's bytes, when a draft is read from `-`; read once by the caller.
    var standardInput: @Sendable () throws -> Data = { try DraftReader.readStandardInput() }

    /// Reads and validates one draft.
    /// - Throws: ``InputError`` naming the file and the reason.
    func read(_ path: String) throws(InputError) -> String {
        let data = try path == "-" ? readStdin() : readFile(path)
        guard !data.isEmpty else { throw InputError(path: path, reason: "empty file") }
        if let zero = data.firstIndex(of: 0) {
            throw InputError(path: path, reason: "binary data (NUL byte at offset \(zero)), not a text draft")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw InputError(
                path: path,
                reason: "not valid UTF-8 (first bad byte at offset \(DraftReader.firstInvalidUTF8Offset(data)))")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }

    private func readStdin() throws(InputError) -> Data {
        do {
            return try standardInput()
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: "-", reason: "cannot read standard input: \(error.localizedDescription)")
        }
    }

    private func readFile(_ path: String) throws(InputError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw InputError(path: path, reason: "is a directory, not a draft") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(path: path, reason: "permission denied")
        }
        // A link is followed to what it names: a device or a pipe would be read forever.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = try? FileManager.default.attributesOfItem(atPath: target)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw InputError(path: path, reason: "not a regular file (a device, pipe or socket is never read)")
        }
        let size = attributes?[.size] as? Int ?? 0
        guard size <= DraftReader.maximumSize else { throw InputError.tooLarge(path: path, size: size) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Reads all of standard input, refusing more than ``maximumSize`` bytes.
    static func readStandardInput() throws -> Data {
        let data = readStandardInputCapped()
        if data.count > maximumSize { throw InputError.tooLarge(path: "-", size: data.count) }
        return data
    }

    /// Reads standard input up to one byte past ``maximumSize``, enough to tell it is too large.
    static func readStandardInputCapped() -> Data {
        var data = Data()
        while data.count <= maximumSize,
            let chunk = try? FileHandle.standardInput.read(upToCount: min(1 << 20, maximumSize + 1 - data.count)),
            !chunk.isEmpty
        {
            data.append(chunk)
        }
        return data
    }

    /// The offset of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}

/// A draft that cannot be checked, with the file and the reason.
struct InputError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    static func tooLarge(path: String, size: Int) -> InputError {
        InputError(path: path, reason: "larger than the 50 MB limit (\(size / (1024 * 1024)) MB)")
    }

    var description: String { "\(path): \(reason)" }
}
