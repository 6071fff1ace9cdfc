import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The snapshot file: a fixed preamble, the header saying what the snapshot was built from, and
/// the payload (content hash, model, name indexes, role titles), each of the last two with its
/// own checksum. The payload's tables are aligned and read in place from the mapped file: a run
/// decodes no entity and builds no index until a lookup asks for one.
///
/// ```
/// magic "FDREFSNP" | byte order 0x01020304 | format (UInt32)
/// header length | payload length | header checksum | payload checksum (UInt64 each)
/// header | payload
/// ```
enum SnapshotFile {
    /// Changes whenever the encoding changes: a snapshot of another format is rebuilt.
    static let format: UInt32 = 3
    private static let magic = Array("FDREFSNP".utf8)
    private static let byteOrder: UInt32 = 0x0102_0304
    private static let preambleLength = 8 + 4 + 4 + 8 * 4

    /// What reading a snapshot gave.
    enum Opened {
        /// The data, ready to check with.
        case usable(ReferenceData)
        /// No snapshot there.
        case absent
        /// A sound snapshot of other sources, another version or format: to rebuild, silently.
        case outdated
        /// A snapshot that cannot be trusted, and why.
        case damaged(String)
    }

    /// The file's bytes for data built from the sources `header` describes.
    static func encode(_ data: ReferenceData, header: SnapshotHeader) -> [UInt8] {
        var headerBytes = SnapshotEncoder()
        header.encode(into: &headerBytes)
        // The payload starts at a multiple of 8 in the file, so that its tables are aligned.
        headerBytes.alignTo8()
        var payload = SnapshotEncoder()
        payload.string(data.contentHash)
        ModelEncoding.encode(
            entities: data.entities, series: data.series, properties: data.declaredProperties, into: &payload)
        data.nameIndex.encode(into: &payload)
        data.standaloneNameIndex.encode(into: &payload)
        payload.list(data.roleTitles) { $0.string($1) }
        var preamble = SnapshotEncoder()
        magic.forEach { preamble.byte($0) }
        preamble.uint32(byteOrder)
        preamble.uint32(format)
        preamble.uint64(UInt64(headerBytes.bytes.count))
        preamble.uint64(UInt64(payload.bytes.count))
        preamble.uint64(headerBytes.bytes.withUnsafeBytes(SnapshotChecksum.of))
        preamble.uint64(payload.bytes.withUnsafeBytes(SnapshotChecksum.of))
        return preamble.bytes + headerBytes.bytes + payload.bytes
    }

    /// Maps the snapshot at `path` and reads it when it was built from what `expected` describes
    /// and its sources are unchanged (a source whose stamp differs is hashed and compared).
    static func open(_ path: String, expected: SnapshotHeader) -> Opened {
        guard let mapped = MappedFile(path: path) else {
            return FileManager.default.fileExists(atPath: path) ? .damaged("empty or unreadable") : .absent
        }
        do {
            return try read(mapped, expected: expected)
        } catch {
            return .damaged(error.description)
        }
    }

    private static func read(_ file: MappedFile, expected: SnapshotHeader) throws(SnapshotDamage) -> Opened {
        let bytes = file.bytes
        guard bytes.count >= preambleLength else { throw SnapshotDamage("truncated") }
        var preamble = SnapshotDecoder(bytes)
        for byte in magic {
            guard try preamble.byte() == byte else { throw SnapshotDamage("not a reference snapshot") }
        }
        guard try preamble.uint32() == byteOrder.littleEndian, try preamble.uint32() == format else { return .outdated }
        let headerLength = try preamble.uint64()
        let payloadLength = try preamble.uint64()
        let headerChecksum = try preamble.uint64()
        let payloadChecksum = try preamble.uint64()
        guard UInt64(bytes.count - preambleLength) == headerLength &+ payloadLength,
            headerLength <= UInt64(bytes.count)
        else { throw SnapshotDamage("truncated or extended: its length does not match its preamble") }
        let headerEnd = preambleLength + Int(headerLength)
        let headerBytes = UnsafeRawBufferPointer(rebasing: bytes[preambleLength..<headerEnd])
        let payloadBytes = UnsafeRawBufferPointer(rebasing: bytes[headerEnd...])
        guard SnapshotChecksum.of(headerBytes) == headerChecksum else { throw SnapshotDamage("header checksum mismatch") }
        var headerInput = SnapshotDecoder(headerBytes)
        let header = try SnapshotHeader(snapshot: &headerInput)
        guard header.describesSameInput(as: expected), sourcesUnchanged(header.sources, now: expected.sources, limits: expected.limits) else {
            return .outdated
        }
        guard SnapshotChecksum.of(payloadBytes) == payloadChecksum else {
            throw SnapshotDamage("payload checksum mismatch")
        }
        var input = SnapshotDecoder(payloadBytes, in: file)
        let contentHash = try input.string()
        let model = try ModelDecoding.decode(&input)
        let index = try NameIndex(snapshot: &input)
        let standaloneIndex = try NameIndex(snapshot: &input)
        let roleTitles = try input.list { (input) throws(SnapshotDamage) in try input.string() }
        guard input.isAtEnd else { throw SnapshotDamage("the payload has trailing bytes") }
        return .usable(
            ReferenceData(
                snapshot: model.entities, series: model.series, properties: model.properties,
                contentHash: contentHash,
                names: NameTables(index: index, standaloneIndex: standaloneIndex, roleTitles: roleTitles)))
    }

    /// Whether every recorded source is the file there now: same path, and same size, time and
    /// identity, or else the same text.
    private static func sourcesUnchanged(
        _ recorded: [SourceStamp], now current: [SourceStamp], limits: ReferenceLimits
    ) -> Bool {
        guard recorded.map(\.path) == current.map(\.path) else { return false }
        return zip(recorded, current).allSatisfy { recorded, current in
            if recorded.matchesWithoutReading(current) { return true }
            var diagnostics: [ReferenceDiagnostic] = []
            let read = ReferenceFile.readAll([current.path], limits: limits, diagnostics: &diagnostics)
            return read.count == 1 && SourceStamp.contentHash(of: read[0].text) == recorded.contentHash
        }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder renamed over it, so
    /// that a reader sees the old snapshot or the new one, never part of one, and two writers
    /// of the same snapshot do not mix their bytes.
    /// - Throws: ``SnapshotWriteFailure`` naming the step and the system's reason; the temporary
    ///   file is removed.
    static func write(_ bytes: [UInt8], to path: String) throws(SnapshotWriteFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw SnapshotWriteFailure(reason: "cannot create \(folder)")
        }
        let temporary = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SnapshotWriteFailure(reason: systemReason()) }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return systemReason() }
                written += count
            }
            return nil
        }
        let closed = close(descriptor) == 0
        if let failure = failure ?? (closed ? nil : systemReason()) {
            unlink(temporary)
            throw SnapshotWriteFailure(reason: failure)
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemReason()
            unlink(temporary)
            throw SnapshotWriteFailure(reason: reason)
        }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

/// A snapshot that could not be written, and the system's reason.
struct SnapshotWriteFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
