import Testing

@testable import FactDeskKit

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    private func sentences(_ text: String, _ language: Language) -> [String] {
        let document = Document(path: "-", text: text, language: language)
        return document.sentences.map { document.text(in: $0.span) }
    }

    @Test(
        "French abbreviations, initials and numbers do not end a sentence",
        arguments: [
            "M. Al-Raisi a parlé.",
            "MM. Dupont et Durand sont venus.",
            "Mme. Martin est arrivée.",
            "Le Dr. Martin et le Pr. Leroy ont signé.",
            "Des pays, p. ex. le Maroc, ont signé.",
            "La ville fut fondée en 52 av. J.-C. par les Romains.",
            "Il cite le rapport n° 5 et SM le Roi.",
            "Des polices, des douanes, etc. ont participé.",
            "Le Secrétaire général, Valdecy J. Urquiza, a salué l’accord.",
            "La 93e session s’ouvre le 1er décembre à 10 h.",
            "Le taux est passé à 1.5 point.",
            "Rendez-vous le 24 nov. 2025 à Marrakech.",
            "« Quoi ? » dit-il.",
            "Il a dit : « C’est fini ! », puis il est parti.",
        ])
    func frenchSingleSentence(text: String) {
        #expect(sentences(text, .fr) == [text])
    }

    @Test(
        "English abbreviations, initials and numbers do not end a sentence",
        arguments: [
            "Mr. Smith met Mrs. Jones.",
            "Dr. Watson lives on Baker St. in London.",
            "The U.S. and the U.K. signed it.",
            "Some states, e.g. Morocco, i.e. the host, signed.",
            "It opened on Nov. 24 in Marrakech.",
            "J. K. Rowling wrote it.",
            "See resolution No. 5 of the assembly.",
            "The rate rose to 1.5 percent.",
            "\"Really?\" he asked.",
        ])
    func englishSingleSentence(text: String) {
        #expect(sentences(text, .en) == [text])
    }

    @Test(
        "sentences end at end marks followed by a capital",
        arguments: [
            (
                "La session s’ouvre lundi. Elle dure quatre jours.", Language.fr,
                ["La session s’ouvre lundi.", "Elle dure quatre jours."]
            ),
            (
                "Il a parlé de l’innovation… Puis il est parti !", .fr,
                ["Il a parlé de l’innovation…", "Puis il est parti !"]
            ),
            ("Vraiment ?! Oui.", .fr, ["Vraiment ?!", "Oui."]),
            (
                "Il a dit : « C’est fini. » Puis il est parti.", .fr,
                ["Il a dit : « C’est fini. »", "Puis il est parti."]
            ),
            ("He said “It is over.” Then he left.", .en, ["He said “It is over.”", "Then he left."]),
            ("(See the annex.) The vote followed.", .en, ["(See the annex.)", "The vote followed."]),
            (
                "It ended in 2025. The next one is in Hong Kong.", .en,
                ["It ended in 2025.", "The next one is in Hong Kong."]
            ),
            (
                "Les polices, les douanes, etc. Les juges aussi.", .fr,
                ["Les polices, les douanes, etc.", "Les juges aussi."]
            ),
            ("Who? Me. Then you.", .en, ["Who?", "Me.", "Then you."]),
        ])
    func splits(text: String, language: Language, expected: [String]) {
        #expect(sentences(text, language) == expected)
    }

    @Test("a blank line always ends a sentence", arguments: ["\n\n", "\r\n\r\n", "\n  \t\n", "\r\r"])
    func paragraphBreak(separator: String) {
        #expect(
            sentences("Titre sans point\(separator)Texte du paragraphe.", .fr) == [
                "Titre sans point", "Texte du paragraphe.",
            ])
    }

    @Test func singleLineBreakDoesNotEndASentence() {
        #expect(sentences("Une phrase\nsur deux lignes.", .fr) == ["Une phrase\nsur deux lignes."])
    }

    @Test func sentencesCoverEveryTokenOnce() {
        let document = Document(path: "-", text: "Un. Deux ! Trois ?\n\nQuatre… cinq.")
        let covered = document.sentences.flatMap { Array($0.tokens) }
        #expect(covered == Array(document.tokens.indices))
        #expect(document.sentences.count == 4)
    }
}
