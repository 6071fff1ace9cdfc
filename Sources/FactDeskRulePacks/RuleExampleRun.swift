import FactDeskKit

/// Runs every rule's examples of a pack, as `factdesk rules test` does: each example must be
/// flagged exactly on its `⟦…⟧` spans, and nowhere when it has none.
public struct RuleExampleRun: Sendable {
    /// An example whose findings differ from its marks.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// The pack file.
        public var file: String
        /// The line the example is written on.
        public var line: Int
        /// The rule, as `pack/rule`.
        public var rule: String
        /// The example, marks removed.
        public var text: String
        /// The marked spans, as text.
        public var expected: [String]
        /// What the rule flagged, as text.
        public var found: [String]

        /// `file:line: rule: expected …, found …` on one line.
        public var description: String {
            func list(_ quotes: [String]) -> String {
                quotes.isEmpty ? "nothing" : quotes.map { "⟦\($0)⟧" }.joined(separator: ", ")
            }
            return "\(file):\(line): \(rule): expected \(list(expected)), found \(list(found)) in: \(text)"
        }
    }

    /// How many examples ran.
    public private(set) var examples = 0
    /// The examples that failed, in file order.
    public private(set) var failures: [Failure] = []

    /// Runs the examples of packs.
    public init(_ packs: [RulePack], limits: RulePackLimits = RulePackLimits()) {
        for pack in packs {
            let checker = RulePackChecker(pack, limits: limits)
            for rule in pack.rules {
                for example in rule.examples { run(example, of: rule, with: checker) }
            }
        }
    }

    private mutating func run(_ example: PackExample, of rule: PackRule, with checker: RulePackChecker) {
        examples += 1
        let (text, expected) = example.example.unmarked
        let document = Document(path: checker.pack.path, text: text, language: example.example.language)
        let found = ((try? checker.check(document, context: CheckContext(mentions: []))) ?? [])
            .filter { $0.rule == rule.id }.map(\.span)
        guard found != expected else { return }
        failures.append(
            Failure(
                file: checker.pack.path, line: example.line, rule: "\(checker.pack.id)/\(rule.id)", text: text,
                expected: expected.map(document.text(in:)), found: found.map(document.text(in:))))
    }
}
