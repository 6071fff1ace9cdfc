import FactDeskEngine
import FactDeskKit
import Foundation
import Testing

/// A run that checks two versions of a story extracts each once (``ExtractionShare``).
@Suite("Extraction share")
struct ExtractionShareTests {
    /// Counts the documents it reads, by path, and finds nothing.
    final class CountingExtractor: Extractor, @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [String: Int] = [:]

        var kinds: Set<Mention.Kind> { [] }

        func extract(from document: Document) -> [Mention] {
            lock.withLock { counts[document.path, default: 0] += 1 }
            return []
        }

        var extracted: [String: Int] { lock.withLock { counts } }
    }

    /// Reads the counterpart, so the engine extracts it.
    struct CounterpartReader: Checker {
        var descriptor: CheckerDescriptor {
            CheckerDescriptor(id: "reader", version: "1.0.0", summary: "reads the counterpart", languages: [.fr, .en], rules: [])
        }
        func check(_ document: Document, context: CheckContext) throws -> [Finding] { [] }
    }

    /// The French and English versions, each the other's counterpart, and a third draft alone.
    private func versions() -> [Document] {
        var french = Document(path: "drafts/a.fr.md", text: "La séance s’ouvre le 3 mars.\n", language: .fr)
        var english = Document(path: "drafts/a.en.md", text: "The session opens on March 3.\n", language: .en)
        let plainFrench = french
        french.counterpart = english
        english.counterpart = plainFrench
        return [french, english, Document(path: "drafts/b.md", text: "Un texte seul.\n", language: .fr)]
    }

    @Test func bothVersionsCheckedInOneRunAreExtractedOnceEach() async throws {
        let extractor = CountingExtractor()
        let engine = Engine(catalog: try CheckerCatalog([CounterpartReader()]), extractors: [extractor])
        _ = await engine.check(versions())
        #expect(extractor.extracted == ["drafts/a.fr.md": 1, "drafts/a.en.md": 1, "drafts/b.md": 1])
    }

    @Test func sequentialChecksOfARunShareThroughTheShareGiven() throws {
        let extractor = CountingExtractor()
        let engine = Engine(catalog: try CheckerCatalog([CounterpartReader()]), extractors: [extractor])
        let documents = versions()
        let share = ExtractionShare(documents)
        let reports = documents.map { engine.checkSequentially($0, sharing: share) }
        #expect(reports.count == 3)
        #expect(extractor.extracted == ["drafts/a.fr.md": 1, "drafts/a.en.md": 1, "drafts/b.md": 1])
        // Without a share, each version is extracted as a draft and again as the other's counterpart.
        let unshared = CountingExtractor()
        let plain = Engine(catalog: try CheckerCatalog([CounterpartReader()]), extractors: [unshared])
        _ = documents.map { plain.checkSequentially($0) }
        #expect(unshared.extracted == ["drafts/a.fr.md": 2, "drafts/a.en.md": 2, "drafts/b.md": 1])
    }

    @Test func aCounterpartReadWithOtherTextIsNotTakenFromTheShare() throws {
        let extractor = CountingExtractor()
        let engine = Engine(catalog: try CheckerCatalog([CounterpartReader()]), extractors: [extractor])
        var documents = versions()
        documents[1].counterpart = Document(path: "drafts/a.fr.md", text: "Une autre version.\n", language: .fr)
        let share = ExtractionShare(documents)
        for document in documents { _ = engine.checkSequentially(document, sharing: share) }
        #expect(extractor.extracted["drafts/a.fr.md"] == 2)
        #expect(extractor.extracted["drafts/a.en.md"] == 1)
    }
}
