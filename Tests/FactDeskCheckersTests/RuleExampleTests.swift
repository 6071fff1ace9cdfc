import Foundation
import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskModules
import FactDeskRulePacks
import FactDeskText
import Testing

/// Every rule's examples, run against the rule, as written and in variants that move offsets:
/// a multi-byte prefix, CRLF line endings, NFD text and French typography. The findings must
/// fall exactly on the marked spans, and never where no span is marked. Each example runs with
/// the reference data and the other-language counterpart it carries, and with its rule turned
/// on when the rule is off by default.
/// The built-in checkers, the Swift checker modules compiled in from `Plugins/` and the rule
/// packs that ship with the project all run here.
@Suite("Rule examples")
struct RuleExampleTests {
    /// The rule-pack folders that ship with the project.
    static let shippedPackFolders = ["Workspaces/interpol-ga/rules"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent($0).path
    }

    /// Every checker whose examples run; a shipped pack that fails to load is caught by
    /// ``shippedPacksLoad()``.
    static let checkers: [any Checker] =
        BuiltinCheckers.all + SwiftCheckerModules.checkers
        + ((try? RulePackLoader().load(shippedPackFolders)) ?? []).map { RulePackChecker($0) }

    static let cases: [RuleExampleCase] = checkers.flatMap { checker in
        checker.descriptor.rules.flatMap { rule in
            rule.examples.flatMap { example in
                RuleExample.Variant.allCases.map { RuleExampleCase(checker: checker, rule: rule.id, example: example, variant: $0) }
            }
        }
    }

    @Test("finds exactly the marked spans", arguments: cases)
    func example(_ testCase: RuleExampleCase) async throws {
        let variant = RuleExample(
            testCase.variant.apply(to: testCase.example.text), language: testCase.example.language,
            published: testCase.example.published)
        let (text, expected) = variant.unmarked
        let engine = Engine(
            catalog: try CheckerCatalog([testCase.checker]), extractors: StandardExtractors.all,
            reference: testCase.example.reference, enabledRules: ["\(testCase.checker.descriptor.id)/\(testCase.rule)"])
        var document = Document(path: "example", text: text, language: variant.language, published: variant.published)
        if let counterpart = testCase.example.counterpart {
            document.counterpart = Document(
                path: "counterpart", text: testCase.variant.apply(to: counterpart.text), language: counterpart.language,
                published: variant.published)
        }
        let report = await engine.check(document)
        let found = report.findings.filter { $0.rule == testCase.rule }
        #expect(found.map(\.span) == expected, "in: \(text)")
        for finding in found {
            #expect(finding.quote.exact == document.text(in: finding.span))
            #expect(finding.id.hasPrefix("\(testCase.checker.descriptor.id):\(testCase.rule):"))
        }
    }

    @Test("every rule has triggering and non-triggering examples", arguments: checkers.flatMap { checker in
        checker.descriptor.rules.map { "\(checker.descriptor.id)/\($0.id)" }
    })
    func rulesHaveBothKindsOfExample(_ name: String) throws {
        let rule = try #require(Self.checkers.flatMap { checker in
            checker.descriptor.rules.map { ("\(checker.descriptor.id)/\($0.id)", $0) }
        }.first { $0.0 == name }?.1)
        #expect(rule.examples.contains { $0.triggers })
        #expect(rule.examples.contains { !$0.triggers })
    }

    @Test("the shipped Swift modules and rule packs are among the checkers whose examples run")
    func shippedPacksLoad() throws {
        let packs = try RulePackLoader().load(Self.shippedPackFolders)
        #expect(packs.map(\.id) == ["house-style"])
        let ids = Self.checkers.map(\.descriptor.id)
        #expect(ids.contains("house-style"))
        #expect(ids.contains("honorifics"))
    }
}

/// One example of one rule, in one variant.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let checker: any Checker
    let rule: String
    let example: RuleExample
    let variant: RuleExample.Variant

    var testDescription: String {
        "\(checker.descriptor.id)/\(rule) [\(variant)] \(example.text)"
    }
}
