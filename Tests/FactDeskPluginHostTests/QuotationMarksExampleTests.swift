import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskText
import Foundation
import Testing

/// The example plugin's own rule examples, declared in its handshake, run through the host as
/// written and in variants that move offsets: the findings must fall exactly on the marked spans.
@Suite("Quotation marks plugin examples")
struct QuotationMarksExampleTests {
    static let workspace = PluginFixtures.packageRoot.appendingPathComponent("Workspaces/interpol-ga")

    /// The plugin, started once for the whole suite, as one process serves a whole run.
    static let plugin: ExternalPluginChecker? = {
        let declaration = PluginDeclaration(
            id: "quotation-marks", command: PluginFixtures.quotationMarks.path, workspace: workspace)
        return try? PluginFixtures.start(declaration)
    }()

    static let cases: [PluginExampleCase] = (plugin?.descriptor.rules ?? []).flatMap { rule in
        rule.examples.flatMap { example in
            RuleExample.Variant.allCases.map { PluginExampleCase(rule: rule.id, example: example, variant: $0) }
        }
    }

    @Test func thePluginStartsAndDeclaresExamples() throws {
        let plugin = try #require(Self.plugin)
        #expect(plugin.descriptor.id == "quotation-marks")
        #expect(plugin.descriptor.origin.kind == .externalPlugin)
        #expect(Self.cases.count >= 10 * RuleExample.Variant.allCases.count)
        for rule in plugin.descriptor.rules {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) needs a triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) needs a non-triggering example")
        }
    }

    @Test("finds exactly the marked spans", arguments: cases)
    func example(_ testCase: PluginExampleCase) async throws {
        let plugin = try #require(Self.plugin)
        let variant = RuleExample(
            testCase.variant.apply(to: testCase.example.text), language: testCase.example.language,
            published: testCase.example.published)
        let (text, expected) = variant.unmarked
        let engine = Engine(catalog: try CheckerCatalog([plugin]), extractors: StandardExtractors.all)
        let document = Document(path: "example", text: text, language: variant.language, published: variant.published)
        let report = await engine.check(document)
        #expect(!report.findings.contains { $0.rule == CheckerFailure.rule }, "\(report.findings)")
        let found = report.findings.filter { $0.rule == testCase.rule }
        #expect(found.map(\.span) == expected, "in: \(text)")
        for finding in found {
            #expect(finding.quote.exact == document.text(in: finding.span))
        }
    }
}

/// One example of one of the plugin's rules, in one variant.
struct PluginExampleCase: Sendable, CustomTestStringConvertible {
    let rule: String
    let example: RuleExample
    let variant: RuleExample.Variant

    var testDescription: String { "\(rule) [\(variant)] \(example.text)" }
}
