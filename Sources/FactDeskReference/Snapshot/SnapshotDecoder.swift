/// Reads values written by ``SnapshotEncoder`` from mapped bytes, checking every length against
/// what is left: a snapshot that is damaged despite its checksum throws, it never reads out of
/// bounds.
struct SnapshotDecoder {
    private let base: UnsafeRawBufferPointer
    private(set) var position: Int
    /// The mapped file `base` lies in, which tables read in place keep mapped.
    private let file: MappedFile?

    init(_ bytes: UnsafeRawBufferPointer, from position: Int = 0, in file: MappedFile? = nil) {
        self.base = bytes
        self.position = position
        self.file = file
    }

    /// Whether every byte was read.
    var isAtEnd: Bool { position == base.count }

    private mutating func take(_ count: Int) throws(SnapshotDamage) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= base.count - position else { throw SnapshotDamage("a value runs past the end") }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: base[position..<position + count])
    }

    mutating func byte() throws(SnapshotDamage) -> UInt8 {
        try take(1)[0]
    }

    mutating func uint32() throws(SnapshotDamage) -> UInt32 {
        UInt32(littleEndian: try take(4).loadUnaligned(as: UInt32.self))
    }

    mutating func uint64() throws(SnapshotDamage) -> UInt64 {
        UInt64(littleEndian: try take(8).loadUnaligned(as: UInt64.self))
    }

    mutating func int() throws(SnapshotDamage) -> Int {
        Int(Int64(bitPattern: try uint64()))
    }

    mutating func string() throws(SnapshotDamage) -> String {
        let utf8 = try take(Int(try uint32()))
        return String(decoding: utf8, as: UTF8.self)
    }

    mutating func optionalString() throws(SnapshotDamage) -> String? {
        try byte() == 0 ? nil : try string()
    }

    mutating func list<Element>(_ decode: (inout SnapshotDecoder) throws(SnapshotDamage) -> Element)
        throws(SnapshotDamage) -> [Element]
    {
        let count = Int(try uint32())
        guard count <= base.count - position else { throw SnapshotDamage("a list is longer than the snapshot") }
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try decode(&self)) }
        return elements
    }

    /// The bytes written by ``SnapshotEncoder/byteArray(_:)``, read in place by a decoder of
    /// their own.
    mutating func section() throws(SnapshotDamage) -> SnapshotDecoder {
        let count = try uint64()
        guard count <= UInt64(base.count - position) else { throw SnapshotDamage("a section runs past the end") }
        return SnapshotDecoder(try take(Int(count)), in: file)
    }

    /// A table written by ``SnapshotEncoder/table(_:)``, read in place from the mapped file
    /// (copied when the bytes are not in a file or not aligned for the values).
    mutating func table<Element: BitwiseCopyable>(of type: Element.Type) throws(SnapshotDamage) -> FlatTable<Element> {
        let count = try uint64()
        _ = try take((8 - position % 8) % 8)
        let size = MemoryLayout<Element>.stride
        guard count <= UInt64(base.count - position) / UInt64(size) else {
            throw SnapshotDamage("a table is longer than the snapshot")
        }
        let raw = try take(Int(count) * size)
        guard let file, let start = raw.baseAddress, Int(bitPattern: start) % MemoryLayout<Element>.alignment == 0
        else {
            return FlatTable(
                [Element](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
                    initialized = Int(count)
                })
        }
        let values = UnsafeBufferPointer(start: start.bindMemory(to: Element.self, capacity: Int(count)), count: Int(count))
        return FlatTable(mapped: values, in: file)
    }

    mutating func uint32Array() throws(SnapshotDamage) -> [UInt32] {
        try rawArray(of: UInt32.self)
    }

    mutating func uint64Array() throws(SnapshotDamage) -> [UInt64] {
        try rawArray(of: UInt64.self)
    }

    mutating func byteArray() throws(SnapshotDamage) -> [UInt8] {
        try rawArray(of: UInt8.self)
    }

    /// An array written as a count and raw bytes, copied in one go (the snapshot is written on a
    /// little-endian machine and read only where its header's byte order matches).
    private mutating func rawArray<Value: FixedWidthInteger>(of type: Value.Type) throws(SnapshotDamage) -> [Value] {
        let count = try uint64()
        guard count <= UInt64(base.count) / UInt64(MemoryLayout<Value>.size) else {
            throw SnapshotDamage("an array is longer than the snapshot")
        }
        let raw = try take(Int(count) * MemoryLayout<Value>.size)
        return [Value](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            initialized = Int(count)
        }
    }
}

/// Why a snapshot could not be used although its checksum matched (or before it was checked).
struct SnapshotDamage: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
