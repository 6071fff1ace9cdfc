import Foundation
import Testing

/// `factdesk reference import wikidata DUMP --output-folder DIR`: a gzip dump streamed into YAML
/// files that lint clean, with a progress line on a terminal only.
@Suite struct WikidataDumpCommandTests {
    private func entity(_ id: String, _ instanceOf: String, _ name: String, occupation: String? = nil) -> String {
        let claim = { (item: String) in
            #"[{"mainsnak":{"snaktype":"value","datavalue":{"type":"wikibase-entityid","value":{"id":"\#(item)"}}}}]"#
        }
        let occupationClaim = occupation.map { #","P106":\#(claim($0))"# } ?? ""
        return #"{"id":"\#(id)","labels":{"en":{"value":"\#(name)"}},"claims":{"P31":\#(claim(instanceOf))\#(occupationClaim)}}"#
    }

    private func gzipDump(in folder: TemporaryFolder) throws -> String {
        let lines = [
            entity("Q10", "Q5", "Dana Example", occupation: "Q1930187"), entity("Q11", "Q5", "Eli Sample"),
            entity("Q12", "Q43229", "Sample Bureau"), entity("Q13", "Q515", "Sampleton"),
        ]
        let path = try folder.write("dump.json", Data(("[\n" + lines.joined(separator: ",\n") + "\n]\n").utf8))
        let gzip = try FactDeskBinary.runProgram("/usr/bin/gzip", ["-f", path])
        #expect(gzip.status == 0)
        return path + ".gz"
    }

    @Test func aDumpIsStreamedIntoFilesThatLint() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try gzipDump(in: folder)
        let output = folder.url.appendingPathComponent("imported").path
        let result = try FactDeskBinary.run([
            "reference", "import", "wikidata", dump, "--output-folder", output, "--chunk-size", "1",
            "--kind", "person", "--occupation", "Q1930187",
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout == "1 of 4 entities imported into 1 files in \(output)\n")
        #expect(result.stderr.isEmpty, "no progress line off a terminal")
        let all = folder.url.appendingPathComponent("all").path
        let everything = try FactDeskBinary.run(["reference", "import", "wikidata", dump, "--output-folder", all, "--chunk-size", "2"])
        #expect(everything.stdout == "4 of 4 entities imported into 2 files in \(all)\n")
        let lint = try FactDeskBinary.run(["reference", "lint", all])
        #expect(lint.status == 0)
        #expect(lint.stdout.hasPrefix("4 entities, 0 series, 0 properties: no problems"))
    }

    @Test func aProgressLineIsDrawnOnATerminal() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let dump = try gzipDump(in: folder)
        let command =
            "\(FactDeskBinary.executable.path) reference import wikidata \(dump) --output-folder \(folder.url.path)/out"
        let terminal = try FactDeskBinary.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(terminal.stdout.contains("read 4 entities, kept 4, 1 files written (100 % of the dump)"), "\(terminal.stdout)")
    }

    @Test(arguments: [
        (["--kind", "person"], "need --output-folder"), (["--output-folder", "x", "--kind", "film"], "unknown kind 'film'"),
        (["--output-folder", "x", "--occupation", "writer"], "'writer' is not a Wikidata item id"),
        (["--output-folder", "x", "--language", "de"], "unknown language 'de'"),
    ])
    func badOptionsExitTwo(arguments: [String], expected: String) throws {
        let result = try FactDeskBinary.run(["reference", "import", "wikidata", "dump.json.gz"] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }
}
