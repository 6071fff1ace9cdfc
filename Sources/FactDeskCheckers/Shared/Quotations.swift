import FactDeskKit

/// The stretches of a document between quotation marks: the words of the people or documents
/// quoted (« “The probe will fly past Titan 39 times,” she said »). The number checker still
/// checks a figure there, as the speaker's words; the date checker reads no tense and no bare
/// weekday there, since someone's words may be of another day.
///
/// A quote may run over several sentences (“We will vote. We will win,” he said) and nest
/// (« … “…” … »); one left open ends with its paragraph, as in French dialogue where each new
/// paragraph opens its own «.
struct Quotations {
    /// Quotation marks that open and close a quote; a straight `"` opens and closes in turn.
    static let openingMarks: Set<String> = ["«", "“", "„"]
    static let closingMarks: Set<String> = ["»", "”"]

    /// Whether each token stands inside a quotation. The marks themselves are not inside it.
    private let quoted: [Bool]

    init(document: Document) {
        let tokens = document.tokens
        var quoted = [Bool](repeating: false, count: tokens.count)
        var depth = 0
        var straightOpen = false
        var paragraph = 0
        for index in tokens.indices {
            if tokens[index].followsLineBreak {
                let current = document.paragraphIndex(of: tokens[index].span.start)
                if current != paragraph {
                    depth = 0
                    straightOpen = false
                }
                paragraph = current
            }
            // A quotation mark is neither a word nor a number, and starts with `"` or a byte that
            // opens « » or “ ” „: other tokens need no look-up.
            guard tokens[index].kind != .word, tokens[index].kind != .number,
                let first = tokens[index].text.utf8.first, first == 0x22 || first == 0xC2 || first == 0xE2
            else {
                quoted[index] = depth > 0 || straightOpen
                continue
            }
            let token = tokens[index]
            if Self.openingMarks.contains(token.text) {
                depth += 1
            } else if Self.closingMarks.contains(token.text) {
                depth = max(0, depth - 1)
            } else if token.text == "\"" {
                straightOpen.toggle()
            } else {
                quoted[index] = depth > 0 || straightOpen
            }
        }
        self.quoted = quoted
    }

    /// Whether the token at `index` stands inside a quotation.
    func contains(token index: Int) -> Bool {
        index >= 0 && index < quoted.count && quoted[index]
    }
}
