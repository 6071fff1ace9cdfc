import FactDeskEngine
import FactDeskKit
import Foundation
import Testing

@Suite("Engine.check(_:reusing:)")
struct ParagraphMemoTests {
    /// Sees each capitalised word as a name mention.
    struct CapitalExtractor: Extractor {
        var kinds: Set<Mention.Kind> { [.name] }

        func extract(from document: Document) -> [Mention] {
            document.tokens.filter { $0.text.first?.isUppercase == true }.map {
                Mention(kind: .name, text: $0.text, span: $0.span, value: .name(entity: nil))
            }
        }
    }

    /// The mentions each run of ``NameChecker`` was given, in the order of the runs.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [(scope: RuleScope?, names: [String])] = []

        func record(_ context: CheckContext) {
            lock.withLock { seen.append((context.scope, context.mentions.map(\.text))) }
        }

        /// The names the paragraph-local runs were given, and forgets them.
        func paragraphRuns() -> [[String]] {
            lock.withLock {
                defer { seen.removeAll() }
                return seen.filter { $0.scope == .paragraph }.map(\.names)
            }
        }
    }

    /// A checker with one paragraph-local rule (`shout`: a name in capitals) and one that reads
    /// the whole draft (`repeated`: a name met in an earlier paragraph).
    struct NameChecker: Checker {
        let runs: Runs

        var descriptor: CheckerDescriptor {
            CheckerDescriptor(
                id: "names", version: "1.0.0", summary: "names", languages: [.fr, .en],
                rules: [
                    RuleDescriptor(
                        id: "shout", severity: .warning, summary: "capitals", examples: [], scope: .paragraph),
                    RuleDescriptor(id: "repeated", severity: .info, summary: "named again", examples: []),
                ])
        }

        func check(_ document: Document, context: CheckContext) throws -> [Finding] {
            runs.record(context)
            var findings: [Finding] = []
            var seenIn: [String: Int] = [:]
            for mention in context.mentions {
                let paragraph = document.paragraphIndex(of: mention.span.start)
                if mention.text.count > 1, mention.text == mention.text.uppercased() {
                    findings.append(
                        document.finding(
                            checker: "names", rule: "shout", severity: .warning, span: mention.span,
                            message: "\(mention.text) in capitals", suggestions: [mention.text.capitalized]))
                }
                if let first = seenIn[mention.text], first < paragraph {
                    findings.append(
                        document.finding(
                            checker: "names", rule: "repeated", severity: .info, span: mention.span,
                            message: "\(mention.text) again"))
                }
                seenIn[mention.text] = seenIn[mention.text] ?? paragraph
            }
            return findings
        }
    }

    let runs = Runs()
    var engine: Engine {
        Engine(catalog: try! CheckerCatalog([NameChecker(runs: runs)]), extractors: [CapitalExtractor()])
    }

    func full(_ text: String) async -> [Finding] {
        await engine.check(Document(path: "d", text: text, language: .fr)).findings
    }

    @Test func onlyTheChangedParagraphIsCheckedAgainAndTheOthersKeepTheirFindings() async {
        let engine = engine
        var memo = ParagraphMemo()
        let first = "LYON et Paris.\n\nPuis GENEVE.\n\nEnfin Paris et ROME."
        let opened = await engine.check(Document(path: "d", text: first, language: .fr), reusing: &memo)
        #expect(opened.findings == (await full(first)))
        #expect(runs.paragraphRuns() == [["LYON", "Paris", "Puis", "GENEVE", "Enfin", "Paris", "ROME"]])
        #expect((memo.checkedParagraphs, memo.reusedParagraphs) == (3, 0))

        let edited = "LYON et Paris.\n\nPuis BERNE et Paris.\n\nEnfin Paris et ROME."
        let report = await engine.check(Document(path: "d", text: edited, language: .fr), reusing: &memo)
        #expect(runs.paragraphRuns() == [["Puis", "BERNE", "Paris"]])
        #expect((memo.checkedParagraphs, memo.reusedParagraphs) == (1, 2))
        #expect(report.findings == (await full(edited)))
        #expect(report.findings.filter { $0.rule == "shout" }.map(\.quote.exact) == ["LYON", "BERNE", "ROME"])
        #expect(report.findings.filter { $0.rule == "repeated" }.count == 2)
    }

    @Test func findingsFollowAParagraphThatMoves() async throws {
        let engine = engine
        var memo = ParagraphMemo()
        let first = "Rien ici.\n\nLe vote à GENEVE.\n\nLe retour à LYON."
        _ = await engine.check(Document(path: "d", text: first, language: .fr), reusing: &memo)
        _ = runs.paragraphRuns()
        let moved = "Le retour à LYON.\n\n🗳️ Un paragraphe nouveau.\n\nRien ici.\n\nLe vote à GENEVE.\r\n"
        let report = await engine.check(Document(path: "d", text: moved, language: .fr), reusing: &memo)
        #expect(runs.paragraphRuns() == [["Un"]])
        #expect((memo.checkedParagraphs, memo.reusedParagraphs) == (1, 3))
        let expected = await full(moved)
        #expect(report.findings == expected)
        let geneva = try #require(report.findings.first { $0.quote.exact == "GENEVE" })
        #expect(geneva.location == SourceLocation(line: 7, column: 11))
        #expect(geneva.quote.prefix.hasSuffix("Rien ici.\n\nLe vote à "))
    }

    @Test func aChangedPublicationDateChecksEveryParagraphAgain() async {
        let engine = engine
        var memo = ParagraphMemo()
        let body = "\n\nLe vote à GENEVE.\n\nLe retour à LYON."
        _ = await engine.check(Document(path: "d", text: "date 2025-11-24" + body, language: .fr), reusing: &memo)
        let report = await engine.check(
            Document(path: "d", text: "date 2025-11-25" + body, language: .fr), reusing: &memo)
        #expect(memo.reusedParagraphs == 0)
        #expect(report.findings == (await full("date 2025-11-25" + body)))
    }

    @Test func aCheckerThatThrowsReportsOneErrorAndNothingKept() async throws {
        struct Broken: Error {}
        struct Fragile: Checker {
            var descriptor: CheckerDescriptor {
                CheckerDescriptor(
                    id: "fragile", version: "1.0.0", summary: "throws on BOOM", languages: [.fr],
                    rules: [
                        RuleDescriptor(id: "shout", severity: .warning, summary: "", examples: [], scope: .paragraph)
                    ])
            }
            func check(_ document: Document, context: CheckContext) throws -> [Finding] {
                if context.mentions.contains(where: { $0.text == "BOOM" }) { throw Broken() }
                return context.mentions.filter { $0.text == "LYON" }.map {
                    document.finding(checker: "fragile", rule: "shout", severity: .warning, span: $0.span, message: "x")
                }
            }
        }
        let engine = Engine(catalog: try CheckerCatalog([Fragile()]), extractors: [CapitalExtractor()])
        var memo = ParagraphMemo()
        _ = await engine.check(Document(path: "d", text: "Vers LYON.\n\nRien.", language: .fr), reusing: &memo)
        let broken = await engine.check(Document(path: "d", text: "Vers LYON.\n\nBOOM.", language: .fr), reusing: &memo)
        #expect(broken.findings.map(\.rule) == ["checker-error"])
        let whole = await engine.check(Document(path: "d", text: "Vers LYON.\n\nBOOM.", language: .fr))
        #expect(broken.findings == whole.findings)
        let mended = await engine.check(Document(path: "d", text: "Vers LYON.\n\nRien.", language: .fr), reusing: &memo)
        #expect(mended.findings.map(\.quote.exact) == ["LYON"])
    }
}
