/// Maps scalar offsets to 1-based lines and columns. Lines end at LF, CR LF or a lone CR.
struct LineIndex: Sendable {
    /// The offset of the first scalar of each line.
    private let starts: [Int]
    /// The offset where each line's text ends (before its line break).
    private let ends: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\r":
                ends.append(index)
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                starts.append(index + 1)
            case "\n":
                ends.append(index)
                starts.append(index + 1)
            default:
                break
            }
            index += 1
        }
        ends.append(scalars.count)
        self.starts = starts
        self.ends = ends
    }

    /// The index of the line holding `offset` (0-based), by binary search.
    private func lineIndex(of offset: Int) -> Int {
        max(0, starts.partitionPoint { $0 > offset } - 1)
    }

    func location(of offset: Int) -> SourceLocation {
        let line = lineIndex(of: offset)
        return SourceLocation(line: line + 1, column: offset - starts[line] + 1)
    }

    func lineRange(containing offset: Int) -> Range<Int> {
        let line = lineIndex(of: offset)
        return starts[line]..<ends[line]
    }
}
