import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Foundation
import Testing

/// One sentence or short draft of the evaluation set, with the findings a careful editor expects.
struct NumberCase: Sendable, CustomTestStringConvertible {
    /// A finding: its rule and the words it quotes.
    struct Hit: Hashable, Sendable, CustomStringConvertible {
        var rule: String
        var quote: String
        var description: String { "\(rule): \(quote)" }
    }

    var language: Language
    var text: String
    var expected: [Hit]

    var testDescription: String { text }
}

/// Builds cases: `fr("text", "fact-mismatch: 195 pays membres")`.
func fr(_ text: String, _ hits: String...) -> NumberCase { numberCase(.fr, text, hits) }
func en(_ text: String, _ hits: String...) -> NumberCase { numberCase(.en, text, hits) }

private func numberCase(_ language: Language, _ text: String, _ hits: [String]) -> NumberCase {
    NumberCase(
        language: language, text: text,
        expected: hits.map { hit in
            let parts = hit.split(separator: ":", maxSplits: 1)
            return NumberCase.Hit(rule: String(parts[0]), quote: parts[1].trimmingCharacters(in: .whitespaces))
        })
}

/// Precision and recall of every rule of the number checker on an evaluation set of French and
/// English sentences written for it: each form of numbers and claims, and non-claims (years,
/// dates, times, phone numbers, page numbers, scores, a quote's « nous », subsets).
@Suite("Number evaluation")
struct NumberEvaluation {
    static let cases = french + english + news + beyondCoverage
    static let rules = NumberChecker().descriptor.rules.map(\.id)

    /// What the checker finds in a case, every rule turned on.
    static func found(_ testCase: NumberCase) async throws -> Set<NumberCase.Hit> {
        let engine = Engine(
            catalog: try CheckerCatalog([NumberChecker()]), extractors: StandardExtractors.all, reference: reference,
            enabledRules: Set(rules.map { "number/\($0)" }))
        let document = Document(path: "case", text: testCase.text, language: testCase.language, published: published)
        return Set(await engine.check(document).findings.map { NumberCase.Hit(rule: $0.rule, quote: $0.quote.exact) })
    }

    @Test("precision ≥ 0.98 and recall ≥ 0.95 for every rule")
    func precisionAndRecall() async throws {
        var truePositives: [String: Int] = [:]
        var falsePositives: [String: [String]] = [:]
        var falseNegatives: [String: [String]] = [:]
        for testCase in Self.cases {
            let found = try await Self.found(testCase)
            let expected = Set(testCase.expected)
            for hit in found.intersection(expected) { truePositives[hit.rule, default: 0] += 1 }
            for hit in found.subtracting(expected) {
                falsePositives[hit.rule, default: []].append("\(hit) in \(testCase.text)")
            }
            for hit in expected.subtracting(found) {
                falseNegatives[hit.rule, default: []].append("\(hit) in \(testCase.text)")
            }
        }
        for rule in Self.rules {
            let hits = truePositives[rule, default: 0]
            let wrong = falsePositives[rule, default: []]
            let missed = falseNegatives[rule, default: []]
            #expect(hits + missed.count >= 5, "\(rule) needs at least five positive cases")
            let precision = Double(hits) / Double(max(1, hits + wrong.count))
            let recall = Double(hits) / Double(max(1, hits + missed.count))
            print(
                String(
                    format: "number/%@: %d expected, precision %.3f, recall %.3f", rule, hits + missed.count, precision,
                    recall))
            #expect(precision >= 0.98, "\(rule) false positives: \(wrong)")
            #expect(recall >= 0.95, "\(rule) misses: \(missed)")
        }
    }

    @Test(
        "cases written after tuning: precision ≥ 0.95, recall reported",
        arguments: [
            ("first set", heldOut), ("set written after its fixes", freshHeldOut),
            ("set written after the weekday anchor", anchorHeldOut),
        ])
    func heldOutScores(name: String, cases: [NumberCase]) async throws {
        var (hits, wrong, missed) = (0, [String](), [String]())
        for testCase in cases {
            let found = try await Self.found(testCase)
            let expected = Set(testCase.expected)
            hits += found.intersection(expected).count
            wrong += found.subtracting(expected).map { "\($0) in \(testCase.text)" }
            missed += expected.subtracting(found).map { "\($0) in \(testCase.text)" }
        }
        let precision = Double(hits) / Double(max(1, hits + wrong.count))
        let recall = Double(hits) / Double(max(1, hits + missed.count))
        print(
            String(
                format: "number, %@, %d cases written after tuning: precision %.3f, recall %.3f", name, cases.count,
                precision, recall))
        for miss in missed { print("  missed \(miss)") }
        #expect(precision >= 0.95, "false positives: \(wrong)")
    }

    @Test("every expected finding names a rule of the checker")
    func expectationsNameRules() {
        for testCase in Self.cases + Self.heldOut + Self.freshHeldOut + Self.anchorHeldOut {
            for hit in testCase.expected { #expect(Self.rules.contains(hit.rule), "\(hit)") }
        }
    }
}
