import FactDeskReference
import Foundation
import Testing

/// SHA-256 against known digests (computed with Python's hashlib), whether the bytes come
/// contiguous, one at a time, or split at any boundary.
@Suite("SHA256")
struct SHA256Tests {
    static let pattern = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }

    private func digest(_ parts: [some Sequence<UInt8>]) -> String {
        var hash = SHA256()
        for part in parts { hash.update(part) }
        return hash.hexDigest()
    }

    @Test func knownDigests() {
        #expect(digest([Data()]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(digest([Data("abc".utf8)]) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(digest([Self.pattern]) == "aaa1137a572394ab285096ae86aa5e48fac554adfe277fe868729e38f469329d")
    }

    @Test(arguments: [1, 63, 64, 65, 4097])
    func splitInputGivesTheSameDigest(cut: Int) {
        let pieces = stride(from: 0, to: Self.pattern.count, by: cut).map {
            Array(Self.pattern[$0..<min($0 + cut, Self.pattern.count)])
        }
        #expect(digest(pieces) == "aaa1137a572394ab285096ae86aa5e48fac554adfe277fe868729e38f469329d")
        // A sequence without contiguous storage takes the byte-at-a-time path.
        #expect(
            digest([Self.pattern.lazy.map { $0 }]) == "aaa1137a572394ab285096ae86aa5e48fac554adfe277fe868729e38f469329d"
        )
    }
}
