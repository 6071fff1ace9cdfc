import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// `ReferenceSnapshots`: a snapshot gives back the data the sources give, and is rebuilt, with at
/// most a one-line notice, whenever it cannot be trusted.
@Suite struct SnapshotTests {
    /// Data with every kind of value the model holds: names in and out of a language, whole,
    /// decimal, date and text facts with units, periods and sources, roles, events, series and
    /// declared properties.
    static let richYAML = """
        entities:
          - id: interpol
            kind: organization
            names: [INTERPOL, {name: "Organisation internationale de police criminelle", lang: fr}]
            facts:
              - {property: member-countries, value: 195, from: 2021-03, to: 2023-11-28, source: "https://example.org/a"}
              - {property: member-countries, value: 196, from: 2023-11-29}
              - {property: budget, value: 12.75, unit: EUR, source: "annual report"}
              - {property: founded, value: 1923-09-07}
              - {property: motto, value: "Connecting police"}
          - id: ahmed-naser-al-raisi
            kind: person
            names: [Ahmed Naser Al-Raisi, Al-Raisi]
            roles:
              - {title: {en: President, fr: président}, of: interpol, from: 2021-11, to: 2025-11}
          - id: marrakech
            kind: place
            names: [{name: Marrakech, lang: fr}, {name: Marrakesh, lang: en}]
          - id: summit
            kind: event
            names: [Police Summit]
            start: 2025-11-24
            end: 2025-11-27
            place: marrakech
        series:
          - id: assembly
            names: [{name: General Assembly, lang: en}, "Assemblée générale"]
            editions:
              - {number: 92, start: 2024-11-04, end: 2024-11-07, place: Glasgow}
              - {number: 93, start: 2025-11, place: Marrakech}
        properties:
          - id: member-countries
            terms: {fr: [pays membres], en: [member countries]}
          - id: budget
            terms: {en: [budget]}
          - id: motto
            terms: {fr: [devise]}

        """

    /// A reference folder with `richYAML` and an empty cache folder, removed afterwards.
    final class Fixture {
        let root: URL
        let reference: URL
        let file: URL
        let cache: String

        init(_ yaml: String = SnapshotTests.richYAML) throws {
            root = try temporaryFolder()
            reference = root.appendingPathComponent("reference")
            try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
            file = reference.appendingPathComponent("data.yml")
            try yaml.write(to: file, atomically: false, encoding: .utf8)
            cache = root.appendingPathComponent("cache").path
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func snapshots(version: String = "test") -> ReferenceSnapshots {
            ReferenceSnapshots(folder: cache, version: version)
        }

        func load(version: String = "test") throws -> ReferenceSnapshots.Loaded {
            try snapshots(version: version).load([reference.path])
        }

        var snapshotPath: String { snapshots().snapshotPath(for: [reference.path]) }

        /// Sets the source's modification time, to make a change that keeps size and time.
        func setModified(_ time: timespec) {
            var times = [time, time]
            _ = utimensat(AT_FDCWD, file.path, &times, 0)
        }

        var modified: timespec {
            var status = stat()
            _ = stat(file.path, &status)
            return status.st_mtim
        }
    }

    @Test func aSnapshotGivesBackTheDataTheSourcesGive() throws {
        let fixture = try Fixture()
        let first = try fixture.load()
        #expect(first.origin == .sources)
        #expect(first.wroteSnapshot)
        #expect(first.notice == nil)
        let second = try fixture.load()
        #expect(second.origin == .snapshot)
        #expect(second.notice == nil)
        let sources = try ReferenceLoader().load([fixture.reference.path])
        #expect(second.data.entities == sources.entities)
        #expect(second.data.series == sources.series)
        #expect(second.data.declaredProperties == sources.declaredProperties)
        #expect(second.data.contentHash == sources.contentHash)
        #expect(second.data.entity("interpol")?.facts[2].value == .number(Decimal(string: "12.75")!))
        for phrase in ["Ahmed Nasser Al-Raissi", "INTERPL", "Marakesh", "Assemblee generale", "Al Raisi"] {
            #expect(second.data.nameIndex.candidates(for: phrase) == sources.nameIndex.candidates(for: phrase))
        }
        #expect(second.data.entities(named: "al raisi").map(\.id) == ["ahmed-naser-al-raisi"])
    }

    @Test func theExampleWorkspaceRoundTrips() throws {
        let fixture = try Fixture()
        let snapshots = fixture.snapshots()
        _ = try snapshots.load([exampleReferenceFolder])
        let mapped = try snapshots.load([exampleReferenceFolder])
        let sources = try ReferenceLoader().load([exampleReferenceFolder])
        #expect(mapped.origin == .snapshot)
        #expect(mapped.data.entities == sources.entities)
        #expect(mapped.data.nameRecords() == sources.nameRecords())
    }

    @Test func aChangedSourceIsReadAgain() throws {
        let fixture = try Fixture()
        _ = try fixture.load()
        try SnapshotTests.richYAML.replacingOccurrences(of: "value: 196", with: "value: 197, unit: countries")
            .write(to: fixture.file, atomically: false, encoding: .utf8)
        let changed = try fixture.load()
        #expect(changed.origin == .sources)
        #expect(changed.notice == nil)
        #expect(changed.data.entity("interpol")?.facts[1].value == .number(197))
    }

    @Test func aChangeKeepingSizeAndTimeIsSeenWhenTheFileWasRecent() throws {
        let fixture = try Fixture()
        let written = fixture.modified
        _ = try fixture.load()
        // Same size, same modification time, same file: only the text differs.
        try SnapshotTests.richYAML.replacingOccurrences(of: "value: 196", with: "value: 197")
            .write(to: fixture.file, atomically: false, encoding: .utf8)
        fixture.setModified(written)
        let changed = try fixture.load()
        #expect(changed.origin == .sources)
        #expect(changed.data.entity("interpol")?.facts[1].value == .number(197))
    }

    @Test func aTouchedButUnchangedSourceKeepsItsSnapshot() throws {
        let fixture = try Fixture()
        _ = try fixture.load()
        fixture.setModified(timespec(tv_sec: 1_000_000_000, tv_nsec: 0))
        #expect(try fixture.load().origin == .snapshot)
    }

    @Test func movedOrRenamedSourcesAreReadAgain() throws {
        let fixture = try Fixture()
        _ = try fixture.load()
        try FileManager.default.moveItem(
            at: fixture.file, to: fixture.reference.appendingPathComponent("renamed.yml"))
        let renamed = try fixture.load()
        #expect(renamed.origin == .sources)
        #expect(renamed.data.entity("interpol")?.location?.file.hasSuffix("renamed.yml") == true)
        let moved = fixture.root.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: fixture.reference, to: moved)
        let fromMoved = try fixture.snapshots().load([moved.path])
        #expect(fromMoved.origin == .sources)
        #expect(fromMoved.snapshotPath != fixture.snapshotPath)
    }

    @Test func aSnapshotOfAnotherVersionIsNeverUsed() throws {
        let fixture = try Fixture()
        _ = try fixture.load(version: "0.1.0")
        let other = try fixture.load(version: "0.2.0")
        #expect(other.origin == .sources)
        #expect(other.notice == nil)
        #expect(try fixture.load(version: "0.2.0").origin == .snapshot)
    }

    @Test(arguments: ["truncated", "tampered header", "tampered payload", "empty", "garbage"])
    func aDamagedSnapshotIsRebuiltWithANotice(damage: String) throws {
        let fixture = try Fixture()
        _ = try fixture.load()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.snapshotPath))
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count * 2 / 3)
        case "tampered header": bytes[60] ^= 0x01
        case "tampered payload": bytes[bytes.count - 100] ^= 0x40
        case "empty": bytes = Data()
        default: bytes = Data(repeating: 0x41, count: 4096)
        }
        try bytes.write(to: URL(fileURLWithPath: fixture.snapshotPath))
        let reloaded = try fixture.load()
        #expect(reloaded.origin == .sources)
        #expect(reloaded.data.entity("interpol")?.facts[1].value == .number(196))
        let notice = try #require(reloaded.notice)
        #expect(notice.hasPrefix("reference snapshot \(fixture.snapshotPath) is damaged ("))
        #expect(!notice.contains("\n"))
        #expect(reloaded.wroteSnapshot)
        #expect(try fixture.load().origin == .snapshot)
    }

    @Test func aCacheThatCannotBeWrittenLeavesTheDataWhole() throws {
        let fixture = try Fixture()
        let blocker = fixture.root.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let snapshots = ReferenceSnapshots(folder: blocker.path + "/factdesk", version: "test")
        let loaded = try snapshots.load([fixture.reference.path])
        #expect(loaded.origin == .sources)
        #expect(!loaded.wroteSnapshot)
        #expect(loaded.data.entity("interpol")?.facts[1].value == .number(196))
        #expect(loaded.notice?.hasPrefix("cannot write reference snapshot ") == true)
    }

    @Test func invalidSourcesThrowAndWriteNoSnapshot() throws {
        let fixture = try Fixture("entities:\n  - {id: a, kind: person, names: [A]}\n  - {id: a, kind: person, names: [B]}\n")
        #expect(throws: ReferenceError.self) { try fixture.load() }
        #expect(!FileManager.default.fileExists(atPath: fixture.snapshotPath))
    }

    @Test func concurrentBuildsOfOneSnapshotLeaveOneWholeFile() async throws {
        let fixture = try Fixture()
        let snapshots = fixture.snapshots()
        let path = fixture.reference.path
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<4 {
                group.addTask { (try? snapshots.load([path]))?.data.entity("interpol") != nil }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [true, true, true, true])
        #expect(try fixture.load().origin == .snapshot)
        let left = try FileManager.default.contentsOfDirectory(atPath: fixture.cache)
        #expect(left == [(fixture.snapshotPath as NSString).lastPathComponent])
    }
}
