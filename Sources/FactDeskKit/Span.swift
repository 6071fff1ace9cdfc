/// A half-open range of Unicode scalar (code point) offsets into a document's text as read.
///
/// Offsets count Unicode scalars, not bytes, UTF-16 units or grapheme clusters, so that any
/// tool (Python's `str`, JavaScript's `codePointAt` iteration, SARIF's `unicodeCodePoints`)
/// finds the same characters.
public struct Span: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The first scalar of the span.
    public var start: Int
    /// One past the last scalar of the span.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span end \(end) before start \(start)")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(start: Swift.min(start, other.start), end: Swift.max(end, other.end))
    }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

/// A 1-based line and column, the column counted in Unicode scalars.
public struct SourceLocation: Codable, Hashable, Sendable {
    /// The 1-based line number; lines end at LF, CR LF or a lone CR.
    public var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
