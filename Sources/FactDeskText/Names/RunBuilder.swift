import FactDeskKit

/// The run of name words being read: capitalised words, and the connectors (particles,
/// elisions, initials) waiting for the capitalised word that would keep them.
struct RunBuilder {
    /// Whether the sentence is written in capitals.
    let uncased: Bool
    /// Whether a title came right before: particles may then open a name ("Mme von der Leyen").
    var afterTitle = false
    private var first: Int?
    private var last: Int?
    private var pendingStart: Int?
    /// The capitalised words in the run.
    private(set) var count = 0

    init(uncased: Bool) {
        self.uncased = uncased
    }

    /// Whether no capitalised word has been read yet.
    var isEmpty: Bool { first == nil }

    /// Adds a capitalised word, with the connectors waiting before it.
    mutating func add(_ index: Int) {
        if first == nil { first = pendingStart ?? index }
        pendingStart = nil
        last = index
        count += 1
    }

    /// Adds a connector, kept only if a capitalised word follows it; `canOpen` lets it start a
    /// name when no capitalised word has been read.
    mutating func addConnector(_ index: Int, canOpen: Bool) {
        guard !isEmpty || canOpen || pendingStart != nil else { return }
        if pendingStart == nil { pendingStart = index }
    }

    /// Forgets everything read.
    mutating func reset() {
        first = nil
        last = nil
        pendingStart = nil
        count = 0
        afterTitle = false
    }

    /// The finished run, with the span of its name (an English possessive left out), and a
    /// fresh start.
    mutating func finish(_ tokens: [Token]) -> (tokens: Range<Int>, span: Span)? {
        defer { reset() }
        guard let first, let last else { return nil }
        let lastToken = tokens[last]
        let possessive = Possessive.length(of: lastToken.text)
        let end = possessive > 0 ? lastToken.span.end - possessive : lastToken.span.end
        return (first..<last + 1, Span(start: tokens[first].span.start, end: end))
    }
}

/// English possessives on names: "INTERPOL’s", "Morocco's".
enum Possessive {
    /// How many scalars of a word are a possessive ending ("’s"), or 0.
    static func length(of word: String) -> Int {
        let scalars = word.unicodeScalars
        guard scalars.count > 2, scalars.last == "s" || scalars.last == "S" else { return 0 }
        let apostrophe = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
        return apostrophe == "'" || apostrophe == "\u{2019}" || apostrophe == "\u{02BC}" ? 2 : 0
    }
}
