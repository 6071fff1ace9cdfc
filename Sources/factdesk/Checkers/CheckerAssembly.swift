import FactDeskCheckers
import FactDeskKit

/// Every checker a run can use, gathered from where checkers come from.
///
/// Today: FactDesk's built-in checkers and the external plugins of the drafts' workspace. Each
/// kind of custom checker (Swift modules, rule packs, external plugins) adds its own source
/// here, so that `check` and `checkers` always agree.
struct CheckerAssembly {
    /// The drafts a run is about; a workspace is found from them (or from the current folder).
    var drafts: [String]
    /// Whether external plugins run without being trusted (`check --trust-plugins`).
    var trustsEveryPlugin = false

    /// The checkers, built-in first.
    func checkers() throws -> [any Checker] {
        BuiltinCheckers.all
            + (try WorkspacePlugins(drafts: drafts, trustsEveryPlugin: trustsEveryPlugin).checkers())
    }
}
