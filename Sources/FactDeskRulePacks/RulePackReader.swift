import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// Turns a composed pack file into a ``RulePack``, reporting each problem at its node.
struct RulePackReader {
    /// Typed access to nodes, and the problems found so far.
    var nodes: NodeReader
    let limits: RulePackLimits

    init(file: String, limits: RulePackLimits) {
        self.nodes = NodeReader(file: file)
        self.limits = limits
    }

    /// The pack, or `nil` when its top level cannot be read.
    mutating func pack(_ root: Node) -> RulePack? {
        guard
            let fields = nodes.fields(
                root, of: "rule pack", allowed: ["pack", "version", "summary", "languages", "rules"],
                required: ["pack", "version", "summary", "rules"])
        else { return nil }
        let id = fields["pack"].flatMap { kebabCase($0, "pack") }
        let version = fields["version"].flatMap { nodes.text($0, "version") }
        let summary = fields["summary"].flatMap { nodes.text($0, "summary") }
        let languages = fields["languages"].map { languageList($0, "languages") } ?? Language.allCases
        let ruleNodes = fields["rules"].flatMap { nodes.list($0, "rules") } ?? []
        if ruleNodes.count > limits.rules {
            nodes.report(
                "the pack has \(ruleNodes.count) rules, more than the limit of \(limits.rules)", at: fields.node)
            return nil
        }
        var ruleIDs = Set<String>()
        var rules: [PackRule] = []
        for node in ruleNodes {
            var ruleReader = PackRuleReader(nodes: nodes, limits: limits, packLanguages: languages)
            let rule = ruleReader.rule(node)
            nodes = ruleReader.nodes
            guard let rule else { continue }
            if !ruleIDs.insert(rule.id).inserted {
                nodes.report("two rules share the id '\(rule.id)'", at: node)
            }
            rules.append(rule)
        }
        if ruleNodes.isEmpty, fields["rules"] != nil { nodes.report("the pack has no rules", at: fields.node) }
        guard let id, let version, let summary else { return nil }
        return RulePack(
            id: id, version: version, summary: summary, languages: languages, rules: rules, path: nodes.file)
    }

    private mutating func languageList(_ node: Node, _ what: String) -> [Language] {
        let items = nodes.list(node, what) ?? []
        let languages = items.compactMap { nodes.language($0, what) }
        if items.isEmpty { nodes.report("'\(what)' must name at least one language", at: node) }
        return languages
    }

    private mutating func kebabCase(_ node: Node, _ what: String) -> String? {
        PackRuleReader.kebabCase(node, what, nodes: &nodes)
    }
}
