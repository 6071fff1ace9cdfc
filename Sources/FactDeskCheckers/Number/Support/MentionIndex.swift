import FactDeskKit

/// Mentions in text order, found by offset with a binary search.
struct MentionIndex {
    let mentions: [Mention]

    /// Keeps the mentions of some kinds, in the order given (text order).
    init(_ mentions: [Mention], kinds: Set<Mention.Kind>) {
        self.mentions = mentions.filter { kinds.contains($0.kind) }
    }

    /// The index of the first mention starting at or after `offset`.
    private func firstIndex(from offset: Int) -> Int {
        mentions.partitionPoint { $0.span.start >= offset }
    }

    /// The mention that starts exactly at `offset`.
    func mention(startingAt offset: Int) -> Mention? {
        let index = firstIndex(from: offset)
        return index < mentions.count && mentions[index].span.start == offset ? mentions[index] : nil
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
