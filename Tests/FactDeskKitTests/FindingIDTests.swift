import Foundation
import Testing

@testable import FactDeskKit

@Suite("Finding ids")
struct FindingIDTests {
    @Test(arguments: [
        "Ahmed Naser Al-Raisi", "l’Assemblée générale", "du 24 au 27\u{202F}novembre", "« 94e session »",
        "São Paulo", "Œuvre ÉTÉ", "Straße", "İstanbul", "Ångström", "x\u{2000}y",
    ])
    func theSameWordsInNFCAndNFDGiveOneID(words: String) {
        let composed = words.precomposedStringWithCanonicalMapping
        let decomposed = words.decomposedStringWithCanonicalMapping
        #expect(FindingID.make(checker: "c", rule: "r", quoted: composed)
            == FindingID.make(checker: "c", rule: "r", quoted: decomposed))
        #expect(FindingID.normalize(words) == FindingID.normalize(composed))
    }

    @Test func theComposedShortcutTakesOnlyTextThatNormalisingLeavesAlone() {
        #expect(FindingID.isComposed("l’Assemblée générale — « 93e »"))
        #expect(!FindingID.isComposed("e\u{301}te"), "a combining mark needs composing")
        #expect(!FindingID.isComposed("x\u{2000}y"), "U+2000 has a canonical mapping to U+2002")
        #expect(!FindingID.isComposed("\u{212B}"), "the Ångström sign maps to Å")
    }

    @Test func caseSpacesApostrophesAndDashesDoNotChangeTheID() {
        #expect(FindingID.normalize("L’ASSEMBLÉE  générale\n") == FindingID.normalize("l'assemblée générale"))
        #expect(FindingID.normalize("Al–Raisi") == FindingID.normalize("al-raisi"))
        #expect(FindingID.make(checker: "c", rule: "r", quoted: "x", occurrence: 2)
            != FindingID.make(checker: "c", rule: "r", quoted: "x"))
    }
}
