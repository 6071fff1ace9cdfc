import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// Reads one rule of a pack: its common fields, its kind's fields, its message and examples.
struct PackRuleReader {
    var nodes: NodeReader
    let limits: RulePackLimits
    /// The languages of the pack, which the rule's messages must keep to.
    let packLanguages: [Language]

    /// The keys each kind of rule reads besides the common ones.
    static let kindKeys: [String: [String]] = [
        "term": ["reject", "prefer"],
        "pattern": ["pattern", "ignore-case", "suggest"],
        "required-spelling": ["phrase"],
        "consistency": ["variants"],
    ]
    static let commonKeys = ["id", "kind", "severity", "summary", "message", "examples"]

    /// The rule, or `nil` when it has a problem (reported).
    mutating func rule(_ node: Node) -> PackRule? {
        let allKindKeys = Self.kindKeys.values.flatMap { $0 }
        guard
            let fields = nodes.fields(
                node, of: "rule", allowed: Self.commonKeys + allKindKeys,
                required: ["id", "kind", "severity", "message", "examples"])
        else { return nil }
        let before = nodes.diagnostics.count
        let id = fields["id"].flatMap { Self.kebabCase($0, "id", nodes: &nodes) }
        if id == CheckerFailureRule.id, let idNode = fields["id"] {
            nodes.report("the rule id '\(CheckerFailureRule.id)' is reserved", at: idNode)
        }
        let severity = fields["severity"].flatMap { self.severity($0) }
        guard let kindNode = fields["kind"], let kindName = nodes.text(kindNode, "kind") else { return nil }
        guard let keys = Self.kindKeys[kindName] else {
            nodes.report(
                "unknown rule kind '\(kindName)' (expected \(Self.kindKeys.keys.sorted().joined(separator: ", ")))",
                at: kindNode)
            return nil
        }
        for key in allKindKeys where !keys.contains(key) && fields[key] != nil {
            nodes.report(
                "'\(key)' is not used by a \(kindName) rule (it reads \(keys.joined(separator: ", ")))", at: fields.node
            )
        }
        let kind = self.kind(kindName, fields)
        let messages = fields["message"].map { self.messages($0) } ?? [:]
        if let kind { checkPlaceholders(messages, kind: kind, at: fields["message"] ?? fields.node) }
        let summary =
            fields["summary"].flatMap { nodes.text($0, "summary") }
            ?? (messages[.en] ?? messages[.fr])?.text ?? ""
        let examples = fields["examples"].map { self.examples($0, languages: Array(messages.keys)) } ?? []
        guard nodes.diagnostics.count == before, let id, let severity, let kind else { return nil }
        return PackRule(
            id: id, kind: kind, severity: severity, summary: summary, messages: messages, examples: examples)
    }

    private mutating func kind(_ name: String, _ fields: Fields) -> PackRule.Kind? {
        switch name {
        case "term":
            guard let reject = fields["reject"].flatMap({ texts($0, "reject") }) else {
                nodes.report("a term rule needs 'reject': the words to reject", at: fields.node)
                return nil
            }
            return .term(reject: reject, prefer: fields["prefer"].flatMap { nodes.text($0, "prefer") }.map(nfc))
        case "pattern":
            guard let node = fields["pattern"], let source = nodes.text(node, "pattern") else {
                nodes.report("a pattern rule needs 'pattern': a regular expression", at: fields.node)
                return nil
            }
            guard source.count <= limits.patternLength else {
                nodes.report(
                    "the pattern has \(source.count) characters, more than the limit of \(limits.patternLength)",
                    at: node)
                return nil
            }
            let ignoreCase = fields["ignore-case"].flatMap { boolean($0, "ignore-case") } ?? false
            let suggestion = fields["suggest"].flatMap { nodes.text($0, "suggest") }.map(MessageTemplate.init)
            do {
                return .pattern(try PackPattern(source: nfc(source), ignoreCase: ignoreCase, suggestion: suggestion))
            } catch {
                nodes.report("the pattern is not a valid regular expression: \(source)", at: node)
                return nil
            }
        case "required-spelling":
            guard let phrase = fields["phrase"].flatMap({ nodes.text($0, "phrase") }) else {
                nodes.report("a required-spelling rule needs 'phrase': the one way to write it", at: fields.node)
                return nil
            }
            return .requiredSpelling(nfc(phrase))
        default:
            guard let node = fields["variants"], let variants = texts(node, "variants") else {
                nodes.report(
                    "a consistency rule needs 'variants': the forms of which a draft uses one", at: fields.node)
                return nil
            }
            guard variants.count >= 2 else {
                nodes.report("'variants' must list at least two forms", at: node)
                return nil
            }
            return .consistency(variants)
        }
    }

    /// A message per language: `message: {fr: …, en: …}`, in the pack's languages.
    private mutating func messages(_ node: Node) -> [Language: MessageTemplate] {
        guard
            let fields = nodes.fields(
                node, of: "message", allowed: Language.allCases.map(\.rawValue))
        else { return [:] }
        var messages: [Language: MessageTemplate] = [:]
        for language in Language.allCases {
            guard let value = fields[language.rawValue], let text = nodes.text(value, "message.\(language.rawValue)")
            else { continue }
            if !packLanguages.contains(language) {
                nodes.report(
                    "the pack does not check '\(language.rawValue)' (its languages: \(packLanguages.map(\.rawValue).joined(separator: ", ")))",
                    at: value)
            }
            messages[language] = MessageTemplate(text)
        }
        if messages.isEmpty { nodes.report("'message' needs a text in fr or en", at: node) }
        return messages
    }

    private mutating func checkPlaceholders(_ messages: [Language: MessageTemplate], kind: PackRule.Kind, at node: Node)
    {
        let known: [String] =
            switch kind {
            case .term: ["match", "preferred"]
            case .pattern(let pattern): ["match"] + pattern.captureNames
            case .requiredSpelling, .consistency: ["match", "expected"]
            }
        for (language, message) in messages.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for name in message.placeholders where !known.contains(name) {
                nodes.report(
                    "message.\(language.rawValue) uses '{\(name)}', which this rule does not have "
                        + "(it has \(known.map { "{\($0)}" }.joined(separator: ", ")))", at: node)
            }
        }
    }

    private mutating func texts(_ node: Node, _ what: String) -> [String]? {
        guard let items = nodes.list(node, what) else { return nil }
        guard !items.isEmpty else {
            nodes.report("'\(what)' must not be empty", at: node)
            return nil
        }
        guard items.count <= limits.termsPerRule else {
            nodes.report(
                "'\(what)' has \(items.count) entries, more than the limit of \(limits.termsPerRule)", at: node)
            return nil
        }
        let texts = items.compactMap { nodes.text($0, what) }.map(nfc)
        return texts.count == items.count ? texts : nil
    }

    private mutating func severity(_ node: Node) -> Severity? {
        guard let text = nodes.text(node, "severity") else { return nil }
        guard let severity = Severity(rawValue: text) else {
            nodes.report("unknown severity '\(text)' (expected error, warning or info)", at: node)
            return nil
        }
        return severity
    }

    private mutating func boolean(_ node: Node, _ what: String) -> Bool? {
        guard case .scalar(let scalar) = node, let value = Bool(scalar.string) else {
            nodes.report("'\(what)' must be true or false, not \(nodes.describe(node))", at: node)
            return nil
        }
        return value
    }

    private func nfc(_ text: String) -> String { text.precomposedStringWithCanonicalMapping }

    /// A kebab-case id (`house-style`, `marrakech-spelling`).
    static func kebabCase(_ node: Node, _ what: String, nodes: inout NodeReader) -> String? {
        guard let text = nodes.text(node, what) else { return nil }
        guard text.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil else {
            nodes.report("'\(what)' must be kebab-case (lowercase letters, digits and '-'), not '\(text)'", at: node)
            return nil
        }
        return text
    }
}
