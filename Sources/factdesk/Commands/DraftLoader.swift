import FactDeskChecking
import FactDeskKit

/// Reads one draft of a run into the document the checkers see, with its counterpart in another
/// language when the run compares versions. Drafts are read on the workers that check them, so
/// reading and analysing many drafts is spread over the cores like their checks.
struct DraftLoader: Sendable {
    /// The language forced by `--lang` or a one-language workspace, or `nil` to detect it.
    let language: Language?
    /// The publication date given by `--published`.
    let published: CalendarDate?
    /// The counterpart given by `--counterpart`.
    let counterpart: String?
    /// Whether a counterpart found by convention is read: only when the run compares versions.
    let comparesVersions: Bool
    let reader = DraftReader()

    /// The document of the draft at `path`, reported under `name`.
    func document(path: String, name: String) throws(InputError) -> Document {
        try document(text: try reader.read(path), name: name)
    }

    /// The document of a draft's `text` (unsaved, in an editor), reported under `name`.
    func document(text: String, name: String) throws(InputError) -> Document {
        var document = Document(path: name, text: text, language: language, published: published)
        let found = comparesVersions ? CounterpartLookup.path(of: name, text: text) : nil
        if let other = counterpart ?? found {
            document.counterpart = Document(path: other, text: try reader.read(other), published: published)
        }
        return document
    }
}
