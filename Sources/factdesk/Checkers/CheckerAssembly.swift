import FactDeskCheckers
import FactDeskKit
import FactDeskModules
import FactDeskRulePacks

/// Every checker a run can use, gathered from where checkers come from, and the ones it runs by
/// default — so that `check` and `checkers` always agree.
///
/// In order: FactDesk's built-in checkers, the Swift checker modules compiled in from
/// `Plugins/`, the rule packs in the workspace's `rules/` folder, then the external plugins the
/// workspace declares. The workspace is the one holding the first draft (or the current folder
/// when there is no draft).
struct CheckerAssembly {
    /// The drafts a run is about; a workspace is found from them (or from the current folder).
    var drafts: [String]
    /// Whether external plugins run without being trusted (`check --trust-plugins`).
    var trustsEveryPlugin = false

    /// The workspace the run is in, if any.
    var workspace: WorkspaceRoot? {
        WorkspaceRoot.find(from: drafts.first { $0 != "-" })
    }

    /// The checkers, built-in first.
    /// - Throws: ``RulePackError`` when a pack of the workspace does not load.
    func checkers() throws -> [any Checker] {
        var checkers: [any Checker] = BuiltinCheckers.all + SwiftCheckerModules.checkers
        if let rules = workspace?.rulesFolder {
            checkers += try RulePackLoader().load([rules]).map { RulePackChecker($0) }
        }
        return checkers + (try WorkspacePlugins(drafts: drafts, trustsEveryPlugin: trustsEveryPlugin).checkers())
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
