import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskReport

/// Declared plugins that this machine does not trust are not checkers of the run: each becomes
/// one run notice saying how to trust it, instead of a finding on every draft.
enum PluginNotices {
    /// The catalog without its untrusted plugins, and a notice for each of them.
    static func split(_ catalog: CheckerCatalog) throws -> (CheckerCatalog, [RunNotice]) {
        var notices: [RunNotice] = []
        var running: [any Checker] = []
        for checker in catalog.checkers {
            if let untrusted = checker as? UntrustedPluginChecker {
                notices.append(notice(for: untrusted))
            } else {
                running.append(checker)
            }
        }
        return (try CheckerCatalog(running), notices)
    }

    /// `plugin quotation-marks not run: it is not trusted on this machine (factdesk plugins trust quotation-marks)`.
    private static func notice(for plugin: UntrustedPluginChecker) -> RunNotice {
        let id = plugin.declaration.id
        let why = plugin.changed ? "it changed since it was trusted" : "it is not trusted on this machine"
        return RunNotice(checker: id, message: "plugin \(id) not run: \(why) (to trust it: factdesk plugins trust \(id))")
    }
}
