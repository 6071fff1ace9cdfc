/// How large a rule pack may be. Packs arrive with workspaces pulled from remotes, so none may
/// exhaust memory or time: a pack beyond a limit is refused with a clear error.
public struct RulePackLimits: Sendable {
    /// The largest pack file, in bytes.
    public var fileBytes = 256 * 1024
    /// The most rules in one pack.
    public var rules = 200
    /// The longest regular expression, in characters.
    public var patternLength = 1_000
    /// The most words or variants in one rule.
    public var termsPerRule = 200
    /// The most examples of one rule.
    public var examplesPerRule = 50
    /// The time one `pattern` rule may spend on one document before it is stopped and reported.
    public var patternTime: Duration = .milliseconds(250)
    /// The time all of a pack's `pattern` rules together may spend on one document; the rules
    /// left when it is spent are reported, not run.
    public var packTime: Duration = .seconds(2)
    /// The most findings one rule reports in one document.
    public var findingsPerRule = 500

    /// The default limits.
    public init() {}
}
