/// Each token's first offset, in token order, with a coarse index of where every block of
/// ``blockSize`` offsets starts among them: the search for the first token at or after an
/// offset reads a block's few tokens instead of halving the whole draft. Checkers ask that
/// dozens of times for each number of a draft.
struct TokenStarts: Sendable {
    /// How many offsets a block of the coarse index covers (a power of two).
    static let blockShift = 6
    static let blockSize = 1 << blockShift

    private let starts: [Int]
    /// For each block, the index of the first token that starts at or after the block's first
    /// offset; one more block than the text has, holding the token count.
    private let blocks: [Int32]

    init(_ tokens: [Token]) {
        let starts = tokens.map(\.span.start)
        self.starts = starts
        let blockCount = ((starts.last ?? 0) >> Self.blockShift) + 2
        var blocks: [Int32] = []
        blocks.reserveCapacity(blockCount)
        var token = 0
        for block in 0..<blockCount {
            let first = block << Self.blockShift
            while token < starts.count, starts[token] < first { token += 1 }
            blocks.append(Int32(token))
        }
        self.blocks = blocks
    }

    /// The index of the first token that starts at or after `offset` (the token count when none does).
    func firstIndex(atOrAfter offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        let block = offset >> Self.blockShift
        guard block + 1 < blocks.count else { return starts.count }
        // The answer lies between the first token of this block and that of the next.
        return starts.withUnsafeBufferPointer { starts in
            var low = Int(blocks[block])
            var high = Int(blocks[block + 1])
            while low < high {
                let middle = (low &+ high) &>> 1
                if starts[middle] >= offset { high = middle } else { low = middle &+ 1 }
            }
            return low
        }
    }
}
