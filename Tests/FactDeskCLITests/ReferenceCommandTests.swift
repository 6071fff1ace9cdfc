import Foundation
import Testing

/// `factdesk reference lint|show|import`, run as a user would.
@Suite struct ReferenceCommandTests {
    let workspace = FactDeskBinary.packageRoot.appendingPathComponent("Workspaces/interpol-ga")

    @Test func lintDefaultsToTheWorkspaceReferenceFolderAndExitsZeroWhenClean() throws {
        let result = try FactDeskBinary.run(["reference", "lint"], in: workspace.appendingPathComponent("drafts"))
        #expect(result.status == 0)
        #expect(result.stdout.contains(" entities, 1 series, 1 property: no problems (sha256:"))
    }

    @Test func lintPrintsOneLinePerProblemAndExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yml")
        try "entities:\n  - {id: a, kind: person, names: [A], age: 3}\n  - {id: a, kind: person, names: [B]}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try FactDeskBinary.run(["reference", "lint", file.path])
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                \(file.path):2:39: error: unknown key 'age' in entity (expected id, kind, names, facts, roles, start, end, place)
                \(file.path):3:5: error: duplicate id 'a' (first defined at \(file.path):2:5)

                """)
    }

    @Test func showPrintsAnEntityWithItsFacts() throws {
        let result = try FactDeskBinary.run(["reference", "show", "interpol"], in: workspace)
        #expect(result.status == 0)
        #expect(result.stdout.contains("interpol (organization)"))
        #expect(
            result.stdout.contains(
                "member-countries = 196  (2023-11-29..)  source: https://www.interpol.int/Who-we-are/Member-countries"))
    }

    @Test func showAsJSON() throws {
        let reference = workspace.appendingPathComponent("reference").path
        let result = try FactDeskBinary.run([
            "reference", "show", "interpol-general-assembly", "--reference", reference, "--format", "json",
        ])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "series")
        #expect((object?["editions"] as? [[String: Any]])?.last?["place"] as? String == "Marrakech")
    }

    @Test func showAnUnknownIDExitsTwo() throws {
        let result = try FactDeskBinary.run(["reference", "show", "interpool"], in: workspace)
        #expect(result.status == 2)
        #expect(result.stderr.contains("no entity or series with id 'interpool' (did you mean interpol"))
    }

    @Test func importWikidataWritesYAMLThatLints() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("Q5928.json")
        try
            #"{"entities":{"Q5928":{"type":"item","id":"Q5928","labels":{"en":{"language":"en","value":"Jürgen Stock"}},"claims":{}}}}"#
            .write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("stock.yml")
        let imported = try FactDeskBinary.run(["reference", "import", "wikidata", input.path, "--output", output.path])
        #expect(imported.status == 0)
        let lint = try FactDeskBinary.run(["reference", "lint", output.path])
        #expect(lint.status == 0 && lint.stdout.hasPrefix("1 entity, 0 series, 0 properties: no problems"))
    }

    @Test func importWikidataRejectsOtherJSON() throws {
        let result = try FactDeskBinary.run(["reference", "import", "wikidata", "Package.swift"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("factdesk: Package.swift: not Wikidata entity JSON"))
    }
}
