import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText

/// What a check of some drafts runs with: the engine configured with the standard extractors
/// and the reference data those drafts read, built the same way for `factdesk check` and the
/// web workbench.
public enum CheckSetup {
    /// The reference data for a check: the paths given, then the `reference/` folder of each
    /// draft's workspace that none of them covers; `nil` when there is none.
    /// - Throws: ``ReferenceError`` with every problem found in the data.
    public static func reference(given: [String], drafts: [String]) throws(ReferenceError) -> ReferenceData? {
        let paths = WorkspaceReference.paths(given: given, drafts: drafts)
        return paths.isEmpty ? nil : try ReferenceLoader().load(paths)
    }

    /// The reference data for a check, found as ``reference(given:drafts:)`` finds it, read from
    /// an up-to-date snapshot in `snapshots` when there is one and written there for the next
    /// check when there is not; with the one line to show when a snapshot could not be used.
    /// - Throws: ``ReferenceError`` with every problem found in the data.
    public static func reference(
        given: [String], drafts: [String], snapshots: ReferenceSnapshots?
    ) throws(ReferenceError) -> (data: ReferenceData?, notice: String?) {
        let paths = WorkspaceReference.paths(given: given, drafts: drafts)
        guard !paths.isEmpty else { return (nil, nil) }
        guard let snapshots else { return (try ReferenceLoader().load(paths), nil) }
        let loaded = try snapshots.load(paths)
        return (loaded.data, loaded.notice)
    }

    /// The engine that runs `catalog` with the standard extractors over drafts compared with
    /// `reference`, reporting also the rules off by default named in `enabledRules` (`checker/rule`).
    public static func engine(
        catalog: CheckerCatalog, reference: ReferenceData?, enabledRules: Set<String> = []
    ) -> Engine {
        Engine(catalog: catalog, extractors: StandardExtractors.all, reference: reference, enabledRules: enabledRules)
    }
}
