import FactDeskCheckers
import FactDeskKit
import FactDeskModules
import FactDeskReport
import FactDeskRulePacks

/// Every checker a run can use, gathered from where checkers come from, and the ones it runs by
/// default — so that `check`, `serve` and `checkers` always agree.
///
/// In order: FactDesk's built-in checkers, the Swift checker modules compiled in from
/// `Plugins/`, the rule packs in the workspace's `rules/` folder, then the external plugins the
/// workspace declares. The workspace is found once per run
/// (``WorkspaceRoot/find(forDrafts:)``), so that all three come from the same one.
///
/// By default a run uses the workspace's `checkers:` list; without one, the built-in checkers
/// and what the workspace itself brings (its rule packs and the plugins it declares). The
/// compiled-in modules are examples of a newsroom's taste: they run where `checkers:` names
/// them or `--checker` asks, never on every check.
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

    /// The workspace's settings, empty outside a workspace.
    /// - Throws: ``CheckerSettingsError`` when `factdesk.yml` is malformed.
    func settings() throws -> CheckerSettings {
        guard let workspace else { return CheckerSettings() }
        return try CheckerSettings.read(workspace.configurationFile)
    }

    /// The language `--lang auto` gives every draft of the workspace (its `languages:` lists
    /// one), or `nil` to tell each draft's language from its words.
    /// - Throws: ``CheckerSettingsError`` when `languages:` is malformed.
    func fixedLanguage() throws -> Language? {
        guard let workspace else { return nil }
        return try LanguageSettings.fixedLanguage(workspace.configurationFile)
    }

    /// The checkers, built-in first, at the severities the workspace's `severities:` gives.
    /// - Throws: ``RulePackError`` when a pack of the workspace does not load,
    ///   ``CheckerSettingsError`` when `severities:` names an unknown checker or rule.
    func checkers() throws -> [any Checker] {
        var checkers: [any Checker] = BuiltinCheckers.all + SwiftCheckerModules.checkers
        if let rules = workspace?.rulesFolder {
            checkers += try RulePackLoader().load([rules]).map { RulePackChecker($0) }
        }
        checkers += try WorkspacePlugins(workspace: workspace?.url, trustsEveryPlugin: trustsEveryPlugin).checkers()
        return try adjusted(checkers, by: settings().severities)
    }

    /// The checkers with the severities of `severities:` applied.
    private func adjusted(_ checkers: [any Checker], by entries: [CheckerSettings.SeverityEntry]) throws
        -> [any Checker]
    {
        guard !entries.isEmpty else { return checkers }
        var byChecker: [String: [String: Severity]] = [:]
        for entry in entries {
            let parts = entry.target.split(separator: "/", maxSplits: 1).map(String.init)
            guard let checker = checkers.first(where: { $0.descriptor.id == parts[0] }) else {
                throw CheckerSettingsError(
                    location: entry.location, reason: "unknown checker '\(parts[0])' in 'severities'")
            }
            let rules = checker.descriptor.rules.map(\.id)
            if parts.count == 2, !rules.contains(parts[1]) {
                throw CheckerSettingsError(
                    location: entry.location, reason: "unknown rule '\(entry.target)' in 'severities'")
            }
            for rule in parts.count == 2 ? [parts[1]] : rules where parts.count == 2 || byChecker[parts[0]]?[rule] == nil {
                byChecker[parts[0], default: [:]][rule] = entry.severity
            }
        }
        return checkers.map { checker in
            byChecker[checker.descriptor.id].map { SeverityAdjustedChecker(checker, severities: $0) } ?? checker
        }
    }

    /// Whether a checker runs by default, and why.
    struct DefaultChoice {
        var isOn: Bool
        var reason: String
    }

    /// Whether each checker runs when `--checker` is not given, and why, by checker id.
    /// - Throws: ``CheckerSettingsError`` when `factdesk.yml` is malformed.
    func defaultChoices(among checkers: [any Checker]) throws -> [String: DefaultChoice] {
        let listed = try settings().checkers.map { Set($0.map(\.id)) }
        var choices: [String: DefaultChoice] = [:]
        for checker in checkers {
            let id = checker.descriptor.id
            if let listed {
                choices[id] =
                    listed.contains(id)
                    ? DefaultChoice(isOn: true, reason: "listed in factdesk.yml 'checkers'")
                    : DefaultChoice(
                        isOn: false, reason: "not listed in factdesk.yml 'checkers': add it there to run it")
                continue
            }
            choices[id] =
                switch checker.descriptor.origin.kind {
                case .builtIn: DefaultChoice(isOn: true, reason: "built-in")
                case .rulePack: DefaultChoice(isOn: true, reason: "rule pack of this workspace")
                case .externalPlugin: DefaultChoice(isOn: true, reason: "plugin declared by this workspace")
                case .swiftModule:
                    DefaultChoice(
                        isOn: false, reason: "compiled-in module: runs where 'checkers' names it or --checker asks")
                }
        }
        return choices
    }

    /// One run notice for each rule pack of the workspace and each plugin it declares that its
    /// `checkers:` list leaves out, so that no checker the workspace brings is skipped silently;
    /// none when the workspace has no list.
    /// - Throws: ``CheckerSettingsError`` when `factdesk.yml` is malformed.
    func unlistedNotices(among checkers: [any Checker]) throws -> [RunNotice] {
        guard let listed = try settings().checkers.map({ Set($0.map(\.id)) }) else { return [] }
        return checkers.compactMap { checker in
            let descriptor = checker.descriptor
            guard !listed.contains(descriptor.id) else { return nil }
            let what: String
            switch descriptor.origin.kind {
            case .rulePack: what = "rule pack \(descriptor.id) (\(descriptor.origin.location ?? "rules/"))"
            case .externalPlugin: what = "plugin \(descriptor.id)"
            case .builtIn, .swiftModule: return nil
            }
            return RunNotice(
                checker: descriptor.id,
                message:
                    "\(what) not run: factdesk.yml 'checkers' does not list it (add \(descriptor.id) there to run it)")
        }
    }

    /// The ids of the checkers a run uses when `--checker` is not given (see ``defaultChoices(among:)``).
    /// - Throws: ``CheckerSettingsError`` when `checkers:` is malformed or names an unknown checker.
    func defaultCheckerIDs(among checkers: [any Checker]) throws -> [String] {
        let known = checkers.map(\.descriptor.id)
        if let listed = try settings().checkers {
            if let unknown = listed.first(where: { !known.contains($0.id) }) {
                throw CheckerSettingsError(
                    location: unknown.location,
                    reason: "unknown checker '\(unknown.id)' in 'checkers' (known: \(known.joined(separator: ", ")))")
            }
            return listed.map(\.id)
        }
        let choices = try defaultChoices(among: checkers)
        return known.filter { choices[$0]?.isOn == true }
    }

    /// The rules off by default that the workspace turns on (`strict-accents: true` turns on
    /// `name/folded-accents`), as `checker/rule`.
    /// - Throws: ``CheckerSettingsError`` when `factdesk.yml` is malformed.
    func enabledRules() throws -> [String] {
        try settings().enabledRules
    }
}
