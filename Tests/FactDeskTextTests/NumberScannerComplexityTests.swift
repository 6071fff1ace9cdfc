import FactDeskKit
import Testing

@testable import FactDeskText

/// The number scanner's work grows linearly with the text: it is counted in steps (tokens looked
/// at), not timed, so the test holds on any machine.
@Suite("NumberScanner complexity")
struct NumberScannerComplexityTests {
    /// The scanner's steps over `count` repetitions of `unit`.
    private func steps(_ unit: String, count: Int, language: Language) -> Int {
        let document = Document(path: "-", text: String(repeating: unit, count: count), language: language)
        let tokens = document.tokens
        let scanner = NumberScanner(
            tokens: tokens, keys: WordKeys(tokens),
            digits: DigitNumberReader(tokens: tokens, text: document.normalized, language: language),
            claimed: [Bool](repeating: false, count: tokens.count))
        var steps = 0
        _ = scanner.matches(steps: &steps)
        return steps
    }

    @Test(
        "doubling the text at most doubles the steps",
        arguments: [
            ("123 ", Language.fr), ("1 ", .fr), ("12 34 ", .fr), ("entre 1 et 2 ", .fr), ("plus de 3 % ", .fr),
            ("1,234,567 ", .en), ("two dozen ", .en), ("XXIe ", .fr), ("$3.2bn ", .en), ("-5 ", .en),
        ])
    func linear(unit: String, language: Language) {
        let small = steps(unit, count: 5_000, language: language)
        let large = steps(unit, count: 10_000, language: language)
        #expect(small > 0)
        #expect(Double(large) <= 2.05 * Double(small), "\(small) → \(large)")
    }

    @Test("a run of groups is read a few tokens at a time from any start")
    func boundedReads() {
        let text = String(repeating: "123 ", count: 2_000)
        let document = Document(path: "-", text: text, language: .fr)
        let reader = DigitNumberReader(tokens: document.tokens, text: document.normalized, language: .fr)
        let longest = document.tokens.indices.map { reader.read(at: $0)?.tokens.count ?? 0 }.max() ?? 0
        #expect(longest == DigitNumberReader.maximumGroups + 1)
    }
}
