import ArgumentParser
import FactDeskKit
import FactDeskReport
import FactDeskText
import Foundation

/// `factdesk extract`: what the extractors saw in a draft, for "why wasn't my date checked?".
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show each date, number, ordinal, duration and name the extractors saw, with span and value.")

    @OptionGroup var draft: DraftOptions

    @Option(
        help: ArgumentHelp(
            "Only these kinds, comma-separated (\(Mention.Kind.allCases.map(\.rawValue).joined(separator: ", "))).",
            valueName: "KINDS"))
    var kinds: String?

    @Option(help: "Output format: json or text.")
    var format: ListFormat = .json

    @Argument(help: ArgumentHelp("The draft; - reads standard input.", valueName: "FILE"))
    var file: String

    /// The kinds asked for, or `nil` for all.
    private var selectedKinds: Set<Mention.Kind>? {
        kinds.map { Set($0.split(separator: ",").compactMap { Mention.Kind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }) }
    }

    func validate() throws {
        for name in kinds?.split(separator: ",") ?? [] where Mention.Kind(rawValue: name.trimmingCharacters(in: .whitespaces)) == nil {
            let known = Mention.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--kinds: unknown kind '\(name)' (known: \(known))")
        }
    }

    func run() throws {
        let text: String
        do {
            text = try DraftReader().read(file)
        } catch {
            throw ExitCode(Diagnostics.usage(error.description))
        }
        let document = draft.document(path: file, text: text)
        var mentions = StandardExtractors.all.mentions(in: document)
        if let selectedKinds { mentions = mentions.filter { selectedKinds.contains($0.kind) } }
        let output = switch format {
        case .json: try ExtractJSON(document: document, mentions: mentions).rendered()
        case .text: ExtractText().render(document: document, mentions: mentions)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
