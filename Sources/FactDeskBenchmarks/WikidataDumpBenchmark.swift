import Foundation

/// `factdesk reference import wikidata` streaming a generated gzip dump of 200,000 entities —
/// people with occupations, organisations, places with populations, and other items — through
/// the release binary: wall time, peak RSS, entities kept and files written.
enum WikidataDumpBenchmark {
    static func run(names: [String]) -> [String] {
        guard let factdesk = ChildRun.factdesk else {
            return ["wikidata dump import: build the release factdesk first (swift build -c release --product factdesk)"]
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-dump-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let dump = root.appendingPathComponent("latest-all.json")
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try writeDump(count: 200_000, names: names, to: dump)
        } catch {
            return ["wikidata dump import: cannot write the dump: \(error)"]
        }
        let gzip = ChildRun.run("/usr/bin/gzip", ["-1", "-f", dump.path])
        let gzipped = dump.path + ".gz"
        let bytes = (try? FileManager.default.attributesOfItem(atPath: gzipped)[.size] as? Int) ?? 0
        guard gzip.status == 0, bytes > 0 else { return ["wikidata dump import: gzip failed"] }
        var lines = [
            String(format: "wikidata dump import (200,000 generated entities, %.1f MB gzip)", Double(bytes) / 1_048_576)
        ]
        for (label, options) in [
            ("people, organisations, places", [String]()),
            ("people with occupation Q1930187 only", ["--kind", "person", "--occupation", "Q1930187"]),
        ] {
            let output = root.appendingPathComponent("out-\(options.count)").path
            let arguments = ["reference", "import", "wikidata", gzipped, "--output-folder"]
            let run = ChildRun.run(factdesk, arguments + [output] + options)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: output))?.count ?? 0
            let peak = ChildRun.peakMB(factdesk, arguments + [output + "-peak"] + options)
            lines.append(
                "  \(label): "
                    + String(
                        format: "%.2f s, peak RSS %.0f MB, %d files of up to 50,000 entities (exit %d)", run.seconds,
                        peak, files, run.status))
        }
        return lines
    }

    /// The dump as Wikidata writes it: `[`, one entity a line with a trailing comma, `]`.
    private static func writeDump(count: Int, names: [String], to url: URL) throws {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("[\n".utf8))
        var batch = ""
        let occupations = ["Q1930187", "Q82955", "Q33999", "Q937857"]
        for number in 0..<count {
            let name = names[number % names.count]
            let claims: String
            switch number % 4 {
            case 0, 1:
                claims = #""P31":[\#(item("Q5"))],"P106":[\#(item(occupations[number % occupations.count]))]"#
            case 2:
                claims = #""P31":[\#(item("Q43229"))]"#
            default:
                claims =
                    #""P31":[\#(item("Q515"))],"P1082":[{"mainsnak":{"snaktype":"value","datavalue":{"type":"quantity","value":{"amount":"+\#(1000 + number)","unit":"1"}}},"rank":"normal"}]"#
            }
            batch +=
                #"{"type":"item","id":"Q\#(number + 1)","labels":{"en":{"language":"en","value":"\#(name)"},"fr":{"language":"fr","value":"\#(name)"}},"aliases":{"en":[{"language":"en","value":"\#(name) Jr"}]},"claims":{\#(claims)}}"#
            batch += number + 1 < count ? ",\n" : "\n"
            if batch.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(batch.utf8))
                batch = ""
            }
        }
        try handle.write(contentsOf: Data((batch + "]\n").utf8))
    }

    private static func item(_ id: String) -> String {
        #"{"mainsnak":{"snaktype":"value","datavalue":{"type":"wikibase-entityid","value":{"id":"\#(id)"}}},"rank":"normal"}"#
    }
}
