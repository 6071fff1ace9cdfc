import FactDeskKit
import FactDeskRulePacks
import Foundation
import Testing

/// What each kind of rule flags in a draft, and the messages and suggestions it writes.
@Suite("Rule pack checking")
struct RulePackCheckingTests {
    let checker = RulePackChecker(try! RulePackLoader().parse(PackFixtures.allKinds, file: "rules/house.yml"))

    private func findings(_ text: String, _ language: Language = .fr) throws -> [Finding] {
        try checker.check(
            Document(path: "draft.md", text: text, language: language), context: CheckContext(mentions: []))
    }

    @Test("term: rejected words in any case, with the preferred form; the preferred form is left alone")
    func term() throws {
        let found = try findings("Marrakech, puis MARRAKESH et marrakesh.")
        #expect(found.map(\.quote.exact) == ["MARRAKESH", "marrakesh"])
        #expect(found.first?.message == "« MARRAKESH » : écrivez « Marrakech ».")
        #expect(found.first?.suggestions == ["Marrakech"])
        #expect(found.first?.checker == "house")
        #expect(found.first?.rule == "marrakech")
    }

    @Test("required-spelling: the phrase in another case or without its accents; whole words only")
    func requiredSpelling() throws {
        let found = try findings("Interpol, INTERPOL, interpol et Interpolation.", .en)
        #expect(found.map(\.quote.exact) == ["Interpol", "interpol"])
        #expect(found.first?.message == "“Interpol”: write “INTERPOL”.")
    }

    @Test("consistency: the first variant used sets the form; the others are flagged")
    func consistency() throws {
        let found = try findings("Un e-mail, un courriel, un E-mail.")
        #expect(found.map(\.quote.exact) == ["courriel"])
        #expect(found.first?.message == "« courriel » : le texte écrit « e-mail ».")
    }

    @Test("pattern: named captures fill the message and the suggestion; spans are in the text as read")
    func pattern() throws {
        let found = try findings("🧭 Hausse de 12% puis de 7%.")
        #expect(found.map(\.quote.exact) == ["12%", "7%"])
        #expect(found.first?.span == Span(start: 12, end: 15))
        #expect(found.first?.message == "« 12% » : une espace avant % (12 %).")
        #expect(found.first?.suggestions == ["12 %"])
    }

    @Test("rules without a message in the draft's language do not run")
    func languages() throws {
        #expect(try findings("Marrakesh, 12%.", .en).isEmpty)
    }

    @Test("every example of a good pack passes; a wrong mark is reported with its file and line")
    func exampleRun() throws {
        let good = RuleExampleRun([checker.pack])
        #expect(good.examples == 8)
        #expect(good.failures.isEmpty)
        let wrong = try RulePackLoader().parse(
            PackFixtures.replacing("\"À ⟦Marrakesh⟧.\"", with: "\"À Marrakesh ⟦et⟧ ailleurs.\""),
            file: "rules/house.yml")
        let run = RuleExampleRun([wrong])
        #expect(
            run.failures.map(\.description) == [
                "rules/house.yml:14: house/marrakech: expected ⟦et⟧, found ⟦Marrakesh⟧ in: À Marrakesh et ailleurs."
            ])
    }
}
