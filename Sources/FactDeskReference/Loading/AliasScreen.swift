/// Finds YAML anchors (`&name`) and aliases (`*name`) before the text is parsed.
///
/// Reference data has no use for them, and aliases are how a few hundred bytes expand into
/// billions of nodes ("billion laughs"): an alias used as a mapping key is hashed in full while
/// the YAML is composed, so they must be refused before composing, not after. This is a small
/// lexer that knows where a YAML node can start and skips quoted scalars, comments and block
/// scalars. A continuation line of a multi-line plain scalar that starts with `*` or `&` is
/// reported too: quoting such a value is the fix.
public struct AliasScreen {
    /// Where an anchor or alias starts: 1-based line and column (in scalars).
    public struct Hit: Equatable {
        /// The 1-based line.
        public let line: Int
        /// The 1-based column, in scalars.
        public let column: Int
        /// Whether it is an anchor (`&`) rather than an alias (`*`).
        public let isAnchor: Bool
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private var lineIndent = 0
    private var flowDepth = 0
    private var atNodeStart = true
    private var hits: [Hit] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Every anchor and alias in a YAML text.
    public static func hits(in text: String) -> [Hit] {
        guard text.utf8.contains(where: { $0 == ascii("&") || $0 == ascii("*") }) else { return [] }
        var screen = AliasScreen(text)
        screen.scan()
        return screen.hits
    }

    private mutating func scan() {
        startLine()
        while let byte = peek() {
            switch byte {
            case ascii("\n"):
                nextLine()
                startLine()
            case ascii(" "), ascii("\t"), ascii("\r"):
                advance()
            case ascii("#") where isAfterSpace:
                skipToEndOfLine()
            default:
                if atNodeStart { nodeStart(byte) } else { insideScalar(byte) }
            }
        }
    }

    /// At the start of a line: measures the indentation; a new line may start a node.
    private mutating func startLine() {
        lineIndent = 0
        while peek() == ascii(" ") {
            advance()
            lineIndent += 1
        }
        if flowDepth == 0 { atNodeStart = true }
        if column == 1 + lineIndent, peek() == ascii("%") { skipToEndOfLine() }
    }

    private mutating func nodeStart(_ byte: UInt8) {
        let followedBySpace = isSpaceOrEnd(at: index + 1)
        if byte == ascii("&") || byte == ascii("*") {
            hits.append(Hit(line: line, column: column, isAnchor: byte == ascii("&")))
            skipToken()
            atNodeStart = byte == ascii("&")
        } else if byte == ascii("!") {
            skipToken()
        } else if (byte == ascii("-") || byte == ascii("?") || byte == ascii(":")) && followedBySpace {
            advance()
        } else if byte == ascii("-") && startsDocumentMarker {
            advance(3)
        } else if byte == ascii("[") || byte == ascii("{") {
            flowDepth += 1
            advance()
        } else if byte == ascii("'") || byte == ascii("\"") {
            skipQuoted(byte)
            atNodeStart = false
        } else if byte == ascii("|") || byte == ascii(">") {
            skipBlockScalar()
        } else {
            atNodeStart = false
            insideScalar(byte)
        }
    }

    /// Inside a plain scalar or after a node: only the indicators that end it matter.
    private mutating func insideScalar(_ byte: UInt8) {
        if byte == ascii(":") && (flowDepth > 0 || isSpaceOrEnd(at: index + 1)) {
            atNodeStart = true
        } else if flowDepth > 0 {
            if byte == ascii("[") || byte == ascii("{") {
                flowDepth += 1
                atNodeStart = true
            } else if byte == ascii(",") {
                atNodeStart = true
            } else if byte == ascii("]") || byte == ascii("}") {
                flowDepth -= 1
            }
        }
        advance()
    }

    private mutating func skipQuoted(_ quote: UInt8) {
        advance()
        while let byte = peek() {
            if byte == ascii("\\"), quote == ascii("\"") {
                advance()
                if peek() == ascii("\n") { nextLine() } else { advance() }
            } else if byte == quote {
                advance()
                guard quote == ascii("'"), peek() == quote else { return }
                advance()
            } else if byte == ascii("\n") {
                nextLine()
            } else {
                advance()
            }
        }
    }

    /// Skips a `|` or `>` scalar: its header line, then every line indented more than the line
    /// that holds the header, and blank lines.
    private mutating func skipBlockScalar() {
        let parentIndent = lineIndent
        skipToEndOfLine()
        while peek() == ascii("\n") {
            var ahead = index + 1
            var indent = 0
            while ahead < bytes.count, bytes[ahead] == ascii(" ") {
                ahead += 1
                indent += 1
            }
            let isBlank = ahead == bytes.count || bytes[ahead] == ascii("\n") || bytes[ahead] == ascii("\r")
            guard isBlank || indent > parentIndent else { return }
            nextLine()
            skipToEndOfLine()
        }
    }

    private mutating func skipToken() {
        while let byte = peek(), !isSpaceOrEnd(at: index), !(flowDepth > 0 && isFlowIndicator(byte)) {
            advance()
        }
    }

    private mutating func skipToEndOfLine() {
        while let byte = peek(), byte != ascii("\n") { advance() }
    }

    /// Moves past a line break.
    private mutating func nextLine() {
        index += 1
        line += 1
        column = 1
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            // Columns count scalars: UTF-8 continuation bytes do not start one.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
    }

    private func isSpaceOrEnd(at position: Int) -> Bool {
        position >= bytes.count
            || [ascii(" "), ascii("\t"), ascii("\n"), ascii("\r")]
                .contains(bytes[position])
    }

    private var isAfterSpace: Bool { index == 0 || isSpaceOrEnd(at: index - 1) }

    private var startsDocumentMarker: Bool {
        column == 1 && index + 2 < bytes.count && bytes[index + 1] == ascii("-")
            && bytes[index + 2] == ascii("-") && isSpaceOrEnd(at: index + 3)
    }

    private func isFlowIndicator(_ byte: UInt8) -> Bool {
        [ascii(","), ascii("["), ascii("]"), ascii("{"), ascii("}"), ascii(":")]
            .contains(byte)
    }
}

/// The byte of an ASCII character.
private func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }
