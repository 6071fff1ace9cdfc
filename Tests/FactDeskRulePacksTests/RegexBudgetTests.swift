import FactDeskKit
import FactDeskRulePacks
import Foundation
import Testing

/// A catastrophic regular expression is stopped within its budget, reported as a
/// `checker-error` finding naming the rule, and the pack's other rules still report.
@Suite("Regular expression budgets")
struct RegexBudgetTests {
    static let pack = """
        pack: redos
        version: 1.0.0
        summary: A pack with a catastrophic pattern.
        rules:
          - id: catastrophic
            kind: pattern
            severity: warning
            pattern: '(a+)+$'
            message: {fr: "« {match} »", en: "“{match}”"}
            examples: ["⟦aaa⟧", "aab"]
          - id: marrakech
            kind: term
            severity: warning
            reject: [Marrakesh]
            message: {fr: "« {match} »", en: "“{match}”"}
            examples: ["⟦Marrakesh⟧", "Marrakech"]
          - id: percent
            kind: pattern
            severity: info
            pattern: '\\d+%'
            message: {fr: "« {match} »", en: "“{match}”"}
            examples: ["⟦5%⟧", "5 %"]

        """

    @Test("(a+)+$ on a long line is stopped within its budget; the other rules' findings come out")
    func catastrophicPatternIsStopped() throws {
        var limits = RulePackLimits()
        limits.patternTime = .milliseconds(100)
        let checker = RulePackChecker(try RulePackLoader().parse(Self.pack, file: "rules/redos.yml"), limits: limits)
        let text = "À Marrakesh, 5% de plus.\n" + String(repeating: "a", count: 50_000) + "!\n"
        let document = Document(path: "draft.md", text: text, language: .fr)
        let clock = ContinuousClock()
        let start = clock.now
        let findings = try checker.check(document, context: CheckContext(mentions: []))
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(2), "took \(elapsed)")
        let stopped = try #require(findings.first { $0.rule == "checker-error" })
        #expect(stopped.checker == "redos")
        #expect(stopped.severity == .error)
        #expect(
            stopped.message
                == "La règle « redos/catastrophic » a été arrêtée : elle a dépassé son budget de 100 ms sur ce "
                + "document ; ses résultats manquent.")
        #expect(findings.filter { $0.rule == "marrakech" }.map(\.quote.exact) == ["Marrakesh"])
        #expect(findings.filter { $0.rule == "percent" }.map(\.quote.exact) == ["5%"])
    }

    @Test("when the pack's own budget is spent, the rules left are reported, not run")
    func packBudget() throws {
        var limits = RulePackLimits()
        limits.patternTime = .milliseconds(100)
        limits.packTime = .milliseconds(100)
        let checker = RulePackChecker(try RulePackLoader().parse(Self.pack, file: "rules/redos.yml"), limits: limits)
        let text = String(repeating: "a", count: 50_000) + "!\n5%\n"
        let findings = try checker.check(
            Document(path: "d.md", text: text, language: .en), context: CheckContext(mentions: []))
        let errors = findings.filter { $0.rule == "checker-error" }.map(\.message)
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("Rule redos/catastrophic was stopped") })
        #expect(errors.contains { $0.hasPrefix("Rule redos/percent was not run") })
        #expect(Set(findings.filter { $0.rule == "checker-error" }.map(\.id)).count == 2)
    }
}
