import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// `WikidataDumpImport`: a dump read line by line (gzip or plain) into YAML files of bounded
/// size, filtered by kind, occupation, position and language.
@Suite struct WikidataDumpImportTests {
    /// One dump line's entity: `P31` the class, `P106` occupations, `P39` positions.
    static func entityJSON(
        _ id: String, instanceOf: String, labels: [String: String], occupations: [String] = [],
        positions: [String] = []
    ) -> String {
        func items(_ ids: [String]) -> String {
            ids.map {
                #"{"mainsnak":{"snaktype":"value","datavalue":{"type":"wikibase-entityid","value":{"id":"\#($0)"}}},"rank":"normal"}"#
            }.joined(separator: ",")
        }
        let labelJSON = labels.map { #""\#($0)":{"language":"\#($0)","value":"\#($1)"}"# }.joined(separator: ",")
        return #"{"type":"item","id":"\#(id)","labels":{\#(labelJSON)},"claims":{"P31":[\#(items([instanceOf]))],"P106":[\#(items(occupations))],"P39":[\#(items(positions))]}}"#
    }

    /// A dump as Wikidata writes it: `[`, one entity a line with a trailing comma but the last, `]`.
    static let dump: String = {
        let entities = [
            entityJSON("Q1", instanceOf: "Q5", labels: ["en": "Ada Example", "fr": "Ada Exemple"], occupations: ["Q1930187"]),
            entityJSON("Q2", instanceOf: "Q5", labels: ["en": "Bo Sample"], occupations: ["Q33999"]),
            entityJSON("Q3", instanceOf: "Q5", labels: ["fr": "Chloé Essai"], positions: ["Q30461"]),
            entityJSON("Q4", instanceOf: "Q43229", labels: ["en": "Example Agency", "fr": "Agence exemple"]),
            entityJSON("Q5", instanceOf: "Q515", labels: ["fr": "Villeexemple"]),
            entityJSON("Q6", instanceOf: "Q11424", labels: ["en": "Some Film"]),
            entityJSON("Q7", instanceOf: "Q515", labels: ["de": "Nurdeutschstadt"]),
        ]
        return "[\n" + entities.joined(separator: ",\n") + "\n]\n"
    }()

    /// The dump written to a folder, gzipped with the system's `gzip` unless `plain`.
    static func writeDump(in folder: URL, plain: Bool = false, text: String = dump) throws -> String {
        let path = folder.appendingPathComponent("dump.json").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        guard !plain else { return path }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gzip.arguments = ["-f", path]
        try gzip.run()
        gzip.waitUntilExit()
        return path + ".gz"
    }

    private func importedIDs(_ files: [String]) throws -> [String] {
        try ReferenceLoader().load(files).entities.map(\.id)
    }

    @Test func aGzipDumpIsImportedInChunksThatLoad() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.writeDump(in: folder)
        let output = folder.appendingPathComponent("out").path
        var reports: [WikidataDumpImport.Progress] = []
        let result = try WikidataDumpImport(chunkSize: 2).run(dump: dump, into: output) { reports.append($0) }
        #expect(result.read == 7)
        #expect(result.kept == 5)
        #expect(result.files.map { ($0 as NSString).lastPathComponent } == ["wikidata-00001.yml", "wikidata-00002.yml", "wikidata-00003.yml"])
        #expect(try importedIDs(result.files) == ["wikidata:Q1", "wikidata:Q2", "wikidata:Q3", "wikidata:Q4", "wikidata:Q5"])
        #expect(reports.last?.read == 7)
        #expect(reports.last?.bytesRead == Int(try FileManager.default.attributesOfItem(atPath: dump)[.size] as! UInt64))
    }

    @Test func peopleAreKeptByOccupationOrPosition() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.writeDump(in: folder)
        let filter = WikidataFilter(kinds: [.person], occupations: ["Q1930187"], positions: ["Q30461"])
        let result = try WikidataDumpImport(filter: filter).run(dump: dump, into: folder.appendingPathComponent("out").path)
        #expect(try importedIDs(result.files) == ["wikidata:Q1", "wikidata:Q3"])
    }

    @Test func namesAreKeptInTheLanguagesAsked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.writeDump(in: folder, plain: true)
        let filter = WikidataFilter(kinds: [.person, .organization], languages: [.fr])
        let result = try WikidataDumpImport(filter: filter).run(dump: dump, into: folder.appendingPathComponent("out").path)
        let data = try ReferenceLoader().load(result.files)
        #expect(data.entities.map(\.id) == ["wikidata:Q1", "wikidata:Q3", "wikidata:Q4"])
        #expect(data.entity("wikidata:Q4")?.names == [Name("Agence exemple", language: .fr)])
    }

    @Test func aLineThatIsNotAnEntityNamesItsLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.writeDump(in: folder, text: "[\n" + Self.entityJSON("Q1", instanceOf: "Q5", labels: ["en": "A B"]) + ",\n{\"id\": 3},\n]\n")
        #expect(throws: WikidataImporter.ImportError(description: "\(dump):3: not a Wikidata entity")) {
            try WikidataDumpImport().run(dump: dump, into: folder.appendingPathComponent("out").path)
        }
    }

    @Test func aFolderWithAnEarlierImportIsNeverOverwritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dump = try Self.writeDump(in: folder)
        let output = folder.appendingPathComponent("out").path
        _ = try WikidataDumpImport().run(dump: dump, into: output)
        #expect(throws: WikidataImporter.ImportError.self) { try WikidataDumpImport().run(dump: dump, into: output) }
    }

    @Test func aFileOfSeveralBatchesIsWrittenAsOneDocumentWithNothingLeftBehind() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = WikidataDumpImport.batchSize * 2 + 500
        let lines = (1...count).map {
            Self.entityJSON("Q\($0)", instanceOf: "Q515", labels: ["en": "Town \($0)", "fr": "Ville \($0)"])
        }
        let dump = try Self.writeDump(in: folder, plain: true, text: "[\n" + lines.joined(separator: ",\n") + "\n]\n")
        let output = folder.appendingPathComponent("out").path
        let result = try WikidataDumpImport(chunkSize: count + 10).run(dump: dump, into: output)
        #expect(result.files.count == 1)
        let loaded = try ReferenceLoader().load(result.files)
        #expect(loaded.entities.map(\.id) == (1...count).map { "wikidata:Q\($0)" })
        // Written a batch at a time, the file is the document written in one go.
        let comment = "Entities imported from the Wikidata dump dump.json (part 1); facts cite their statements."
        let whole = try ReferenceYAML.document(entities: loaded.entities, comment: comment)
        #expect(try String(contentsOfFile: result.files[0], encoding: .utf8) == whole)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["wikidata-00001.yml"])
    }
}
