import FactDeskChecking
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import Foundation

/// The engines of the workspaces a warm worker checks drafts of, kept between checks and built
/// again when a file they were built from changes: `factdesk.yml`, a reference data file, a rule
/// pack. Telling costs one `stat` per file of those folders, never a read.
struct WorkspaceEngineCache {
    /// An engine with what it was built from.
    struct Entry {
        let catalog: CheckerCatalog
        let engine: Engine
        /// The one language of the workspace's drafts, if its `languages:` names one.
        let workspaceLanguage: Language?
        let stamp: [String: FileStamp]
        /// Which build of the cache this is: a new number each time an engine is built.
        let build: Int
    }

    /// A file's size and modification time.
    struct FileStamp: Equatable {
        let size: Int
        let modified: Date
    }

    private var entries: [String: Entry] = [:]
    private var builds = 0

    /// The engine for a draft at `path`, as `factdesk check` builds it for that draft.
    /// - Throws: what building the checkers or loading the reference data throws.
    mutating func engine(forDraft path: String) throws -> Entry {
        let root = WorkspaceRoot.find(forDrafts: [path])
        let key = root?.url.path ?? ""
        let stamp = root.map { Self.stamp(of: $0.url) } ?? [:]
        if let entry = entries[key], entry.stamp == stamp { return entry }
        let chosen = try RunCheckers(drafts: [path], trustsEveryPlugin: false)
        // Mapped from the snapshot `factdesk check` keeps, so that opening a draft with a large
        // reference costs no more than a check does.
        let (reference, notice) = try CheckSetup.reference(
            given: [], drafts: [path], snapshots: ReferenceSnapshots.userCache(version: FactDeskVersion.current))
        notice.map(Diagnostics.error)
        let entry = Entry(
            catalog: chosen.catalog,
            engine: CheckSetup.engine(catalog: chosen.catalog, reference: reference, enabledRules: chosen.enabledRules),
            workspaceLanguage: chosen.workspaceLanguage, stamp: stamp, build: builds)
        builds += 1
        entries[key] = entry
        return entry
    }

    /// The stamps of the workspace's settings, reference data and rule packs.
    static func stamp(of root: URL) -> [String: FileStamp] {
        let manager = FileManager.default
        var files = [root.appendingPathComponent("factdesk.yml")]
        for folder in ["reference", "rules"] {
            let url = root.appendingPathComponent(folder)
            files += (manager.enumerator(at: url, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }) ?? []
        }
        var stamps: [String: FileStamp] = [:]
        for file in files {
            guard let attributes = try? manager.attributesOfItem(atPath: file.path) else { continue }
            stamps[file.path] = FileStamp(
                size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                modified: attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return stamps
    }
}
