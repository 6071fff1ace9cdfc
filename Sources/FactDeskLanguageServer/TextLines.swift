/// A document's text as Unicode scalars with its line starts, converting between FactDesk's
/// scalar offsets and LSP positions. Lines end at LF, CR LF or a lone CR, as in LSP and FactDesk.
public struct TextLines: Sendable {
    /// The text's scalars.
    public private(set) var scalars: [Unicode.Scalar]
    /// The scalar offset where each line starts.
    private var lineStarts: [Int]

    /// Splits `text` into lines.
    public init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        lineStarts = Self.lineStarts(of: scalars)
    }

    /// The text.
    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The position of scalar offset `offset`, with `character` counted in `encoding`.
    public func position(of offset: Int, in encoding: PositionEncoding) -> Position {
        let offset = min(max(offset, 0), scalars.count)
        let line = lineIndex(of: offset)
        var character = 0
        for index in lineStarts[line]..<offset { character += encoding.width(of: scalars[index]) }
        return Position(line: line, character: character)
    }

    /// The range of scalar offsets `start..<end`.
    public func range(from start: Int, to end: Int, in encoding: PositionEncoding) -> Range {
        Range(start: position(of: start, in: encoding), end: position(of: end, in: encoding))
    }

    /// The scalar offset of a position; a character past the line's end (or inside a scalar) is
    /// clamped to the line's end (or the scalar's start), a line past the end to the text's end.
    public func offset(of position: Position, in encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return scalars.count }
        let lineEnd = position.line + 1 < lineStarts.count ? lineStarts[position.line + 1] : scalars.count
        var offset = lineStarts[position.line]
        var units = 0
        while offset < lineEnd, scalars[offset] != "\n", scalars[offset] != "\r" {
            let width = encoding.width(of: scalars[offset])
            if units + width > position.character { break }
            units += width
            offset += 1
        }
        return offset
    }

    /// Replaces the scalars of `range` (or the whole text when `nil`) with `text`.
    public mutating func replace(_ range: Range?, with text: String, in encoding: PositionEncoding) {
        let new = Array(text.unicodeScalars)
        if let range {
            let start = offset(of: range.start, in: encoding)
            let end = max(start, offset(of: range.end, in: encoding))
            scalars.replaceSubrange(start..<end, with: new)
        } else {
            scalars = new
        }
        lineStarts = Self.lineStarts(of: scalars)
    }

    /// The line holding scalar offset `offset`.
    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func lineStarts(of scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            if scalar == "\n" || scalar == "\r" { starts.append(index) }
        }
        return starts
    }
}
