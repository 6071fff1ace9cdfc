import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

/// The name checker's accuracy on texts of our own writing (``NameEvaluationReference``):
/// precision (findings that are expected misspellings), recall (expected misspellings found)
/// and the rate of the right spelling suggested first.
@Suite("Name evaluation")
struct NameEvaluation {
    /// What the checker got right and wrong over a set of texts.
    struct Score: CustomStringConvertible {
        var found = 0
        var wrong: [String] = []
        var missed: [String] = []
        var rightSuggestionFirst = 0

        var precision: Double { Double(found) / Double(max(1, found + wrong.count)) }
        var recall: Double { Double(found) / Double(max(1, found + missed.count)) }
        var suggestionFirstRate: Double { Double(rightSuggestionFirst) / Double(max(1, found)) }

        var description: String {
            String(
                format: "precision %.3f (%d/%d), recall %.3f (%d/%d), right suggestion first %.3f (%d/%d)", precision,
                found, found + wrong.count, recall, found, found + missed.count, suggestionFirstRate,
                rightSuggestionFirst, found)
        }
    }

    /// Whether a rule flags a name spelt otherwise than the reference data: a misspelling, or
    /// another transliteration (a warning rather than an error).
    static func flagsSpelling(_ rule: String) -> Bool {
        rule == "misspelled-name" || rule == "transliterated-name"
    }

    /// Runs the name checker over the cases and scores every finding it makes.
    static func score(_ cases: [NameEvaluationCase], reference: ReferenceData) async throws -> Score {
        let engine = Engine(
            catalog: try CheckerCatalog([NameChecker()]), extractors: [NameExtractor()], reference: reference)
        var score = Score()
        for evaluationCase in cases {
            let (text, spans) = RuleExample(evaluationCase.text, language: evaluationCase.language).unmarked
            let document = Document(path: "evaluation", text: text, language: evaluationCase.language)
            let findings = await engine.check(document).findings
            for finding in findings {
                guard Self.flagsSpelling(finding.rule), let position = spans.firstIndex(of: finding.span) else {
                    score.wrong.append("\(finding.rule) on “\(finding.quote.exact)” in: \(text)")
                    continue
                }
                score.found += 1
                if finding.suggestions.first == evaluationCase.expected[position] {
                    score.rightSuggestionFirst += 1
                } else {
                    score.wrong.append("suggested \(finding.suggestions) for “\(finding.quote.exact)” in: \(text)")
                }
            }
            for span in spans where !findings.contains(where: { $0.span == span && Self.flagsSpelling($0.rule) }) {
                score.missed.append("“\(document.text(in: span))” in: \(text)")
            }
        }
        return score
    }

    @Test("precision ≥ 0.97, recall ≥ 0.95 and the right suggestion first ≥ 0.95, in French and English")
    func accuracy() async throws {
        let reference = try ReferenceLoader().load(text: NameEvaluationReference.yaml, file: "evaluation.yml")
        let score = try await Self.score(
            NameEvaluationReference.correct + NameEvaluationReference.misspelled, reference: reference)
        print("name evaluation: \(score)")
        for problem in score.wrong + score.missed { print("  \(problem)") }
        #expect(score.precision >= 0.97, "\(score)")
        #expect(score.recall >= 0.95, "\(score)")
        #expect(score.suggestionFirstRate >= 0.95, "\(score)")
    }

    @Test(
        "every country name of iso-codes, written right in French and English, gets no finding",
        .enabled(if: FileManager.default.fileExists(atPath: ISOCodesImporter.countriesPath)))
    func countries() async throws {
        let reference = try ReferenceData(entities: try ISOCodesImporter.installedEntities())
        var cases: [NameEvaluationCase] = []
        for entity in reference.entities {
            for name in entity.names {
                if name.language != .en {
                    cases.append(NameEvaluationCase("Les représentants du pays \(name.text) ont signé hier.", .fr))
                }
                if name.language != .fr {
                    cases.append(NameEvaluationCase("Delegates from \(name.text) signed the text yesterday.", .en))
                }
            }
        }
        let score = try await Self.score(cases, reference: reference)
        print("iso-codes country names: \(cases.count) texts, \(score.wrong.count) findings")
        #expect(score.wrong.isEmpty, "\(score.wrong.prefix(20).joined(separator: "\n"))")
    }
}
