import FactDeskKit
import Testing

@testable import FactDeskCheckers

/// Which words ``Quotations`` counts as someone's quoted words.
@Suite struct QuotationsTests {
    /// The words of `text` inside quotations, in order.
    private func quotedWords(_ text: String) -> [String] {
        let document = Document(path: "-", text: text, language: .en)
        let quotations = Quotations(document: document)
        return document.tokens.indices.filter { quotations.contains(token: $0) }.map { document.tokens[$0].text }
    }

    @Test(arguments: [
        ("“We vote today. We win tomorrow,” she said on Monday.", ["We", "vote", "today", ".", "We", "win", "tomorrow", ","]),
        ("« Il a dit “jamais” puis il a signé », raconte-t-elle.", ["Il", "a", "dit", "jamais", "puis", "il", "a", "signé"]),
        ("He called it \"a fair deal\" on Monday.", ["a", "fair", "deal"]),
        ("« Nous viendrons lundi.\n\nElle est partie mardi.", ["Nous", "viendrons", "lundi", "."]),
        ("The summit opened on Monday.", []),
    ])
    func marksTheQuotedWords(text: String, expected: [String]) {
        #expect(quotedWords(text) == expected)
    }
}
