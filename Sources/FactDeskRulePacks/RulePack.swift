import FactDeskKit

/// A rule pack: house-style rules written in YAML by editors, run as one checker.
///
/// A pack is a file under a workspace's `rules/` (or `Plugins/<pack>/`); its id is the checker
/// id (`house-style`), and its rules are of four kinds (``PackRule/Kind``).
public struct RulePack: Sendable {
    /// The checker id (`pack:`).
    public var id: String
    /// The pack's version (`version:`).
    public var version: String
    /// One line on what the pack checks (`summary:`).
    public var summary: String
    /// The languages the pack checks (`languages:`, default French and English).
    public var languages: [Language]
    /// The rules, in file order.
    public var rules: [PackRule]
    /// The file it was read from, as given.
    public var path: String
}

/// One rule of a pack.
public struct PackRule: Sendable {
    /// What a rule looks for.
    public enum Kind: Sendable {
        /// Words to reject, with the form to write instead: `reject: [Marrakesh]`, `prefer: Marrakech`.
        case term(reject: [String], prefer: String?)
        /// A regular expression (ICU syntax) whose named captures the message may quote as `{name}`.
        case pattern(PackPattern)
        /// A phrase that must always be written exactly so, case and accents included.
        case requiredSpelling(String)
        /// Variants of which a draft must use only one: the first one used sets the form.
        case consistency([String])
    }

    /// The rule id, kebab-case.
    public var id: String
    /// What it looks for.
    public var kind: Kind
    /// The severity of its findings.
    public var severity: Severity
    /// One line on what it flags, as `factdesk checkers` lists it.
    public var summary: String
    /// The message template in each language the rule checks.
    public var messages: [Language: MessageTemplate]
    /// The examples, with the line each is written on.
    public var examples: [PackExample]

    /// The languages the rule checks.
    public var languages: [Language] { Language.allCases.filter { messages[$0] != nil } }
}

/// A pack rule's example and where it is written.
public struct PackExample: Sendable {
    /// The example, with `⟦…⟧` around each span the rule must flag.
    public var example: RuleExample
    /// The line of the pack file it is written on.
    public var line: Int
}
