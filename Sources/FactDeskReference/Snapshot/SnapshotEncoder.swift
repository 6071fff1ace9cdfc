/// Appends values to a growing byte buffer in the snapshot's encoding: fixed-width integers
/// little-endian, strings and arrays prefixed with their length.
struct SnapshotEncoder {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func uint32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        uint64(UInt64(bitPattern: Int64(value)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            uint32(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        guard let value else { return byte(0) }
        byte(1)
        string(value)
    }

    /// A count followed by each element's encoding.
    mutating func list<Element>(_ elements: [Element], _ encode: (inout SnapshotEncoder, Element) -> Void) {
        uint32(UInt32(elements.count))
        for element in elements { encode(&self, element) }
    }

    /// A count followed by the values' raw little-endian bytes: decoded with one copy.
    mutating func uint32Array(_ values: [UInt32]) {
        uint64(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A count followed by the values' raw little-endian bytes.
    mutating func uint64Array(_ values: [UInt64]) {
        uint64(UInt64(values.count))
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// A count followed by the bytes.
    mutating func byteArray(_ values: [UInt8]) {
        uint64(UInt64(values.count))
        bytes.append(contentsOf: values)
    }

    /// A count, zero bytes up to the next multiple of 8, then the values' raw little-endian
    /// bytes: read in place from the mapped file (see ``SnapshotDecoder/table(of:)``), aligned
    /// as long as the encoding starts at a multiple of 8 in the file.
    mutating func table<Element: BitwiseCopyable>(_ values: some Collection<Element>) {
        uint64(UInt64(values.count))
        alignTo8()
        let flat = Array(values)
        flat.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Zero bytes up to the next multiple of 8.
    mutating func alignTo8() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}
