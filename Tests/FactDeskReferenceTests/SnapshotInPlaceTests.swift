import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// Reference data read back from a snapshot is read in place: its indexes are the mapped
/// tables, entities are decoded one at a time, and every lookup answers as the sources do.
@Suite struct SnapshotInPlaceTests {
    /// The example workspace's reference, from its sources and from a snapshot of it.
    static func bothWays() throws -> (sources: ReferenceData, snapshot: ReferenceData, cache: URL) {
        let cache = try temporaryFolder()
        let snapshots = ReferenceSnapshots(folder: cache.path, version: "test")
        _ = try snapshots.load([exampleReferenceFolder])
        let mapped = try snapshots.load([exampleReferenceFolder])
        #expect(mapped.origin == .snapshot)
        return (try ReferenceLoader().load([exampleReferenceFolder]), mapped.data, cache)
    }

    @Test func theIndexesAreReadFromTheMappedFileNotCopied() throws {
        let (_, snapshot, cache) = try Self.bothWays()
        defer { try? FileManager.default.removeItem(at: cache) }
        let index = snapshot.nameIndex
        #expect(index.spellingSubjects.isMapped)
        #expect(index.deletions.entries.isMapped)
        #expect(index.postings.values.isMapped)
        #expect(index.wordsByHash.hashes.isMapped)
        #expect(snapshot.standaloneNameIndex.spellingsByKey.numbers.isMapped)
        #expect(!(try loadReference("entities: []\n")).nameIndex.spellingSubjects.isMapped)
    }

    @Test func everyEntityIsFoundByIdAsTheSourcesHaveIt() throws {
        let (sources, snapshot, cache) = try Self.bothWays()
        defer { try? FileManager.default.removeItem(at: cache) }
        #expect(snapshot.entityCount == sources.entities.count)
        for entity in sources.entities {
            #expect(snapshot.entity(entity.id) == entity)
            #expect(snapshot.nameRecord(entity.id)?.record == sources.nameRecord(entity.id)?.record)
            #expect(snapshot.nameRecord(entity.id)?.position == sources.nameRecord(entity.id)?.position)
        }
        for series in sources.series {
            #expect(snapshot.nameRecord(series.id)?.position == sources.nameRecord(series.id)?.position)
        }
        #expect(snapshot.entity("no-such-entity") == nil)
        #expect(snapshot.nameRecord("no-such-entity") == nil)
        #expect(snapshot.nameRecordCount == sources.nameRecords().count)
        #expect(snapshot.roleTitles == sources.roleTitles)
        #expect(!snapshot.roleTitles.isEmpty)
    }

    @Test func namesInRunsOfWordsAreFoundAsTheSourcesFindThem() throws {
        let (sources, snapshot, cache) = try Self.bothWays()
        defer { try? FileManager.default.removeItem(at: cache) }
        let runs: [[String]] = [
            ["le", "Centre", "d’", "innovation", "d’", "INTERPOL", "à", "Marrakesh"],
            ["the", "INTERPOL", "General", "Assembly", "in", "Marrakech"],
            ["INTERPOL", "—", "General", "Assembly"], ["INTERPOLS"], [], ["—"],
        ]
        for run in runs {
            for language in Language.allCases {
                #expect(
                    snapshot.subjects(namedIn: run, language: language)
                        == sources.subjects(namedIn: run, language: language), "\(run)")
            }
        }
    }

    @Test func theStandaloneIndexAndWordUsesMatchTheSources() throws {
        let (sources, snapshot, cache) = try Self.bothWays()
        defer { try? FileManager.default.removeItem(at: cache) }
        #expect(snapshot.standaloneNameIndex.count == sources.standaloneNameIndex.count)
        #expect(snapshot.standaloneNameIndex.count > 0)
        for phrase in ["Marakech", "INTERPL", "Glasgo"] {
            #expect(
                snapshot.standaloneNameIndex.candidates(for: phrase)
                    == sources.standaloneNameIndex.candidates(for: phrase))
        }
        for word in ["interpol", "marrakech", "marrakesh", "de", "raisi", "assembly", "nothing"] {
            #expect(snapshot.nameIndex.holdsCoreWord(word) == sources.nameIndex.holdsCoreWord(word), "\(word)")
            for language in Language.allCases {
                #expect(
                    snapshot.nameIndex.holdsCoreWord(word, acceptedIn: language)
                        == sources.nameIndex.holdsCoreWord(word, acceptedIn: language), "\(word)")
            }
        }
    }
}

/// How the name index answers the questions a name checker asks of words and folded keys.
@Suite struct NameIndexWordTests {
    static let data = try! loadReference(
        """
        entities:
          - {id: marrakech, kind: place, names: [{name: Marrakech, lang: fr}, {name: Marrakesh, lang: en}]}
          - {id: raisi, kind: person, names: [Ahmed Al-Raisi]}
          - {id: urquiza, kind: person, names: [Valdecy Urquiza, Urquiza]}
          - {id: europol, kind: organization, names: [Europol, European Police Office]}
          - {id: raisi-2, kind: person, names: [Ahmed Alraisi]}
        series:
          - {id: gala, names: [Gala]}

        """)

    @Test func wordsAreKnownInTheLanguagesOfTheirSpellingsAndParticlesAreNot() {
        let index = Self.data.nameIndex
        #expect(index.holdsCoreWord("marrakech"))
        #expect(index.holdsCoreWord("marrakech", acceptedIn: .fr))
        #expect(!index.holdsCoreWord("marrakech", acceptedIn: .en))
        #expect(index.holdsCoreWord("raisi", acceptedIn: .en) && index.holdsCoreWord("raisi", acceptedIn: .fr))
        #expect(!index.holdsCoreWord("al"))
        #expect(!index.holdsCoreWord("paris"))
    }

    @Test func theFirstSubjectOfAFoldedKeyIsTheFirstIndexed() {
        let index = Self.data.nameIndex
        #expect(index.firstSubject(foldedAs: ["ahmed", "al", "raisi"]) == "raisi")
        // Keys join words: "Ahmed Alraisi" folds to the same key, and comes later.
        #expect(index.firstSubject(foldedAs: ["ahmed", "alraisi"]) == "raisi")
        #expect(index.firstSubject(foldedAs: ["urquiza"]) == "urquiza")
        #expect(index.firstSubject(foldedAs: ["nobody"]) == nil)
    }

    @Test func standaloneSpellingsAreOneWordNamesOfSubjectsKnownByOneWord() {
        let ids = Set((0..<Self.data.standaloneNameIndex.count).map { Self.data.standaloneNameIndex.spellings[$0].text })
        #expect(ids == ["Marrakech", "Marrakesh", "Europol", "Gala"])
    }

    @Test func theLongestRunOfWholeWordsWinsAndWordsWithoutPartsArePassedOver() {
        let index = Self.data.nameIndex
        func longestMatch(_ words: [FoldedWord]) -> (subjectID: String, end: Int)? {
            index.longestMatch(in: FoldedRun(words, index: index), from: 0)
        }
        let found = longestMatch([.one("ahmed"), .many([]), .one("al"), .one("raisi"), .one("said")])
        #expect(found?.subjectID == "raisi")
        #expect(found?.end == 4)
        #expect(longestMatch([.many(["ahmed", "alraisi"])])?.subjectID == "raisi-2")
        #expect(longestMatch([.one("european"), .one("police")]) == nil)
        #expect(longestMatch([.many([])]) == nil)
    }
}
