import FactDeskKit
import Foundation

/// Checks a plugin's handshake and turns it into the checker's descriptor.
enum HandshakeValidation {
    /// What an accepted handshake gives the host.
    struct Accepted {
        var descriptor: CheckerDescriptor
        var reference: Set<PluginMessages.ReferenceKind>
        /// The kinds of mention to send; `nil` for every kind.
        var mentionKinds: Set<Mention.Kind>?
    }

    /// Accepts a handshake line from the plugin a declaration starts.
    /// - Throws: ``PluginError/badHandshake(_:)`` with the reason.
    static func accept(_ line: Data, from declaration: PluginDeclaration) throws(PluginError) -> Accepted {
        let handshake: PluginMessages.Handshake
        do {
            handshake = try JSONDecoder().decode(PluginMessages.Handshake.self, from: line)
        } catch {
            throw .badHandshake("not a handshake message: \(DecodingProblem.describe(error)): \(LineExcerpt.of(line))")
        }
        guard handshake.type == "handshake" else {
            throw .badHandshake("expected a message of type 'handshake', got '\(handshake.type)'")
        }
        guard handshake.protocol == PluginMessages.protocolID else {
            throw .badHandshake(
                "the plugin speaks \(handshake.protocol); this FactDesk speaks \(PluginMessages.protocolID)")
        }
        guard handshake.id == declaration.id else {
            throw .badHandshake(
                "the plugin calls itself '\(handshake.id)' but factdesk.yml declares '\(declaration.id)'")
        }
        guard !handshake.version.isEmpty, !handshake.languages.isEmpty, !handshake.rules.isEmpty else {
            throw .badHandshake("version, languages and rules must not be empty")
        }
        var ruleIDs: Set<String> = []
        for rule in handshake.rules {
            guard PluginIdentifier.isValid(rule.id) else {
                throw .badHandshake("rule id '\(rule.id)' must be lowercase kebab-case")
            }
            guard ruleIDs.insert(rule.id).inserted else { throw .badHandshake("two rules have the id '\(rule.id)'") }
        }
        let languages =
            declaration.languages.map { wanted in handshake.languages.filter(wanted.contains) }
            ?? handshake.languages
        let descriptor = CheckerDescriptor(
            id: handshake.id, version: handshake.version, summary: handshake.summary, languages: languages,
            rules: handshake.rules.map { rule in
                RuleDescriptor(
                    id: rule.id, severity: rule.severity, summary: rule.summary,
                    examples: (rule.examples ?? []).map {
                        RuleExample($0.text, language: $0.language, published: $0.published)
                    },
                    enabledByDefault: rule.enabledByDefault ?? true)
            },
            origin: CheckerOrigin(kind: .externalPlugin, location: declaration.commandLine))
        return Accepted(
            descriptor: descriptor, reference: Set(handshake.reference ?? []),
            mentionKinds: handshake.mentions.map(Set.init))
    }
}

/// The start of a line, for messages about it.
enum LineExcerpt {
    static func of(_ line: Data) -> String {
        let text = String(decoding: line.prefix(120), as: UTF8.self)
        return line.count > 120 ? text + "…" : text
    }
}

/// A short reason for a JSON decoding failure.
enum DecodingProblem {
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, let context):
            "missing '\(path(context.codingPath + [key]))'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(path(context.codingPath))' has the wrong type"
        default:
            "not valid JSON"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}
