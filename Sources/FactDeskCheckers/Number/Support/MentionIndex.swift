import FactDeskKit

/// Mentions in text order, found by offset with a binary search.
struct MentionIndex {
    let mentions: [Mention]
    /// Each mention's start, aligned with ``mentions``: the binary searches read these offsets
    /// instead of copying mentions.
    private let starts: [Int]

    /// Keeps the mentions of some kinds, in the order given (text order).
    init(_ mentions: [Mention], kinds: Set<Mention.Kind>) {
        // A kind hashes as its name: test each mention's kind, read in place, against a list of
        // a few kinds instead, and copy only the mentions kept.
        let wanted = Array(kinds)
        self.mentions = mentions.indices.filter { index in wanted.contains { $0 == mentions[index].kind } }
            .map { mentions[$0] }
        self.starts = self.mentions.map(\.span.start)
    }

    /// The index of the first mention starting at or after `offset`.
    private func firstIndex(from offset: Int) -> Int {
        starts.partitionPoint { $0 >= offset }
    }

    /// The mention that starts exactly at `offset`.
    func mention(startingAt offset: Int) -> Mention? {
        let index = firstIndex(from: offset)
        return index < starts.count && starts[index] == offset ? mentions[index] : nil
    }

    /// The mentions that start inside `span`.
    func mentions(in span: Span) -> ArraySlice<Mention> {
        let first = firstIndex(from: span.start)
        return mentions[first..<max(first, firstIndex(from: span.end))]
    }

    /// Whether some mention covers `offset`.
    func covers(_ offset: Int) -> Bool {
        let index = firstIndex(from: offset + 1)
        return index > 0 && mentions[index - 1].span.end > offset
    }
}
