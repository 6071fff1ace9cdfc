import CYaml

/// Reads a YAML text's parser events before Yams composes it into nodes, and stops what would
/// make composing exhaust time, memory or the stack.
///
/// Yams composes an alias (`*name`) by handing back the anchored node: nothing is copied, but
/// every later walk of the tree visits the node once per alias, and Yams hashes each mapping key
/// in full to find duplicates. Nine aliases to nine aliases… ("billion laughs") thus cost
/// billions of steps from a few hundred bytes, before any check of ours could run on the
/// composed tree.
///
/// The screen runs libyaml's own parser (the one Yams composes from), so what it sees is
/// exactly what Yams would see: an anchor or alias anywhere, more nodes than a file may hold,
/// or nesting deeper than a file may go (reference data needs seven levels; libyaml alone
/// allows a thousand, each a level of recursion when composed and read), is reported with
/// its line and column. Parsing events
/// allocates nothing per node, so a hostile file is refused in time proportional to its size.
/// Syntax errors are left to the composer, which reports them.
///
/// Every YAML file FactDesk reads from a workspace goes through it first: reference data, rule
/// packs and `factdesk.yml`.
public struct YAMLEventScreen {
    /// A problem found, at 1-based line and column (in Unicode scalars).
    public struct Problem: Equatable, Sendable {
        /// The 1-based line.
        public let line: Int
        /// The 1-based column, in Unicode scalars.
        public let column: Int
        /// What is wrong, in one line.
        public let reason: String
    }

    /// Anchors and aliases reported one by one before the rest are counted in one problem.
    static let reportedAliases = 20

    private let limits: ReferenceLimits
    private let subject: String
    private var problems: [Problem] = []
    private var nodes = 0
    private var depth = 0
    private var unlisted = 0
    private var firstUnlisted: yaml_mark_t?

    private init(limits: ReferenceLimits, subject: String) {
        self.limits = limits
        self.subject = subject
    }

    /// Every problem of `text` that must stop it being composed; empty when it may be.
    /// - Parameters:
    ///   - text: the YAML.
    ///   - limits: the node count and depth a file may reach.
    ///   - subject: what the file is, for messages ("reference data", "rule packs").
    public static func problems(
        in text: String, limits: ReferenceLimits = .standard, subject: String = "reference data"
    ) -> [Problem] {
        var screen = YAMLEventScreen(limits: limits, subject: subject)
        var text = text
        text.withUTF8 { screen.scan($0) }
        return screen.problems
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            guard event.type != YAML_STREAM_END_EVENT, visit(event) else { break }
        }
        if let firstUnlisted {
            report("\(unlisted) more YAML anchors and aliases not listed", at: firstUnlisted)
        }
    }

    /// Looks at one event.
    /// - Returns: whether to go on reading.
    private mutating func visit(_ event: yaml_event_t) -> Bool {
        let anchor: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_ALIAS_EVENT:
            reportAlias(at: event.start_mark, isAnchor: false)
            anchor = nil
        case YAML_SCALAR_EVENT:
            anchor = event.data.scalar.anchor
        case YAML_SEQUENCE_START_EVENT:
            anchor = event.data.sequence_start.anchor
            depth += 1
        case YAML_MAPPING_START_EVENT:
            anchor = event.data.mapping_start.anchor
            depth += 1
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            depth -= 1
            return true
        default:
            return true
        }
        if anchor != nil { reportAlias(at: event.start_mark, isAnchor: true) }
        nodes += 1
        if nodes > limits.maxNodesPerFile {
            report("more than \(limits.maxNodesPerFile) YAML nodes in one file: split the data", at: event.start_mark)
            return false
        }
        if depth > limits.maxDepth {
            report("nested more than \(limits.maxDepth) levels deep", at: event.start_mark)
            return false
        }
        return true
    }

    private mutating func reportAlias(at mark: yaml_mark_t, isAnchor: Bool) {
        guard problems.count < YAMLEventScreen.reportedAliases else {
            unlisted += 1
            if firstUnlisted == nil { firstUnlisted = mark }
            return
        }
        let what = isAnchor ? "anchors" : "aliases"
        report(
            "YAML \(what) are not allowed in \(subject) (quote a value that starts with '\(isAnchor ? "&" : "*")')",
            at: mark)
    }

    private mutating func report(_ reason: String, at mark: yaml_mark_t) {
        problems.append(Problem(line: Int(mark.line) + 1, column: Int(mark.column) + 1, reason: reason))
    }
}
