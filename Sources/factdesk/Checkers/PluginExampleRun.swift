import FactDeskEngine
import FactDeskKit
import FactDeskText

/// Runs a started plugin's rule examples, as its handshake declares them, through the host:
/// each example as written and in every ``RuleExample/Variant`` that moves offsets, like the
/// built-in checkers' examples in the test suite. An example must be flagged exactly on its
/// `⟦…⟧` spans (nowhere when it has none), with no `checker-error`.
struct PluginExampleRun {
    /// An example, in one variant, whose findings differ from its marks.
    struct Failure: CustomStringConvertible {
        var rule: String
        var variant: RuleExample.Variant
        var text: String
        var expected: [String]
        var found: [String]
        /// The `checker-error` messages the plugin's failure gave, if any.
        var errors: [String]

        /// `plugin/rule [variant]: expected …, found … in: text`, then the plugin's errors.
        var description: String {
            func list(_ quotes: [String]) -> String {
                quotes.isEmpty ? "nothing" : quotes.map { "⟦\($0)⟧" }.joined(separator: ", ")
            }
            let shown = text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
            return "\(rule) [\(variant.rawValue)]: expected \(list(expected)), found \(list(found)) in: \(shown)"
                + errors.map { "\n  checker-error: \($0)" }.joined()
        }
    }

    /// How many examples the plugin declares.
    private(set) var examples = 0
    /// How many runs were made: each example in each variant.
    private(set) var runs = 0
    /// The runs that failed.
    private(set) var failures: [Failure] = []

    /// Runs every example of `plugin` in every variant.
    init(_ plugin: any Checker) throws {
        let engine = Engine(catalog: try CheckerCatalog([plugin]), extractors: StandardExtractors.all)
        let id = plugin.descriptor.id
        for rule in plugin.descriptor.rules {
            // An example in a language the workspace does not let the plugin check is not run.
            for example in rule.examples where plugin.descriptor.languages.contains(example.language) {
                examples += 1
                for variant in RuleExample.Variant.allCases {
                    runs += 1
                    let written = RuleExample(
                        variant.apply(to: example.text), language: example.language, published: example.published)
                    let (text, expected) = written.unmarked
                    let document = Document(
                        path: "example", text: text, language: written.language, published: written.published)
                    let findings = engine.checkSequentially(document).findings
                    let errors = findings.filter { $0.rule == CheckerFailure.rule }.map(\.message)
                    let found = findings.filter { $0.rule == rule.id }.map(\.span)
                    guard found != expected || !errors.isEmpty else { continue }
                    failures.append(
                        Failure(
                            rule: "\(id)/\(rule.id)", variant: variant, text: text,
                            expected: expected.map(document.text(in:)), found: found.map(document.text(in:)),
                            errors: errors))
                }
            }
        }
    }
}
