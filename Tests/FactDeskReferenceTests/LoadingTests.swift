import Foundation
import Testing

@testable import FactDeskReference

/// Reading files and folders, and refusing what could harm a check.
@Suite struct LoadingTests {
    @Test func theExampleWorkspaceDataLoadsCleanAndEveryFactHasASource() throws {
        let data = try ReferenceLoader().load([exampleReferenceFolder])
        #expect(data.entity("interpol")?.kind == .organization)
        #expect(data.series("interpol-general-assembly")?.editions.count == 3)
        for entity in data.entities {
            for fact in entity.facts { #expect(fact.source != nil, "\(entity.id) \(fact.property)") }
        }
    }

    @Test func equalDataFromOtherFilesHasItsOwnNameRecordsKey() throws {
        let text = "entities:\n  - {id: interpol, kind: organization, names: [INTERPOL]}\n"
        var keys: [String] = []
        var hashes: [String] = []
        for _ in 0..<2 {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            try text.write(to: folder.appendingPathComponent("orgs.yaml"), atomically: true, encoding: .utf8)
            let data = try ReferenceLoader().load([folder.path])
            keys.append(data.nameRecordsKey)
            hashes.append(data.contentHash)
        }
        // One content, cited from two files: the name checker keeps one book for each.
        #expect(hashes[0] == hashes[1])
        #expect(keys[0] != keys[1])
    }

    @Test func foldersAreReadRecursivelyInYAMLAndJSON() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("people"), withIntermediateDirectories: true)
        try "entities:\n  - {id: interpol, kind: organization, names: [INTERPOL]}\n"
            .write(to: folder.appendingPathComponent("orgs.yaml"), atomically: true, encoding: .utf8)
        try
            #"{"entities": [{"id": "urquiza", "kind": "person", "names": ["Valdecy Urquiza"], "roles": [{"title": {"en": "Secretary General"}, "of": "interpol", "from": "2024-11"}]}]}"#
            .write(to: folder.appendingPathComponent("people/urquiza.json"), atomically: true, encoding: .utf8)
        try "not: reference".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let data = try ReferenceLoader().load([folder.path])
        #expect(data.entities.map(\.id) == ["interpol", "urquiza"])
        #expect(data.roles(of: "urquiza", on: day("2025-11-24")).first?.title[.en] == "Secretary General")
    }

    @Test func jsonErrorsHaveLocationsToo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.json")
        try "{\"entities\": [{\"id\": \"a\", \"kind\": \"person\", \"names\": [\"A\"], \"age\": 3}]}"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(
            ReferenceLoader().lint([file.path]).map(\.description) == [
                "\(file.path):1:61: error: unknown key 'age' in entity (expected id, kind, names, facts, roles, start, end, place)"
            ])
    }

    @Test func nonUTF8IsReportedAtTheByte() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("latin1.yml")
        try Data("entities:\n  - {id: a, kind: place, names: [Bogot".utf8 + [0xE1] + Data("]}\n".utf8)).write(to: file)
        #expect(
            ReferenceLoader().lint([file.path]).map(\.description) == [
                "\(file.path):2:39: error: not valid UTF-8 (byte 0xE1)"
            ])
    }

    @Test func filesOverTheSizeLimitAreNotRead() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.yml")
        try Data(repeating: UInt8(ascii: "#"), count: 3 << 20).write(to: file)
        let limits = ReferenceLimits(maxFileBytes: 2 << 20, maxTotalBytes: 8 << 20, maxEntities: 10, maxNames: 10)
        #expect(
            ReferenceLoader(limits: limits).lint([file.path]).map(\.description) == [
                "\(file.path):1:1: error: file is 3 MB, over the 2 MB limit"
            ])
    }

    @Test func aMissingPathIsAnError() {
        #expect(
            ReferenceLoader().lint(["/nonexistent/reference"]).map(\.description) == [
                "/nonexistent/reference:1:1: error: no such file or folder"
            ])
    }

    @Test func theContentHashIgnoresLayoutAndOrderButNotContent() throws {
        let one = try loadReference(
            """
            entities:
              - {id: a, kind: person, names: [A]}
              - {id: b, kind: person, names: [B]}
            """)
        let reordered = try loadReference(
            """
            # the same, reordered and reformatted
            entities:
              - id: b
                kind: person
                names: [B]
              - {id: a, kind: person, names: ["A"]}
            """)
        let changed = try loadReference(
            """
            entities:
              - {id: a, kind: person, names: [A]}
              - {id: b, kind: person, names: [Bee]}
            """)
        #expect(one.contentHash == reordered.contentHash)
        #expect(one.contentHash != changed.contentHash)
        #expect(one.contentHash.hasPrefix("sha256:") && one.contentHash.count == 71)
    }

    @Test func sha256MatchesKnownVectors() {
        var empty = SHA256()
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256()
        abc.update("abc".utf8)
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        var long = SHA256()
        long.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(long.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
