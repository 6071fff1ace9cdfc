import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// The parity checker's accuracy on FR/EN pairs of our own writing (``pairs``): each version
/// is checked against the other, and every finding is scored against the words marked for the
/// pair's planted divergence. Precision and recall are reported per rule.
@Suite("Parity evaluation")
struct ParityEvaluation {
    /// What one rule got right and wrong.
    struct Score: CustomStringConvertible {
        var found = 0
        var wrong: [String] = []
        var missed: [String] = []

        var precision: Double { Double(found) / Double(max(1, found + wrong.count)) }
        var recall: Double { Double(found) / Double(max(1, found + missed.count)) }

        var description: String {
            String(
                format: "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, found, found + wrong.count, recall,
                found, found + missed.count)
        }
    }

    /// The rules scored.
    static let rules = ["value-mismatch", "name-mismatch", "missing-fact"]

    /// Checks both versions of every pair against each other and scores each rule: a finding is
    /// right when it overlaps a span marked for its rule in its version.
    static func score(_ pairs: [ParityPair]) async throws -> [String: Score] {
        let engine = Engine(
            catalog: try CheckerCatalog([ParityChecker()]), extractors: StandardExtractors.all, reference: reference)
        var scores = Dictionary(uniqueKeysWithValues: rules.map { ($0, Score()) })
        for pair in pairs {
            let french = RuleExample(pair.french, language: .fr).unmarked
            let english = RuleExample(pair.english, language: .en).unmarked
            let versions = [
                (french, Language.fr, english, Language.en), (english, Language.en, french, Language.fr),
            ]
            for (ours, language, theirs, otherLanguage) in versions {
                var document = Document(path: "\(language).md", text: ours.text, language: language)
                document.counterpart = Document(path: "\(otherLanguage).md", text: theirs.text, language: otherLanguage)
                let findings = await engine.check(document).findings
                for finding in findings {
                    if finding.rule == pair.rule, ours.spans.contains(where: { $0.overlaps(finding.span) }) {
                        scores[finding.rule, default: Score()].found += 1
                    } else {
                        scores[finding.rule, default: Score()].wrong.append(
                            "\(finding.rule) on “\(finding.quote.exact)” in: \(ours.text)")
                    }
                }
                guard let rule = pair.rule else { continue }
                for span in ours.spans
                where !findings.contains(where: { $0.rule == rule && $0.span.overlaps(span) }) {
                    scores[rule, default: Score()].missed.append("“\(document.text(in: span))” in: \(ours.text)")
                }
            }
        }
        return scores
    }

    @Test("at least 40 pairs, 10 of them without divergence")
    func pairCounts() {
        #expect(Self.pairs.count >= 40)
        #expect(Self.pairs.filter { $0.rule == nil }.count >= 10)
    }

    @Test("precision ≥ 0.97 and recall ≥ 0.90 for each rule, French against English and back")
    func accuracy() async throws {
        let scores = try await Self.score(Self.pairs)
        for rule in Self.rules {
            let score = scores[rule] ?? Score()
            print("parity evaluation, \(rule): \(score)")
            for problem in score.wrong + score.missed { print("  \(problem)") }
            #expect(score.precision >= 0.97, "\(rule): \(score)")
            #expect(score.recall >= 0.90, "\(rule): \(score)")
        }
    }
}

/// One story in French and English, with the rule its planted divergence must trigger (`nil`
/// when the versions agree) and the words it must be reported on marked `⟦…⟧` in each version.
struct ParityPair: Sendable {
    let rule: String?
    let french: String
    let english: String

    init(_ rule: String?, fr french: String, en english: String) {
        self.rule = rule
        self.french = french
        self.english = english
    }
}
