import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Testing

/// The date and number checkers on their rules' examples cut short right after each marked span,
/// as a heading or a fragment ends on a figure, a length or a date ("NATO’s 75th Anniversary"):
/// the rules look past such words for what follows, and must find the end of the text instead.
@Suite("Examples cut after their marks")
struct TruncatedExampleTests {
    /// Each example of the date and number checkers cut after each of its marks, once per text.
    static let cases: [TruncatedExample] = {
        var seen = Set<String>()
        return [DateChecker() as any Checker, NumberChecker()].flatMap { checker in
            checker.descriptor.rules.flatMap { rule in
                rule.examples.flatMap { example -> [TruncatedExample] in
                    let (text, spans) = example.unmarked
                    let scalars = Array(text.unicodeScalars)
                    return spans.compactMap { span -> TruncatedExample? in
                        guard span.end < scalars.count else { return nil }
                        var cut = String.UnicodeScalarView()
                        cut.append(contentsOf: scalars[..<span.end])
                        let truncated = String(cut)
                        guard seen.insert("\(checker.descriptor.id)|\(truncated)").inserted else { return nil }
                        return TruncatedExample(checker: checker, text: truncated, example: example)
                    }
                }
            }
        }
    }()

    @Test("the checker finishes on every cut example", arguments: cases)
    func finishes(_ testCase: TruncatedExample) async throws {
        let engine = Engine(
            catalog: try CheckerCatalog([testCase.checker]), extractors: StandardExtractors.all,
            reference: testCase.example.reference)
        let document = Document(
            path: "cut", text: testCase.text, language: testCase.example.language, published: testCase.example.published)
        let found = await engine.check(document).findings
        #expect(!found.contains { $0.rule == CheckerFailure.rule }, "in: \(testCase.text)")
    }
}

/// An example's text cut after one of its marks, with the checker to run on it.
struct TruncatedExample: CustomTestStringConvertible, Sendable {
    let checker: any Checker
    let text: String
    let example: RuleExample

    var testDescription: String { "\(checker.descriptor.id): \(text)" }
}
