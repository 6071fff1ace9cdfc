import FactDeskKit

/// The driver's `rules` array of a SARIF run, and each rule's index in it.
///
/// Declared rules come first, in catalogue order. A finding from a rule no descriptor declares
/// (a checker that failed, a plugin not listed) adds an entry named after it, at the finding's
/// severity, so that every result can point at its rule.
struct SARIFRuleTable {
    /// The rules, in index order.
    private(set) var descriptors: [SARIF.ReportingDescriptor] = []
    private var indices: [String: Int] = [:]

    init(checkers: [CheckerDescriptor]) {
        for checker in checkers {
            for rule in checker.rules {
                add(
                    checker: checker.id, rule: rule.id, severity: rule.severity, summary: rule.summary,
                    checkerVersion: checker.version, languages: checker.languages.map(\.rawValue))
            }
        }
    }

    /// The index of a finding's rule, adding the rule if it was not declared.
    mutating func index(of finding: Finding) -> Int {
        let id = Self.ruleID(checker: finding.checker, rule: finding.rule)
        if let index = indices[id] { return index }
        add(
            checker: finding.checker, rule: finding.rule, severity: finding.severity, summary: id,
            checkerVersion: nil, languages: nil)
        return descriptors.count - 1
    }

    /// The SARIF rule id of a checker's rule: `checker/rule`.
    static func ruleID(checker: String, rule: String) -> String {
        "\(checker)/\(rule)"
    }

    /// A rule id as SARIF's friendly `name`: `weekday-mismatch` → `WeekdayMismatch`.
    static func name(ofRule rule: String) -> String {
        rule.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    private mutating func add(
        checker: String, rule: String, severity: Severity, summary: String, checkerVersion: String?,
        languages: [String]?
    ) {
        let id = Self.ruleID(checker: checker, rule: rule)
        guard indices[id] == nil else { return }
        indices[id] = descriptors.count
        descriptors.append(
            SARIF.ReportingDescriptor(
                id: id, name: Self.name(ofRule: rule), shortDescription: SARIF.Message(text: summary),
                defaultConfiguration: SARIF.Configuration(level: SARIFReport.level(severity)),
                properties: SARIF.RuleProperties(checker: checker, checkerVersion: checkerVersion, languages: languages)
            ))
    }
}
