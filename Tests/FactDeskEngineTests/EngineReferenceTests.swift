import FactDeskEngine
import FactDeskKit
import Testing

@Suite("Engine: reference data")
struct EngineReferenceTests {
    /// Flags each founding year the reference data gives for the subjects a draft names.
    struct FoundingChecker: Checker {
        var descriptor: CheckerDescriptor {
            CheckerDescriptor(id: "founding", version: "1.0.0", summary: "founding years", languages: [.fr], rules: [])
        }

        func check(_ document: Document, context: CheckContext) throws -> [Finding] {
            guard let reference = context.reference else { return [] }
            let words = document.tokens.map(\.text)
            return reference.subjects(namedIn: words, language: document.language).compactMap { match in
                reference.founding(of: match.subject.id).map { founding in
                    document.finding(
                        checker: "founding", rule: "year", severity: .info,
                        span: document.tokens[match.words.lowerBound].span, message: "founded \(founding.value)")
                }
            }
        }
    }

    static let reference = InMemoryReference([
        .init(id: "interpol", kind: .organization, names: ["INTERPOL"], founded: PartialDate(year: 1923))
    ])

    @Test func theReferenceDataReachesEveryCheckerInBothWaysOfChecking() async throws {
        let engine = Engine(catalog: try CheckerCatalog([FoundingChecker()]), extractors: [], reference: Self.reference)
        let document = Document(path: "d", text: "Le siège d’INTERPOL est à Lyon.", language: .fr)
        #expect(await engine.check(document).findings.map(\.message) == ["founded 1923"])
        #expect(engine.checkSequentially(document).findings.map(\.message) == ["founded 1923"])
    }

    @Test func withoutReferenceDataCheckersSeeNone() async throws {
        let engine = Engine(catalog: try CheckerCatalog([FoundingChecker()]), extractors: [])
        #expect(await engine.check(Document(path: "d", text: "INTERPOL.", language: .fr)).findings.isEmpty)
    }
}
