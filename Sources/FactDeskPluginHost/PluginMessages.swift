import FactDeskKit
import FactDeskReport
import Foundation

/// The messages of `factdesk.plugin/1`, one JSON object per line on the plugin's standard
/// input and output. The README's chapter "External plugins" is their specification.
enum PluginMessages {
    /// The protocol this host speaks.
    static let protocolID = "factdesk.plugin/1"

    /// Host → plugin, first: who is calling, in which protocol.
    struct Hello: Encodable {
        var type = "hello"
        var `protocol` = PluginMessages.protocolID
        var host: String
    }

    /// Host → plugin, before the first check request when the plugin asked for reference data.
    struct Reference: Encodable {
        var type = "reference"
        var names: [NameObject]
    }

    /// Host → plugin: check one document.
    struct CheckRequest: Encodable {
        var type = "check"
        var id: Int
        var document: DocumentObject
        var mentions: [MentionObject]
    }

    /// The document of a check request.
    struct DocumentObject: Encodable {
        var path: String
        var text: String
        var language: Language
        var published: CalendarDate?

        private enum CodingKeys: String, CodingKey { case path, text, language, published }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(text, forKey: .text)
            try container.encode(language, forKey: .language)
            try container.encode(published, forKey: .published)  // explicit null when unknown
        }
    }

    /// An entity or series of the reference data, as a `reference` message lists it.
    struct NameObject: Encodable {
        var id: String
        var kind: String
        var names: [NameSpelling]
        var roles: [RoleObject]

        init(_ record: NameRecord) {
            id = record.id
            kind = record.kind.rawValue
            names = record.names
            roles = record.roles.map(RoleObject.init)
        }
    }

    /// A person's role, with its title per language and its validity as ISO partial dates.
    struct RoleObject: Encodable {
        var title: [String: String]
        var organization: String
        var from: String?
        var to: String?

        init(_ role: ReferenceRole) {
            title = Dictionary(uniqueKeysWithValues: role.title.map { ($0.key.rawValue, $0.value) })
            organization = role.organization
            from = role.from?.description
            to = role.to?.description
        }
    }

    /// Plugin → host, first: what the plugin is.
    struct Handshake: Decodable {
        var type: String
        var `protocol`: String
        var id: String
        var version: String
        var summary: String
        var languages: [Language]
        var reference: [ReferenceKind]?
        /// The kinds of mention it wants in check requests, as written (see
        /// ``HandshakeValidation``, which names the valid kinds); `nil` for every kind.
        var mentions: [String]?
        var rules: [Rule]
    }

    /// The reference data a plugin may ask for in its handshake.
    enum ReferenceKind: String, Decodable {
        /// Every entity and series with its accepted spellings, kind and people's roles.
        case names
    }

    /// A rule in a handshake.
    struct Rule: Decodable {
        var id: String
        var severity: Severity
        var summary: String
        var enabledByDefault: Bool?
        var examples: [Example]?
    }

    /// A rule example in a handshake: `⟦…⟧` marks where the rule must fire.
    struct Example: Decodable {
        var text: String
        var language: Language
        var published: CalendarDate?
    }

    /// Plugin → host: the answer to one check request.
    struct Response: Decodable {
        var type: String
        var id: Int
        var findings: [FindingObject]?
        var message: String?
    }

    /// A finding in a response: a `factdesk.findings/1` finding, of which the host reads `rule`,
    /// `severity`, `message`, `span.start`, `span.end`, `suggestions` and `evidence`; it computes
    /// the id, line, column and quote itself.
    ///
    /// `severity` and `message` are read as given, so that a finding with a bad severity or no
    /// message only drops the findings of its document (see ``ResponseReading``) instead of
    /// making the whole line unreadable, which stops the plugin.
    struct FindingObject: Decodable {
        var rule: String
        var severity: String?
        var message: String?
        var span: SpanObject
        var suggestions: [String]?
        var evidence: [EvidenceObject]?
    }

    /// A span in a response, in Unicode scalar offsets, end exclusive.
    struct SpanObject: Decodable {
        var start: Int
        var end: Int
    }

    /// Evidence in a response.
    struct EvidenceObject: Decodable {
        var statement: String
        var source: String?
    }
}
