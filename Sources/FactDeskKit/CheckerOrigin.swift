/// Where a checker comes from, as `factdesk checkers` shows it: compiled into FactDesk, a Swift
/// checker module under `Plugins/`, an external plugin declared in a workspace, or a rule pack.
public struct CheckerOrigin: Sendable, Hashable, Codable {
    /// The kinds of checker FactDesk runs.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// One of FactDesk's own checkers.
        case builtIn = "built-in"
        /// A Swift checker module compiled in from `Plugins/<Name>/`.
        case swiftModule = "swift-module"
        /// An executable speaking the `factdesk.plugin/1` protocol.
        case externalPlugin = "external-plugin"
        /// A YAML rule pack.
        case rulePack = "rule-pack"
    }

    /// The kind of checker.
    public var kind: Kind
    /// Where it was found: a module name, a command, or a rule pack's path; `nil` for built-ins.
    public var location: String?

    /// Creates an origin.
    public init(kind: Kind, location: String? = nil) {
        self.kind = kind
        self.location = location
    }

    /// One of FactDesk's own checkers.
    public static let builtIn = CheckerOrigin(kind: .builtIn)
}
