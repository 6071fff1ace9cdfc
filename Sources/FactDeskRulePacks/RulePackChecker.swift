import FactDeskKit
import Foundation

/// A rule pack run as a checker: its id is the pack's, its origin the pack file.
///
/// Literal rules (`term`, `required-spelling`, `consistency`) compare folded words in linear
/// time. `pattern` rules run under ``RulePackLimits/patternTime`` per document, and all of them
/// together under ``RulePackLimits/packTime``: a rule stopped, or left unrun, is reported as one
/// `checker-error` finding naming it, and the pack's other findings still come out.
public struct RulePackChecker: Checker {
    /// The pack.
    public let pack: RulePack
    /// The budgets and caps the pack runs under.
    public let limits: RulePackLimits

    /// Creates the checker of a pack.
    public init(_ pack: RulePack, limits: RulePackLimits = RulePackLimits()) {
        self.pack = pack
        self.limits = limits
    }

    /// The pack as a checker: its id, version, languages and rules, with the pack file as origin.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: pack.id, version: pack.version, summary: pack.summary, languages: pack.languages,
            rules: pack.rules.map {
                RuleDescriptor(
                    id: $0.id, severity: $0.severity, summary: $0.summary, examples: $0.examples.map(\.example))
            },
            origin: CheckerOrigin(kind: .rulePack, location: pack.path))
    }

    /// Every rule's findings in a document, and a `checker-error` finding for each rule stopped.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let text = PackText(document)
        let clock = ContinuousClock()
        let packDeadline = clock.now + limits.packTime
        var findings: [Finding] = []
        for rule in pack.rules {
            guard let message = rule.messages[document.language] else { continue }
            let matcher = PackRuleMatcher(rule: rule, message: message, text: text, checker: pack.id)
            switch rule.kind {
            case .term(let reject, let prefer):
                findings += matcher.terms(reject, prefer: prefer)
            case .requiredSpelling(let phrase):
                findings += matcher.requiredSpelling(phrase)
            case .consistency(let variants):
                findings += matcher.consistency(variants)
            case .pattern(let pattern):
                guard clock.now < packDeadline else {
                    findings.append(stopped(rule, reason: .packBudgetSpent, in: document))
                    continue
                }
                let deadline = min(clock.now + limits.patternTime, packDeadline)
                let outcome = BudgetedMatcher.matches(
                    of: pattern.expression, in: text.string, until: deadline, limit: limits.findingsPerRule)
                findings += matcher.patternFindings(outcome.matches, pattern: pattern)
                if outcome.stopped { findings.append(stopped(rule, reason: .ruleBudgetSpent, in: document)) }
            }
        }
        return findings
    }

    /// Why a rule's findings are missing.
    private enum StopReason {
        case ruleBudgetSpent, packBudgetSpent
    }

    /// The `checker-error` finding for a rule that was stopped or not run.
    private func stopped(_ rule: PackRule, reason: StopReason, in document: Document) -> Finding {
        let name = "\(pack.id)/\(rule.id)"
        let rulePart = Self.milliseconds(limits.patternTime)
        let packPart = Self.milliseconds(limits.packTime)
        let message =
            switch (document.language, reason) {
            case (.fr, .ruleBudgetSpent):
                "La règle « \(name) » a été arrêtée : elle a dépassé son budget de \(rulePart) sur ce document ; "
                    + "ses résultats manquent."
            case (.fr, .packBudgetSpent):
                "La règle « \(name) » n’a pas été appliquée : le recueil a dépassé son budget de \(packPart) "
                    + "sur ce document."
            case (.en, .ruleBudgetSpent):
                "Rule \(name) was stopped: it went over its budget of \(rulePart) on this document; "
                    + "its findings are missing."
            case (.en, .packBudgetSpent):
                "Rule \(name) was not run: the pack went over its budget of \(packPart) on this document."
            }
        let span = Span(start: 0, end: 0)
        return Finding(
            id: FindingID.make(checker: pack.id, rule: CheckerFailureRule.id, quoted: rule.id), checker: pack.id,
            rule: CheckerFailureRule.id, severity: .error, message: message, span: span,
            location: document.location(of: 0), quote: document.quote(span))
    }

    /// A budget as a whole number of milliseconds: `250 ms`.
    private static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1_000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}
