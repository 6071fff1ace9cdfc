import FactDeskEngine
import FactDeskKit
import Testing

@Suite("Engine")
struct EngineTests {
    /// Flags every occurrence of a word, so tests can place findings where they want.
    struct WordChecker: Checker {
        let id: String
        let word: String

        var descriptor: CheckerDescriptor {
            CheckerDescriptor(id: id, version: "1.0.0", summary: "flags \(word)", languages: [.fr, .en], rules: [])
        }

        func check(_ document: Document, context: CheckContext) throws -> [Finding] {
            document.tokens.filter { $0.text == word }.map {
                document.finding(checker: id, rule: "word", severity: .warning, span: $0.span, message: "found \(word)")
            }
        }
    }

    struct ThrowingChecker: Checker {
        struct Broken: Error, CustomStringConvertible { var description: String { "reference index missing" } }
        var descriptor: CheckerDescriptor {
            CheckerDescriptor(id: "broken", version: "1.0.0", summary: "always throws", languages: [.fr], rules: [])
        }
        func check(_ document: Document, context: CheckContext) throws -> [Finding] { throw Broken() }
    }

    @Test func findingsComeOutInTextOrderWhateverTheCheckerOrder() async throws {
        let engine = Engine(
            catalog: try CheckerCatalog([WordChecker(id: "b", word: "lundi"), WordChecker(id: "a", word: "mardi")]),
            extractors: [])
        let report = await engine.check(Document(path: "d", text: "mardi puis lundi puis mardi", language: .fr))
        #expect(report.findings.map(\.span.start) == [0, 11, 22])
        #expect(report.findings.map(\.checker) == ["a", "b", "a"])
    }

    @Test func theSameWordsFlaggedTwiceGetDistinctStableIDs() async throws {
        let engine = Engine(catalog: try CheckerCatalog([WordChecker(id: "a", word: "mardi")]), extractors: [])
        let first = await engine.check(Document(path: "d", text: "mardi et mardi", language: .fr))
        let moved = await engine.check(Document(path: "d", text: "Texte ajouté. mardi, puis mardi", language: .fr))
        #expect(Set(first.findings.map(\.id)).count == 2)
        #expect(first.findings.map(\.id) == moved.findings.map(\.id))
    }

    @Test func aThrowingCheckerBecomesOneCheckerErrorAndOthersStillReport() async throws {
        let engine = Engine(
            catalog: try CheckerCatalog([ThrowingChecker(), WordChecker(id: "a", word: "mardi")]), extractors: [])
        let report = await engine.check(Document(path: "d", text: "Le mardi.", language: .fr))
        let errors = report.findings.filter { $0.rule == CheckerFailure.rule }
        #expect(errors.count == 1)
        #expect(errors.first?.checker == "broken")
        #expect(errors.first?.severity == .error)
        #expect(errors.first?.message.contains("reference index missing") == true)
        #expect(report.findings.contains { $0.checker == "a" })
    }

    @Test func sequentialCheckingSkipsCrashedCheckersAndTellsProgress() throws {
        let engine = Engine(
            catalog: try CheckerCatalog([WordChecker(id: "a", word: "mardi"), WordChecker(id: "b", word: "Le")]),
            extractors: [])
        var started: [String] = []
        var ended: [String] = []
        let report = engine.checkSequentially(
            Document(path: "d", text: "Le mardi.", language: .fr), crashed: ["b"],
            willRun: { started.append($0) }, didRun: { ended.append($0) })
        #expect(started == ["a"])
        #expect(ended == ["a"])
        #expect(report.findings.map(\.rule).sorted() == [CheckerFailure.rule, "word"])
    }

    @Test func documentsComeBackInTheOrderGiven() async throws {
        let engine = Engine(catalog: try CheckerCatalog([WordChecker(id: "a", word: "x")]), extractors: [])
        let documents = (0..<20).map { Document(path: "doc\($0)", text: String(repeating: "x ", count: $0), language: .en) }
        let reports = await engine.check(documents)
        #expect(reports.map(\.document.path) == documents.map(\.path))
        #expect(reports.map(\.findings.count) == Array(0..<20))
    }

    @Test func catalogRejectsDuplicateAndUnknownIDs() throws {
        #expect(throws: CatalogError.duplicateID("a")) {
            try CheckerCatalog([WordChecker(id: "a", word: "x"), WordChecker(id: "a", word: "y")])
        }
        let catalog = try CheckerCatalog([WordChecker(id: "a", word: "x")])
        #expect(throws: CatalogError.unknownID("zz", known: ["a"])) { try catalog.selecting(["zz"]) }
        #expect(try catalog.selecting([]).checkers.count == 1)
    }
}
