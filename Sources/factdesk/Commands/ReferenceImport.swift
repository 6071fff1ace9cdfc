import ArgumentParser
import FactDeskKit
import FactDeskReference
import Foundation

extension Reference {
    /// `factdesk reference import iso-codes|wikidata`: brings outside data in as reference YAML.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import reference data as YAML: countries from iso-codes, entities from Wikidata JSON.",
            subcommands: [ISOCodes.self, Wikidata.self])
    }
}

extension Reference.Import {
    /// `factdesk reference import iso-codes [--output FILE]`.
    struct ISOCodes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "iso-codes",
            abstract: "Country names in English and French from Debian's iso-codes package.")

        @Option(help: ArgumentHelp("Write the YAML to this file (default: standard output).", valueName: "FILE"))
        var output: String?

        func run() throws {
            let entities: [Entity]
            do {
                entities = try ISOCodesImporter.installedEntities()
            } catch {
                throw ExitCode(Diagnostics.usage(error.description))
            }
            let comment = "Countries of ISO 3166-1 in English and French, from Debian's iso-codes package."
            try ReferencePaths.write(try ReferenceYAML.document(entities: entities, comment: comment), to: output)
        }
    }

    /// `factdesk reference import wikidata FILE [--output FILE | --output-folder DIR …]`.
    struct Wikidata: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Entities from Wikidata JSON (dump or Special:EntityData): fr/en names, whitelisted facts.",
            discussion: """
                With --output-folder, FILE is read as a full dump (latest-all.json.gz style, gzip or \
                plain, one entity per line) as it goes, in bounded memory, and the entities kept are \
                written every --chunk-size entities to wikidata-00001.yml, wikidata-00002.yml… in \
                that folder. --kind, --occupation, --position and --language choose what is kept.
                """)

        @Argument(help: ArgumentHelp("A Wikidata JSON file, or with --output-folder a dump.", valueName: "FILE"))
        var file: String

        @Option(help: ArgumentHelp("Write the YAML to this file (default: standard output).", valueName: "FILE"))
        var output: String?

        @Option(help: ArgumentHelp("Stream a dump into YAML files in this folder.", valueName: "DIR"))
        var outputFolder: String?

        @Option(help: ArgumentHelp("Entities per YAML file when streaming.", valueName: "N"))
        var chunkSize = 50_000

        @Option(help: ArgumentHelp("Keep this kind: person, organization or place (repeatable; default all three)."))
        var kind: [String] = []

        @Option(help: ArgumentHelp("Keep people with this occupation (P106), e.g. Q82955 (repeatable).", valueName: "Q-ID"))
        var occupation: [String] = []

        @Option(help: ArgumentHelp("Keep people who held this position (P39), e.g. Q30461 (repeatable).", valueName: "Q-ID"))
        var position: [String] = []

        @Option(help: ArgumentHelp("Keep names in this language: fr or en (repeatable; default both).", valueName: "LANG"))
        var language: [String] = []

        func validate() throws {
            let streams = outputFolder != nil
            let filters = !kind.isEmpty || !occupation.isEmpty || !position.isEmpty || !language.isEmpty
            if !streams, filters || chunkSize != 50_000 {
                throw ValidationError("--kind, --occupation, --position, --language and --chunk-size need --output-folder")
            }
            if streams, output != nil { throw ValidationError("--output and --output-folder cannot be used together") }
            guard chunkSize > 0 else { throw ValidationError("--chunk-size must be at least 1") }
            for value in kind where ![.person, .organization, .place].contains(Entity.Kind(rawValue: value)) {
                throw ValidationError("unknown kind '\(value)' (expected person, organization or place)")
            }
            for value in occupation + position
            where !(value.hasPrefix("Q") && value.count > 1 && value.dropFirst().allSatisfy { ("0"..."9").contains($0) }) {
                throw ValidationError("'\(value)' is not a Wikidata item id (Q followed by digits)")
            }
            for value in language where Language(rawValue: value) == nil {
                throw ValidationError("unknown language '\(value)' (expected fr or en)")
            }
        }

        func run() throws {
            if let outputFolder { return try stream(into: outputFolder) }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ExitCode(Diagnostics.usage("\(file): cannot read the file"))
            }
            let entities: [Entity]
            do {
                entities = try WikidataImporter.entities(from: data)
            } catch {
                throw ExitCode(Diagnostics.usage("\(file): \(error.description)"))
            }
            let comment =
                "Entities imported from Wikidata (\((file as NSString).lastPathComponent)); facts cite their statements."
            try ReferencePaths.write(try ReferenceYAML.document(entities: entities, comment: comment), to: output)
        }

        private func stream(into folder: String) throws {
            var filter = WikidataFilter(occupations: Set(occupation), positions: Set(position))
            if !kind.isEmpty { filter.kinds = Set(kind.compactMap(Entity.Kind.init(rawValue:))) }
            if !language.isEmpty { filter.languages = language.compactMap(Language.init(rawValue:)) }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let bar = ImportProgress.make(fileBytes: size)
            let result: WikidataDumpImport.Progress
            do {
                result = try WikidataDumpImport(filter: filter, chunkSize: chunkSize)
                    .run(dump: file, into: folder) { bar?.show($0) }
            } catch {
                bar?.finish()
                throw ExitCode(Diagnostics.usage(error.description))
            }
            bar?.finish()
            print("\(result.kept) of \(result.read) entities imported into \(result.files.count) files in \(folder)")
        }
    }
}
