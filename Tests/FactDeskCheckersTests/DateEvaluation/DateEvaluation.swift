import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Foundation
import Testing

/// One sentence (or a few) of the evaluation set, with the date rules it must trigger — once
/// per listed id — and no others.
struct DateEvaluationCase: Sendable, CustomTestStringConvertible {
    var text: String
    var language: Language
    var published: CalendarDate?
    var expected: [String]

    /// A case published on Monday 24 November 2025, the opening day of the 93rd INTERPOL General
    /// Assembly, unless `published` says otherwise (`nil`: no publication date).
    init(_ text: String, _ language: Language, _ expected: [String], published: String? = "2025-11-24") {
        self.text = text
        self.language = language
        self.published = published.flatMap(CalendarDate.init(iso:))
        self.expected = expected
    }

    var testDescription: String { text }
}

/// Precision and recall of each date rule on the evaluation set.
struct DateScore {
    struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
    }

    var byRule: [String: Counts] = [:]
    /// The cases whose findings differ from the labels, with what was found.
    var misses: [String] = []

    /// Counts one case: each rule's findings against its labels.
    mutating func add(_ testCase: DateEvaluationCase, found: [String]) {
        for rule in Set(found + testCase.expected) {
            let foundCount = found.count { $0 == rule }
            let expectedCount = testCase.expected.count { $0 == rule }
            let hits = min(foundCount, expectedCount)
            byRule[rule, default: Counts()].truePositives += hits
            byRule[rule, default: Counts()].falsePositives += foundCount - hits
            byRule[rule, default: Counts()].falseNegatives += expectedCount - hits
        }
        if found.sorted() != testCase.expected.sorted() {
            misses.append("\(testCase.text) → found \(found.sorted()), expected \(testCase.expected.sorted())")
        }
    }

    /// One line per rule: counts, precision and recall.
    var report: [String] {
        byRule.keys.sorted().map { rule in
            let counts = byRule[rule]!
            return rule.padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(
                    format: "TP %3d  FP %2d  FN %2d  precision %.3f  recall %.3f", counts.truePositives,
                    counts.falsePositives, counts.falseNegatives, counts.precision, counts.recall)
        }
    }
}

@Suite("Date checker evaluation")
struct DateEvaluationTests {
    static let cases =
        DateEvaluation.french + DateEvaluation.english + DateEvaluation.heldOut + DateEvaluation.trickyNonErrors
        + DateEvaluation.realForms + DateEvaluation.eventDays + DateEvaluation.forms

    /// The rules' findings on one case, with the evaluation's reference data.
    static func found(_ testCase: DateEvaluationCase) async throws -> [String] {
        let engine = Engine(
            catalog: try CheckerCatalog([DateChecker()]), extractors: StandardExtractors.all,
            reference: DateEvaluation.reference)
        let document = Document(
            path: "case", text: testCase.text, language: testCase.language, published: testCase.published)
        return await engine.check(document).findings.filter { $0.checker == "date" }.map(\.rule)
    }

    /// Scores some cases, printing the figures under a title.
    static func score(_ cases: [DateEvaluationCase], title: String) async throws -> DateScore {
        var score = DateScore()
        for testCase in cases { score.add(testCase, found: try await found(testCase)) }
        print("Date checker, \(title) (\(cases.count) cases):")
        for line in score.report { print("  " + line) }
        for miss in score.misses { print("  miss: " + miss) }
        return score
    }

    @Test("every date rule reaches precision 0.98 and recall 0.95")
    func precisionAndRecall() async throws {
        _ = try await Self.score(DateEvaluation.heldOut, title: "cases written after tuning")
        let score = try await Self.score(Self.cases, title: "whole evaluation set")
        let rules = DateChecker().descriptor.rules.map(\.id)
        #expect(Set(score.byRule.keys).isSubset(of: Set(rules)))
        for rule in rules {
            let counts = try #require(score.byRule[rule], "no case exercises \(rule)")
            #expect(counts.truePositives >= 8, "\(rule): too few positive cases to measure")
            #expect(counts.precision >= 0.98, "\(rule): precision \(counts.precision)")
            #expect(counts.recall >= 0.95, "\(rule): recall \(counts.recall)")
        }
    }

    @Test("tricky non-errors raise nothing", arguments: DateEvaluation.trickyNonErrors)
    func trickyNonErrors(_ testCase: DateEvaluationCase) async throws {
        #expect(try await Self.found(testCase).isEmpty)
    }
}

/// The evaluation set: French and English sentences written for it, each labelled.
enum DateEvaluation {
    static let weekday = "weekday-mismatch"
    static let invalid = "invalid-date"
    static let order = "range-order"
    static let duration = "range-duration-mismatch"
    static let relative = "relative-weekday-mismatch"
    static let anniversary = "anniversary-mismatch"
    static let edition = "edition-date-mismatch"
    static let tense = "tense-vs-date"
    static let needsDate = "needs-publication-date"
}
