import FactDeskCheckers
import FactDeskKit
import FactDeskText
import Testing

/// ``ParityChecker/alignment(of:mentions:with:reference:)``: the paragraphs the side-by-side
/// view lines up, and where each parity finding points in the other version.
@Suite("Version alignment")
struct VersionAlignmentTests {
    static let french = """
        La conférence réunit 41 délégations à Lyon.

        Un paragraphe que la version anglaise n’a pas, sans aucun chiffre.

        Les travaux dureront 3 jours et coûteront 12,5 millions d’euros.
        """
    static let english = """
        The conference brings together 42 delegations in Lyon.

        The meeting will last 3 days and cost 12.5 million euros, with 300 observers.
        """

    private func version(_ text: String, _ path: String, _ language: Language) -> Counterpart {
        let document = Document(path: path, text: text, language: language)
        return Counterpart(document: document, mentions: StandardExtractors.all.mentions(in: document))
    }

    private func span(_ words: String, in text: String) throws -> Span {
        let scalars = Array(text.unicodeScalars)
        let target = Array(words.unicodeScalars)
        let start = try #require(
            scalars.indices.first { scalars[$0...].starts(with: target) }, "« \(words) » is not in the text")
        return Span(start: start, end: start + target.count)
    }

    @Test func pairsTheParagraphsBothVersionsShareAndLinksEachDivergenceToTheOtherVersion() throws {
        let french = version(Self.french, "a.fr.md", .fr)
        let english = version(Self.english, "a.en.md", .en)
        let alignment = ParityChecker().alignment(
            of: french.document, mentions: french.mentions, with: english, reference: nil)
        let frenchParagraphs = french.document.paragraphs
        let englishParagraphs = english.document.paragraphs
        #expect(
            alignment.pairs == [
                .init(ours: frenchParagraphs[0], theirs: englishParagraphs[0]),
                .init(ours: frenchParagraphs[2], theirs: englishParagraphs[1]),
            ])
        // « 41 » points to "42", and back.
        #expect(alignment.oursTargets[try span("41", in: Self.french)] == (try span("42", in: Self.english)))
        #expect(alignment.theirsTargets[try span("42", in: Self.english)] == (try span("41", in: Self.french)))
        // The 300 observers only the English version gives point to the French paragraph aligned.
        #expect(alignment.theirsTargets[try span("300", in: Self.english)] == frenchParagraphs[2])
        #expect(alignment.oursTargets.count == 1)
    }
}
