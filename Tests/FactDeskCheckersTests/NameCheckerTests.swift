import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

@testable import FactDeskCheckers

@Suite("NameChecker")
struct NameCheckerTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The name checker's findings on a text, with reference data or none.
    static func findings(_ text: String, _ language: Language, reference: (any ReferenceLookup)?) async throws
        -> [Finding]
    {
        let engine = Engine(
            catalog: try CheckerCatalog([NameChecker()]), extractors: [NameExtractor()], reference: reference)
        return await engine.check(Document(path: "-", text: text, language: language)).findings
    }

    @Test("the sample workspace's drafts: the planted misspellings and nothing else")
    func sampleDrafts() async throws {
        let workspace = Self.root.appendingPathComponent("Workspaces/interpol-ga")
        let reference = try ReferenceLoader().load([workspace.appendingPathComponent("reference").path])
        let drafts = workspace.appendingPathComponent("drafts")
        let french = try String(contentsOf: drafts.appendingPathComponent("assemblee-generale.fr.md"), encoding: .utf8)
        let english = try String(contentsOf: drafts.appendingPathComponent("general-assembly.en.md"), encoding: .utf8)
        let frenchFindings = try await Self.findings(french, .fr, reference: reference)
        #expect(frenchFindings.map(\.rule) == ["transliterated-name", "misspelled-name"])
        #expect(frenchFindings.map(\.severity) == [.warning, .error])
        #expect(frenchFindings.map(\.quote.exact) == ["Ahmed Nasser Al-Raisi", "Valdecy Urquisa"])
        #expect(frenchFindings.map { $0.suggestions.first } == ["Ahmed Naser Al-Raisi", "Valdecy Urquiza"])
        #expect(frenchFindings.allSatisfy { $0.evidence.first?.source?.contains("interpol.yml:") == true })
        let englishFindings = try await Self.findings(english, .en, reference: reference)
        #expect(englishFindings.map(\.quote.exact) == ["Ahmed Naser Al-Raissi"])
        #expect(englishFindings.map(\.rule) == ["transliterated-name"])
        #expect(englishFindings.first?.suggestions.first == "Ahmed Naser Al-Raisi")
        #expect(
            englishFindings.first?.message
                == "“Ahmed Naser Al-Raissi”: another transliteration; the reference data writes “Ahmed Naser Al-Raisi”.")
    }

    @Test("evidence names the entity and where the reference data writes it")
    func evidence() async throws {
        let reference = try ReferenceLoader().load(
            text: "entities:\n  - {id: valdecy-urquiza, kind: person, names: [Valdecy Urquiza]}\n", file: "people.yml")
        let findings = try await Self.findings("Hier, Valdecy Urquisa a parlé.", .fr, reference: reference)
        #expect(
            findings.map(\.evidence) == [
                [Evidence(statement: "valdecy-urquiza is spelled “Valdecy Urquiza”", source: "people.yml:2:5")]
            ])
        #expect(
            findings.map(\.message) == [
                "« Valdecy Urquisa » : les données de référence écrivent ce nom « Valdecy Urquiza »."
            ])
    }

    @Test("a name close to two reference names says so and suggests both")
    func ambiguous() async throws {
        let reference = try ReferenceLoader().load(
            text: """
                entities:
                  - {id: jean-martin, kind: person, names: [Jean Martinez]}
                  - {id: jean-martins, kind: person, names: [Jean Martinet]}
                """, file: "people.yml")
        let findings = try await Self.findings("Hier, Jean Martines a parlé.", .fr, reference: reference)
        #expect(findings.map(\.suggestions) == [["Jean Martinez", "Jean Martinet"]])
        #expect(findings.first?.message.contains("proche de deux noms") == true)
    }

    @Test("without reference data, only inconsistent spellings and mixed scripts are reported")
    func withoutReference() async throws {
        let findings = try await Self.findings(
            "Hier, Ahmed Nasser Al-Raisi a parlé ; puis M. Al Raisi et M. Al-Raisi, à Mаrrakech.", .fr, reference: nil)
        #expect(findings.map(\.rule) == ["inconsistent-spelling", "mixed-script"])
        #expect(findings.map(\.quote.exact) == ["Al Raisi", "Mаrrakech"])
        #expect(findings.map(\.suggestions) == [["Al-Raisi"], ["Marrakech"]])
    }

    @Test("unknown-name is off by default and reports when a run turns it on")
    func unknownNameOptIn() async throws {
        let text = "Hier, Jean-Baptiste Kamara a rencontré Valdecy Urquiza."
        let reference = NameExamples.reference
        #expect(try await Self.findings(text, .fr, reference: reference).isEmpty)
        let engine = Engine(
            catalog: try CheckerCatalog([NameChecker()]), extractors: [NameExtractor()], reference: reference,
            enabledRules: ["name/unknown-name"])
        let findings = await engine.check(Document(path: "-", text: text, language: .fr)).findings
        #expect(findings.map(\.quote.exact) == ["Jean-Baptiste Kamara"])
    }
}

/// Counts the look-ups of a resolver, to show the name checker's work grows linearly.
final class CountingResolver: PhraseResolver {
    private let resolver: NameResolver
    private(set) var calls = 0

    init(_ resolver: NameResolver) {
        self.resolver = resolver
    }

    func resolve(_ phrase: String, folded: [String], positional: Bool) -> NameResolution {
        calls += 1
        return resolver.resolve(phrase, folded: folded, positional: positional)
    }

    func knows(_ word: String) -> Bool {
        resolver.knows(word)
    }

    func mayRomanise(_ folded: [String]) -> Bool {
        resolver.mayRomanise(folded)
    }
}

@Suite("NameChecker on bad input")
struct NameCheckerBadInputTests {
    /// `count` distinct capitalised words, in capitals when asked.
    static func capitalisedWords(_ count: Int, capitals: Bool = false) -> String {
        let syllables = ["ka", "lo", "mi", "ru", "sen", "ta", "vo", "zi", "pa", "ne"]
        var state: UInt64 = 42
        return (0..<count).map { _ in
            var word = ""
            for _ in 0..<3 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                word += syllables[Int(state >> 33) % syllables.count]
            }
            return capitals ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// How many look-ups the segmenter makes on a text.
    static func lookups(_ text: String) -> Int {
        let document = Document(path: "-", text: text, language: .en)
        let book = NameBook(records: NameExamples.reference.nameRecords())
        let resolver = CountingResolver(NameResolver(book: book, language: .en))
        _ = NameSegmenter(document: document, resolver: resolver).occurrences(
            of: NameExtractor().extract(from: document))
        return resolver.calls
    }

    @Test("look-ups grow linearly with a draft of capitalised words", arguments: [false, true])
    func linearLookups(capitals: Bool) {
        let small = Self.lookups(Self.capitalisedWords(10_000, capitals: capitals))
        let large = Self.lookups(Self.capitalisedWords(100_000, capitals: capitals))
        #expect(small > 0)
        #expect(Double(large) <= 10.5 * Double(small), "\(small) then \(large) look-ups")
        #expect(large <= 8 * 100_000)
    }

    @Test("100,000 capitalised words, 500-character names and control characters: no crash, no finding")
    func badInput() async throws {
        let reference = NameExamples.reference
        let long =
            "Hier, A" + String(repeating: "a", count: 499) + " et " + String(repeating: "Abcdefgh ", count: 60)
            + "ont parlé."
        let controls =
            "Hier, Valdecy\u{0001} Urquiza\u{0007} et \u{0000}Ahmed Naser\u{001B} Al-Raisi\u{007F} ont parlé."
        for text in [Self.capitalisedWords(100_000), Self.capitalisedWords(100_000, capitals: true), long, controls] {
            #expect(try await NameCheckerTests.findings(text, .fr, reference: reference).isEmpty)
        }
    }
}
