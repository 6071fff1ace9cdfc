/// The subset of the SARIF 2.1.0 object model that FactDesk writes.
///
/// Property names follow the specification (OASIS SARIF 2.1.0, §3); optional properties that
/// are `nil` are left out, as SARIF prefers absent to `null`.
enum SARIF {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        private enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]?
        var columnKind = "unicodeCodePoints"
        var artifacts: [Artifact]
        var results: [Result]
    }

    /// One run of the tool, written only to carry its notices.
    struct Invocation: Encodable {
        var executionSuccessful = true
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level = "note"
        var message: Message
        var associatedRule: NotificationRule
    }

    /// The reporting descriptor a notification is about, by id (here a checker's).
    struct NotificationRule: Encodable {
        var id: String
    }

    struct Tool: Encodable {
        var driver: ToolComponent
    }

    struct ToolComponent: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable {
        var level: String
    }

    /// The rule's property bag: which checker it belongs to, at which version, for which languages.
    struct RuleProperties: Encodable {
        var checker: String
        var checkerVersion: String?
        var languages: [String]?
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
        var roles = ["analysisTarget"]
        var properties: ArtifactProperties
    }

    /// The artifact's property bag: the draft's language and publication date.
    struct ArtifactProperties: Encodable {
        var language: String
        var published: String?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var fixes: [Fix]?
        var suppressions: [Suppression]?
    }

    struct Message: Encodable {
        var text: String
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var charOffset: Int
        var charLength: Int
        var snippet: ArtifactContent?
    }

    struct ArtifactContent: Encodable {
        var text: String
    }

    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: ArtifactContent
    }

    struct Suppression: Encodable {
        var kind = "external"
        var status = "accepted"
        var justification: String
    }
}
