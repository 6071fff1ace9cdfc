import FactDeskKit
import Testing

@testable import FactDeskText

/// The date scanner's work grows linearly with the text, whatever the text: counted in scanner
/// steps (positions tried, list items read), not timed.
@Suite("DateScanner: linear work on bad input")
struct DateScannerComplexityTests {
    /// The steps a scan of `text` takes, the tokens it has, and the matches found.
    private func scan(_ text: String) -> (steps: Int, tokens: Int, matches: [DateMatch]) {
        let document = Document(path: "-", text: text, language: .fr, published: CalendarDate(iso: "2025-11-24"))
        let counter = StepCounter()
        let scanner = DateScanner(
            tokens: document.tokens, keys: WordKeys(document.tokens), language: .fr, steps: counter)
        let matches = scanner.matches()
        return (counter.total, document.tokens.count, matches)
    }

    /// Asserts that four times the text takes at most about four times the steps, and at most a
    /// few steps per token.
    private func expectLinear(_ unit: String, times: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let small = scan(String(repeating: unit, count: times))
        let large = scan(String(repeating: unit, count: 4 * times))
        #expect(Double(large.steps) <= 4.05 * Double(small.steps), sourceLocation: sourceLocation)
        #expect(large.steps <= 3 * large.tokens, sourceLocation: sourceLocation)
    }

    @Test func aLongDraftWithoutDates() {
        let paragraph = "Le comité a examiné 12 dossiers, puis 340 autres ; rien n’a été décidé sur le fond.\n\n"
        expectLinear(paragraph, times: 2_000)
        #expect(scan(String(repeating: paragraph, count: 100)).matches.isEmpty)
    }

    @Test func aThousandRangesInOneParagraph() {
        expectLinear("du 24 au 27 novembre, ", times: 250)
        let scanned = scan(String(repeating: "du 24 au 27 novembre, ", count: 1_000))
        #expect(scanned.matches.count == 1_000)
    }

    @Test func longRunsOfNumbersThatNeverReachAMonth() {
        expectLinear("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, ", times: 200)
        expectLinear("lundi 24 et mardi 25 et ", times: 200)
    }

    @Test func absurdYearsAndNumbers() {
        let scanned = scan("En l’an 20251, le 99 novembre 20251 et le 2025-13-45, puis 1e100 fois.")
        #expect(scanned.matches.isEmpty)
    }
}
