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
            let problem = DecodingProblem.describe(error)
            let excerpt = LineExcerpt.of(line)
            throw .badHandshake(
                .init(
                    "not a handshake message: \(problem.english): \(excerpt)",
                    french: "pas un message de poignée de main : \(problem.french) : \(excerpt)"))
        }
        guard handshake.type == "handshake" else {
            throw .badHandshake(
                .init(
                    "expected a message of type 'handshake', got '\(handshake.type)'",
                    french: "un message de type « handshake » était attendu, pas « \(handshake.type) »"))
        }
        guard handshake.protocol == PluginMessages.protocolID else {
            throw .badHandshake(
                .init(
                    "the plugin speaks \(handshake.protocol); this FactDesk speaks \(PluginMessages.protocolID)",
                    french: "le plugin parle \(handshake.protocol) ; ce FactDesk parle \(PluginMessages.protocolID)"))
        }
        guard handshake.id == declaration.id else {
            throw .badHandshake(
                .init(
                    "the plugin calls itself '\(handshake.id)' but factdesk.yml declares '\(declaration.id)'",
                    french: "le plugin s’appelle « \(handshake.id) » mais factdesk.yml déclare « \(declaration.id) »"))
        }
        guard !handshake.version.isEmpty, !handshake.languages.isEmpty, !handshake.rules.isEmpty else {
            throw .badHandshake(
                .init(
                    "version, languages and rules must not be empty",
                    french: "version, languages et rules ne doivent pas être vides"))
        }
        var ruleIDs: Set<String> = []
        for rule in handshake.rules {
            guard PluginIdentifier.isValid(rule.id) else {
                throw .badHandshake(
                    .init(
                        "rule id '\(rule.id)' must be lowercase kebab-case",
                        french:
                            "l’identifiant de règle « \(rule.id) » doit être en minuscules, mots liés par des tirets"))
            }
            guard ruleIDs.insert(rule.id).inserted else {
                throw .badHandshake(
                    .init("two rules have the id '\(rule.id)'", french: "deux règles ont l’identifiant « \(rule.id) »"))
            }
        }
        var mentionKinds: Set<Mention.Kind>?
        if let mentions = handshake.mentions {
            mentionKinds = []
            for name in mentions {
                guard let kind = Mention.Kind(rawValue: name) else {
                    let valid = Mention.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .badHandshake(
                        .init(
                            "unknown mention kind '\(name)' in 'mentions' (valid kinds: \(valid))",
                            french: "type de mention inconnu « \(name) » dans « mentions » (types valides : \(valid))"))
                }
                mentionKinds?.insert(kind)
            }
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
            mentionKinds: mentionKinds)
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
    static func describe(_ error: any Error) -> PluginError.Wording {
        switch error {
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            .init(
                "'\(path(context.codingPath))' has an invalid value",
                french: "« \(path(context.codingPath)) » a une valeur invalide")
        case DecodingError.keyNotFound(let key, let context):
            .init(
                "missing '\(path(context.codingPath + [key]))'",
                french: "« \(path(context.codingPath + [key])) » manque")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            .init(
                "'\(path(context.codingPath))' has the wrong type",
                french: "« \(path(context.codingPath)) » n’a pas le bon type")
        default:
            .init("not valid JSON", french: "pas du JSON valide")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}
