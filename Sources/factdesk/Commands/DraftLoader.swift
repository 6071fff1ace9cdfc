import FactDeskChecking
import FactDeskKit
import Foundation

/// Reads the drafts of a run into the documents the checkers see, each with the path of its
/// counterpart in another language when the run compares versions. Many drafts are read and
/// analysed on `jobs` threads at once, before their checks spread over the cores too.
struct DraftLoader: Sendable {
    /// A draft read and analysed, and its counterpart's path when the run compares versions.
    struct Loaded: Sendable {
        var document: Document
        let counterpart: String?
    }

    /// The language forced by `--lang` or a one-language workspace, or `nil` to detect it.
    let language: Language?
    /// The publication date given by `--published`.
    let published: CalendarDate?
    /// The counterpart given by `--counterpart`.
    let counterpart: String?
    /// Whether a counterpart found by convention is read: only when the run compares versions.
    let comparesVersions: Bool
    /// How many drafts are read at once (`--jobs`).
    var jobs = 1
    let reader = DraftReader()

    /// The drafts of a run, read and analysed on `jobs` threads, each with its counterpart: one that
    /// is itself a draft of the run is that draft's document (analysed once, and extracted once
    /// through `ExtractionShare`), another is read from its file. A draft that cannot be read,
    /// or whose counterpart cannot, is left out with why; the others keep their order.
    func drafts(paths: [String], names: [String]) -> (drafts: [(index: Int, document: Document)], failures: [InputError]) {
        var drafts: [(index: Int, document: Document)] = []
        var counterparts: [Int: String] = [:]
        var failures: [InputError] = []
        for (index, result) in load(paths: paths, names: names).enumerated() {
            switch result {
            case .success(let loaded):
                if let other = loaded.counterpart { counterparts[drafts.count] = other }
                drafts.append((index, loaded.document))
            case .failure(let error):
                failures.append(error)
            }
        }
        let byPath = Dictionary(drafts.map { (CounterpartLookup.standardized($0.document.path), $0.document) }) {
            first, _ in first
        }
        var unreadable: Set<Int> = []
        for (position, other) in counterparts.sorted(by: { $0.key < $1.key }) {
            if let shared = byPath[CounterpartLookup.standardized(other)] {
                drafts[position].document.counterpart = shared
                continue
            }
            do {
                drafts[position].document.counterpart = try counterpartDocument(at: other)
            } catch {
                failures.append(error)
                unreadable.insert(position)
            }
        }
        return (drafts.enumerated().filter { !unreadable.contains($0.offset) }.map(\.element), failures)
    }

    /// The drafts at `paths`, reported under `names`, read and analysed on `jobs` threads; in order.
    private func load(paths: [String], names: [String]) -> [Result<Loaded, InputError>] {
        Array(zip(paths, names)).concurrentMap(threads: jobs) { path, name in
            Result { () throws(InputError) in try load(path: path, name: name) }
        }
    }

    /// The draft at `path`, reported under `name`.
    private func load(path: String, name: String) throws(InputError) -> Loaded {
        load(text: try reader.read(path), name: name)
    }

    /// A draft's `text` (unsaved, in an editor), reported under `name`.
    func load(text: String, name: String) -> Loaded {
        let document = Document(path: name, text: text, language: language, published: published)
        let found = comparesVersions ? CounterpartLookup.path(of: name, text: text) : nil
        return Loaded(document: document, counterpart: counterpart ?? found)
    }

    /// The document of `loaded` with its counterpart read from its file, when it has one.
    func withCounterpart(_ loaded: Loaded) throws(InputError) -> Document {
        var document = loaded.document
        if let other = loaded.counterpart { document.counterpart = try counterpartDocument(at: other) }
        return document
    }

    /// The counterpart read from its file.
    private func counterpartDocument(at path: String) throws(InputError) -> Document {
        Document(path: path, text: try reader.read(path), published: published)
    }
}
