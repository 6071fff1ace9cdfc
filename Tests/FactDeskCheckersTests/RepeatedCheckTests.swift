import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

/// Checks of one text in one process give the same findings each time, however the dictionaries
/// and sets each check builds happen to order their elements.
@Suite("Repeated checks of one text")
struct RepeatedCheckTests {
    static let workspace = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Workspaces/interpol-ga")

    /// "INTERPOL Innovation Centre" names the centre and, from the same word, INTERPOL: each once,
    /// so neither is the entity the draft names most. The first named, the centre, has no member
    /// countries, so the count of member countries without a subject stays unchecked.
    static let tiedDraft = """
        ---
        date: 2025-11-24
        ---

        The INTERPOL Innovation Centre hosts the meeting.

        Les chefs de police de 896 pays membres se sont retrouvés à Marrakech.
        """

    @Test("the same findings with reference data and engine built again for each check")
    func sameFindingsEachTime() async throws {
        // Every run's data stays in memory, so that the next run's tables are built elsewhere
        // and hash their keys with other seeds.
        var kept: [(Engine, DocumentReport)] = []
        for _ in 0..<40 {
            let reference = try ReferenceLoader().load([Self.workspace.appendingPathComponent("reference").path])
            let engine = Engine(
                catalog: try CheckerCatalog(BuiltinCheckers.all), extractors: StandardExtractors.all,
                reference: reference)
            let report = await engine.check(Document(path: "sommet.fr.md", text: Self.tiedDraft, language: .fr))
            kept.append((engine, report))
        }
        let first = try #require(kept.first?.1.findings)
        for (run, (_, report)) in kept.enumerated() {
            #expect(report.findings == first, "run \(run)")
        }
        #expect(!first.contains { $0.quote.exact.contains("896") })
    }
}
