import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

@testable import FactDeskCheckers

/// A name book read from reference data's own tables (in place, from a snapshot) answers as one
/// built from every name record, and the name checker finds the same with either.
@Suite("NameBook from reference data")
struct NameBookReferenceTests {
    /// The name evaluation's reference, from its sources and read back from a snapshot.
    static func evaluationReference() throws -> (sources: ReferenceData, snapshot: ReferenceData, root: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-book-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("reference")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try NameEvaluationReference.yaml.write(
            to: folder.appendingPathComponent("evaluation.yml"), atomically: false, encoding: .utf8)
        let snapshots = ReferenceSnapshots(folder: root.appendingPathComponent("cache").path, version: "test")
        _ = try snapshots.load([folder.path])
        let mapped = try snapshots.load([folder.path])
        #expect(mapped.origin == .snapshot)
        return (try ReferenceLoader().load([folder.path]), mapped.data, root)
    }

    @Test func aBookOfReferenceDataAnswersAsABookOfItsRecords() throws {
        let (sources, snapshot, root) = try Self.evaluationReference()
        defer { try? FileManager.default.removeItem(at: root) }
        let records = sources.nameRecords()
        let listed = NameBook(records: records)
        for book in [NameBook(reference: sources), NameBook(reference: snapshot)] {
            #expect(book.recordCount == listed.recordCount)
            #expect(book.singleWordIndex.count == listed.singleWordIndex.count)
            #expect(book.titles.maximumWords == listed.titles.maximumWords)
            for record in records {
                #expect(book.record(record.id) == listed.record(record.id))
                #expect(book.position(of: record.id) == listed.position(of: record.id))
                for spelling in record.names {
                    let folded = NameFolding.tokens(spelling.text)
                    #expect(book.firstRecord(foldedAs: folded)?.id == listed.firstRecord(foldedAs: folded)?.id)
                    for word in folded {
                        #expect(book.knows(word) == listed.knows(word))
                        for language in Language.allCases {
                            #expect(book.knows(word, in: language) == listed.knows(word, in: language))
                        }
                    }
                }
                for title in record.roles.flatMap(\.title.values) {
                    let words = title.split(separator: " ").map(String.init)
                    #expect(book.titles.contains(words) == listed.titles.contains(words))
                }
            }
        }
    }

    @Test func theNameEvaluationScoresTheSameFromASnapshot() async throws {
        let (sources, snapshot, root) = try Self.evaluationReference()
        defer { try? FileManager.default.removeItem(at: root) }
        let cases = NameEvaluationReference.correct + NameEvaluationReference.misspelled
        let fromSources = try await NameEvaluation.score(cases, reference: sources)
        let fromSnapshot = try await NameEvaluation.score(cases, reference: snapshot)
        #expect(fromSnapshot.found == fromSources.found)
        #expect(fromSnapshot.wrong == fromSources.wrong)
        #expect(fromSnapshot.missed == fromSources.missed)
        #expect(fromSnapshot.rightSuggestionFirst == fromSources.rightSuggestionFirst)
        #expect(fromSnapshot.found > 0)
    }
}
