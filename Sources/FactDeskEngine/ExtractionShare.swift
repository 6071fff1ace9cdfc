import FactDeskKit
import Foundation

/// The mentions of the drafts of one run that are also another draft's counterpart, extracted
/// once for the run: a check of a French draft and of its English version extracts each version
/// once, not once as a draft and once more as the other's counterpart.
///
/// Only documents that a run checks and that another document of it names as counterpart are
/// kept, so a run of many drafts holds no more than their pairs. When two checks ask for one
/// document at once, the second waits for the first's extraction rather than repeating it.
public final class ExtractionShare: @unchecked Sendable {
    /// One shared document: its text and language (a document of the same path read otherwise
    /// is not shared) and its mentions once extracted.
    private final class Entry: @unchecked Sendable {
        let text: String
        let language: Language
        let lock = NSLock()
        var mentions: [Mention]?

        init(_ document: Document) {
            text = document.text
            language = document.language
        }
    }

    private let entries: [String: Entry]

    /// Shares the extraction of the documents among `documents` that another one of them names
    /// as its counterpart (by path, with the same text).
    public init(_ documents: [Document]) {
        let named = Set(documents.compactMap { $0.counterpart?.path })
        var entries: [String: Entry] = [:]
        for document in documents where named.contains(document.path) && entries[document.path] == nil {
            entries[document.path] = Entry(document)
        }
        self.entries = entries
    }

    /// The mentions of `document`: extracted by `extract` the first time a shared document is
    /// asked for, kept for the next time; extracted each time for any other document.
    func mentions(of document: Document, extract: (Document) -> [Mention]) -> [Mention] {
        guard let entry = entries[document.path], entry.language == document.language, entry.text == document.text
        else { return extract(document) }
        entry.lock.lock()
        defer { entry.lock.unlock() }
        if let mentions = entry.mentions { return mentions }
        let mentions = extract(document)
        entry.mentions = mentions
        return mentions
    }
}
