import Testing

@testable import FactDeskKit

@Suite("MarkdownMask")
struct MarkdownMaskTests {
    private func masked(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        MarkdownMask.mask(&scalars)
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text with each `⟦…⟧` region replaced by spaces (line breaks kept), markers removed.
    private func expectedBlanking(_ marked: String) -> (input: String, output: String) {
        var input = ""
        var output = ""
        var inside = false
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": inside = true
            case "⟧": inside = false
            default:
                input.unicodeScalars.append(scalar)
                output.unicodeScalars.append(inside && scalar != "\n" && scalar != "\r" ? " " : scalar)
            }
        }
        return (input, output)
    }

    @Test(
        "non-prose is blanked, prose and line breaks stay",
        arguments: [
            "⟦---\ntitle: INTERPOL\ndate: 2025-11-24\n---⟧\nLe texte.",
            "⟦---\r\ndate: 2025-11-24\r\n...⟧\r\nLe texte.",
            "Avant\n⟦```swift\nlet x = 2025\n```⟧\nAprès",
            "Avant\n⟦~~~~\ncode ~~~\n~~~~⟧\nAprès",
            "Avant\n⟦```\njamais fermé\n24 novembre⟧",
            "Le code ⟦`let x = 24`⟧ et ⟦``a ` b``⟧ ici.",
            "Deux accents `` seuls et ⟦`un code`⟧.",
            "Pas de code ` à travers\n\nun paragraphe ` ici.",
            "Voir ⟦https://www.interpol.int/fr/News⟧.",
            "Voir ⟦http://example.com/a_(b)⟧, puis ⟦www.interpol.int⟧ et ⟦mailto:presse@interpol.int⟧ !",
            "(Voir ⟦https://example.com/x⟧.)",
            "Selon ⟦[⟧l’agence⟦](https://example.com/a(b)c \"titre\")⟧, 196 pays.",
            "Selon ⟦[⟧INTERPOL⟦][ref]⟧, oui.",
            "⟦![carte de 2025](carte.png)⟧ Légende.",
            "⟦[ref]: https://example.com/x \"Titre\"⟧\nTexte.",
            "[^1]: Une note en prose.",
            "Écrire à ⟦<https://example.com>⟧ ou ⟦<presse@example.com>⟧.",
            "Un ⟦<em>⟧mot⟦</em>⟧ et ⟦<br/>⟧ fin.",
            "Si a < b et 3 <4 alors.",
            "Avant ⟦<!-- note\n24 novembre -->⟧ après.",
            "Avant ⟦<!-- jamais fermé⟧",
            "Le site interpol.int et l’email x@y.fr restent.",
        ])
    func blanking(marked: String) {
        let (input, output) = expectedBlanking(marked)
        #expect(masked(input) == output)
    }

    @Test func maskingKeepsLengthAndLineBreaks() {
        let text = "---\r\na: b\r\n---\r\n```\r\ncode\r\n```\r\nTexte https://x.y/z.\n"
        let result = masked(text)
        #expect(result.unicodeScalars.count == text.unicodeScalars.count)
        #expect(result.unicodeScalars.filter(\.isLineBreak) == text.unicodeScalars.filter(\.isLineBreak))
    }

    @Test func pathologicalInputIsLinear() {
        let chunk = "](](`[<a ` http://( ![x]( <!-"
        let text = String(repeating: chunk, count: 20_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = masked(text) }
        #expect(elapsed < .seconds(5))
    }
}
