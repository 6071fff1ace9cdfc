import FactDeskKit
import Foundation
import Yams

/// Reads one entry of `plugins:` into a ``PluginDeclaration``, rejecting anything unexpected.
struct DeclarationReader {
    let file: String
    let workspace: URL

    private static let keys = ["id", "command", "arguments", "languages", "timeout"]

    func declaration(_ node: Node) throws -> PluginDeclaration {
        guard case .mapping(let mapping) = node else {
            throw error(at: node, "a plugin must be a mapping with id and command")
        }
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, Self.keys.contains(name) else {
                throw error(
                    at: key,
                    "unknown key '\(key.scalar?.string ?? "?")' in a plugin (expected \(Self.keys.joined(separator: ", ")))"
                )
            }
            fields[name] = value
        }
        let id = try string(fields["id"], named: "id", in: node)
        guard PluginIdentifier.isValid(id) else {
            throw error(at: fields["id"]!, "plugin id '\(id)' must be lowercase kebab-case (letters, digits, hyphens)")
        }
        let command = try string(fields["command"], named: "command", in: node)
        return PluginDeclaration(
            id: id, command: command, arguments: try arguments(fields["arguments"]),
            languages: try languages(fields["languages"]), timeout: try timeout(fields["timeout"]),
            workspace: workspace)
    }

    private func string(_ node: Node?, named name: String, in entry: Node) throws -> String {
        guard let node else { throw error(at: entry, "a plugin is missing '\(name)'") }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            throw error(at: node, "'\(name)' must be a non-empty string")
        }
        return scalar.string
    }

    private func arguments(_ node: Node?) throws -> [String] {
        guard let node else { return [] }
        guard case .sequence(let items) = node else { throw error(at: node, "'arguments' must be a list of strings") }
        return try items.map { item in
            guard case .scalar(let scalar) = item else { throw error(at: item, "each argument must be a string") }
            return scalar.string
        }
    }

    private func languages(_ node: Node?) throws -> [Language]? {
        guard let node else { return nil }
        guard case .sequence(let items) = node, !items.isEmpty else {
            throw error(at: node, "'languages' must be a non-empty list such as [fr, en]")
        }
        return try items.map { item in
            guard let language = item.scalar.flatMap({ Language(rawValue: $0.string) }) else {
                throw error(at: item, "unknown language '\(item.scalar?.string ?? "?")' (expected fr or en)")
            }
            return language
        }
    }

    private func timeout(_ node: Node?) throws -> Double {
        guard let node else { return PluginDeclaration.defaultTimeout }
        guard let seconds = node.scalar.flatMap({ Double($0.string) }), seconds > 0,
            seconds <= PluginConfiguration.maximumTimeout
        else {
            throw error(
                at: node,
                "'timeout' must be a number of seconds above 0 and at most \(Int(PluginConfiguration.maximumTimeout))")
        }
        return seconds
    }

    private func error(at node: Node, _ reason: String) -> PluginConfigurationError {
        PluginConfigurationError(file: file, at: node, reason: reason)
    }
}

/// Plugin and rule ids: lowercase kebab-case.
enum PluginIdentifier {
    static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
