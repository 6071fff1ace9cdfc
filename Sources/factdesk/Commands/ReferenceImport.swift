import ArgumentParser
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

    /// `factdesk reference import wikidata FILE [--output FILE]`.
    struct Wikidata: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Entities from Wikidata JSON (dump or Special:EntityData): fr/en names, whitelisted facts.")

        @Argument(help: ArgumentHelp("A Wikidata JSON file.", valueName: "FILE"))
        var file: String

        @Option(help: ArgumentHelp("Write the YAML to this file (default: standard output).", valueName: "FILE"))
        var output: String?

        func run() throws {
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
    }
}
