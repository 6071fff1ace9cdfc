import FactDeskCheckers
import FactDeskKit
import FactDeskModules
import FactDeskRulePacks

/// Every checker a run can use, gathered from where checkers come from, and the ones it runs by
/// default — so that `check` and `checkers` always agree.
///
/// In order: FactDesk's built-in checkers, the Swift checker modules compiled in from
/// `Plugins/`, the rule packs in the workspace's `rules/` folder, then the external plugins the
/// workspace declares. The workspace is found once per run
/// (``WorkspaceRoot/find(forDrafts:)``), so that all three come from the same one.
struct CheckerAssembly {
    /// The workspace the run is in, if any.
    let workspace: WorkspaceRoot?
    /// Whether external plugins run without being trusted (`check --trust-plugins`).
    let trustsEveryPlugin: Bool

    /// The checkers of a run about `drafts`: the workspace holding the first of them that lies
    /// in one, else the one holding the current folder.
    init(drafts: [String], trustsEveryPlugin: Bool = false) {
        self.workspace = WorkspaceRoot.find(forDrafts: drafts)
        self.trustsEveryPlugin = trustsEveryPlugin
    }

    /// The checkers, built-in first.
    /// - Throws: ``RulePackError`` when a pack of the workspace does not load.
    func checkers() throws -> [any Checker] {
        var checkers: [any Checker] = BuiltinCheckers.all + SwiftCheckerModules.checkers
        if let rules = workspace?.rulesFolder {
            checkers += try RulePackLoader().load([rules]).map { RulePackChecker($0) }
        }
        return checkers + (try WorkspacePlugins(workspace: workspace?.url, trustsEveryPlugin: trustsEveryPlugin).checkers())
    }

    /// The ids of the checkers a run uses when `--checker` is not given: the workspace's
    /// `checkers:` list, or every checker when it has none (or there is no workspace).
    /// - Throws: ``CheckerSettingsError`` when `checkers:` is malformed or names an unknown checker.
    func defaultCheckerIDs(among checkers: [any Checker]) throws -> [String] {
        guard let workspace, let listed = try CheckerSettings.read(workspace.configurationFile) else { return [] }
        let known = checkers.map(\.descriptor.id)
        if let unknown = listed.first(where: { !known.contains($0.id) }) {
            throw CheckerSettingsError(
                location: unknown.location,
                reason: "unknown checker '\(unknown.id)' in 'checkers' (known: \(known.joined(separator: ", ")))")
        }
        return listed.map(\.id)
    }
}
