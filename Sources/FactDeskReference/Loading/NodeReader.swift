import FactDeskKit
import Foundation
import Yams

/// Typed access to a composed YAML or JSON node, reporting every mismatch at the node's place.
public struct NodeReader {
    /// The file being read, as shown in diagnostics.
    public let file: String
    /// The problems found so far.
    public private(set) var diagnostics: [ReferenceDiagnostic] = []

    /// A reader of nodes of one file.
    public init(file: String) {
        self.file = file
    }

    /// Where a node starts.
    public func location(_ node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Records a problem at a node.
    public mutating func report(_ reason: String, at node: Node) {
        diagnostics.append(ReferenceDiagnostic(reason, at: location(node)))
    }

    /// Records a problem at a location.
    public mutating func report(_ reason: String, at location: SourceLocation) {
        diagnostics.append(ReferenceDiagnostic(reason, at: location))
    }

    /// The fields of a mapping, after reporting keys that are not `allowed` and `required`
    /// keys that are missing. Keys whose value is null count as absent.
    public mutating func fields(_ node: Node, of what: String, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report("\(what) must be a mapping, not \(describe(node))", at: node)
            return nil
        }
        var values: [String: Node] = [:]
        var keys: [String: Node] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                report("keys of \(what) must be plain words, not \(describe(key))", at: key)
                continue
            }
            guard allowed.contains(scalar.string) else {
                report(
                    "unknown key '\(scalar.string)' in \(what) (expected \(allowed.joined(separator: ", ")))", at: key)
                continue
            }
            keys[scalar.string] = key
            if !isNull(value) { values[scalar.string] = value }
        }
        for key in required where values[key] == nil {
            report(
                keys[key] == nil ? "\(what) is missing '\(key)'" : "'\(key)' of \(what) is empty", at: keys[key] ?? node
            )
        }
        return Fields(node: node, values: values)
    }

    /// The items of a list.
    public mutating func list(_ node: Node, _ what: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            report("'\(what)' must be a list, not \(describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A non-empty text.
    public mutating func text(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            report("'\(what)' must be a text, not \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// An id: letters, digits and `.`, `_`, `:`, `-`, starting with a letter or digit.
    public mutating func identifier(_ node: Node, _ what: String) -> String? {
        guard let text = text(node, what) else { return nil }
        guard Self.isIdentifier(text) else {
            report("'\(what)' must be an id (letters, digits, '.', '_', ':', '-'), not '\(text)'", at: node)
            return nil
        }
        return text
    }

    /// A whole number written without quotes.
    public mutating func integer(_ node: Node, _ what: String) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
            let number = Int(scalar.string)
        else {
            report("'\(what)' must be a whole number, not \(describe(node))", at: node)
            return nil
        }
        return number
    }

    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists.
    mutating func date(_ node: Node, _ what: String) -> ReferenceDate? {
        guard case .scalar(let scalar) = node, let date = ReferenceDate(iso: scalar.string) else {
            report("'\(what)' must be a date YYYY, YYYY-MM or YYYY-MM-DD that exists, not \(describe(node))", at: node)
            return nil
        }
        return date
    }

    /// A language code FactDesk checks (`fr`, `en`).
    public mutating func language(_ node: Node, _ what: String) -> Language? {
        guard let code = text(node, what) else { return nil }
        guard let language = Language(rawValue: code) else {
            let known = Language.allCases.map(\.rawValue).joined(separator: " or ")
            report("unknown language '\(code)' in '\(what)' (expected \(known))", at: node)
            return nil
        }
        return language
    }

    /// A short description of a node for messages: `a list`, `a mapping`, `'text'`.
    public func describe(_ node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        }
    }

    /// Whether a node is YAML's null (`~`, `null`, or nothing), unquoted.
    public func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCIILetterOrDigit else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || ".-_:".unicodeScalars.contains($0) }
    }
}

/// The fields of one mapping, by key.
public struct Fields {
    /// The mapping itself, where problems with the whole mapping are reported.
    public let node: Node
    /// The non-null values by key.
    public let values: [String: Node]

    /// The non-null value of a key, if any.
    public subscript(key: String) -> Node? { values[key] }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}
