import FactDeskEngine
import FactDeskKit
import FactDeskReport

/// The checkers a run uses, the rules off by default it reports and its run notices, chosen as
/// `factdesk check` chooses them: the workspace's checkers (built-in, modules, rule packs,
/// trusted plugins), its `checkers:` list unless `--checker` names some, faults injected by
/// `FACTDESK_FAULT`, and `--enable` plus the workspace's enabled rules.
struct RunCheckers {
    /// The checkers that run.
    let catalog: CheckerCatalog
    /// The rules off by default that are reported, as `checker/rule`.
    let enabledRules: Set<String>
    /// Declared plugins not run and packs or plugins a `checkers:` list leaves out, each with why.
    let notices: [RunNotice]
    /// The one language the workspace's drafts are in (`languages:` with one entry), or `nil`.
    let workspaceLanguage: Language?

    /// Chooses the checkers of a run about `drafts`.
    /// - Throws: a malformed workspace setting, a rule pack that does not load, an unknown
    ///   checker or rule.
    init(drafts: [String], trustsEveryPlugin: Bool, checkers requested: [String] = [], enabling: [String] = []) throws {
        let assembly = CheckerAssembly(drafts: drafts, trustsEveryPlugin: trustsEveryPlugin)
        workspaceLanguage = try assembly.fixedLanguage()
        let checkers = try assembly.checkers()
        let selected = requested.isEmpty ? try assembly.defaultCheckerIDs(among: checkers) : requested
        let chosen = try CheckerCatalog(FaultInjection.apply(to: checkers)).selecting(selected)
        let (running, untrusted) = try PluginNotices.split(chosen)
        let unlisted = requested.isEmpty ? try assembly.unlistedNotices(among: checkers) : []
        (catalog, notices) = (running, untrusted + unlisted)
        enabledRules = try chosen.rules(
            named: enabling
                + assembly.enabledRules().filter { rule in
                    chosen.descriptors.contains { rule.hasPrefix($0.id + "/") }
                })
    }
}
