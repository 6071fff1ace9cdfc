/// A fast 64-bit checksum of a snapshot's bytes (four multiply-rotate lanes over 8-byte words, as
/// in xxHash64): it catches a truncated, torn or altered file at several GB/s. It is not a
/// cryptographic hash: the cache folder is the user's own.
enum SnapshotChecksum {
    private static let primes: (UInt64, UInt64, UInt64) = (0x9E37_79B1_85EB_CA87, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9)

    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (primes.0 &+ primes.1, primes.1, 0, 0 &- primes.0)
        let stripes = bytes.count / 32
        for stripe in 0..<stripes {
            let offset = stripe * 32
            lanes.0 = round(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1 = round(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2 = round(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3 = round(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
        }
        var hash =
            rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
            &+ UInt64(bytes.count)
        for index in (stripes * 32)..<bytes.count {
            hash = rotate(hash ^ (UInt64(bytes[index]) &* primes.2), 11) &* primes.0
        }
        hash ^= hash >> 33
        hash &*= primes.1
        hash ^= hash >> 29
        hash &*= primes.2
        return hash ^ (hash >> 32)
    }

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        rotate(lane &+ word &* primes.1, 31) &* primes.0
    }

    private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }
}
