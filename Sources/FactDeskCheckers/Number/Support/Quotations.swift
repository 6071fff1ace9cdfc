import FactDeskKit

/// The stretches of a document between quotation marks: the words of the people or documents
/// quoted (« “The probe will fly past Titan 39 times,” she said »). A figure there is still
/// checked — a wrong one is as wrong in a quote — but as the speaker's words, which the editor
/// checks against the recording or the text quoted rather than corrects.
struct Quotations {
    /// Whether each token stands between quotation marks; a quote left open ends with its paragraph.
    private let quoted: [Bool]

    init(document: Document) {
        let tokens = document.tokens
        var quoted = [Bool](repeating: false, count: tokens.count)
        var isOpen = false
        var paragraph = -1
        for (index, token) in tokens.enumerated() {
            if token.followsLineBreak {
                let current = document.paragraphIndex(of: token.span.start)
                if current != paragraph { isOpen = false }
                paragraph = current
            }
            // A quotation mark is neither a word nor a number: those need no look-up.
            if token.kind != .word, token.kind != .number {
                if ClaimWords.openingQuotes.contains(token.text) {
                    isOpen = true
                } else if ClaimWords.closingQuotes.contains(token.text) {
                    isOpen = false
                } else if token.text == "\"" {
                    isOpen.toggle()
                }
            }
            quoted[index] = isOpen
        }
        self.quoted = quoted
    }

    /// Whether the token at `index` stands inside a quotation.
    func contains(token index: Int) -> Bool {
        index < quoted.count && quoted[index]
    }
}
