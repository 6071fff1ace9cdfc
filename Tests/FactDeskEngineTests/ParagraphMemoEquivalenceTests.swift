import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation
import Testing

/// The built-in checkers, the standard extractors and the sample workspace's reference data: after
/// every edit of a random sequence, a check reusing the paragraph memo gives exactly the findings
/// of a full check.
@Suite("Engine.check(_:reusing:) with the built-in checkers")
struct ParagraphMemoEquivalenceTests {
    /// A small deterministic generator (SplitMix64), so that a failing sequence can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Workspaces/interpol-ga")

    /// Paragraphs that trigger paragraph-local and document-wide rules alike.
    static let planted = [
        "Le sommet s’est ouvert le 31 avril 2025 à Lyon, un lundi.",
        "The INTERPOL Innovation Centre, founded in 2014, hosts the meeting.",
        "Les délégués sont arrivés à M\u{0430}rrakech lundi 24 novembre 2025.",
        "📅 Mardi 25 novembre 2025, les délégués ont voté ; 1.5 % se sont abstenus.",
        "Le secrétaire général Valdecy Urquiza a parlé. Puis Urquisa a quitté la salle.",
        "Ils étaient 120 délégués, dont 70 Européens et 60 Africains.",
    ]

    /// One random edit of a draft: a paragraph changed, dropped, repeated, moved or added, or the
    /// publication date changed.
    static func edit(_ text: String, using generator: inout Generator) -> String {
        let parts = text.components(separatedBy: "\n---\n")
        var front = parts.count > 1 ? parts[0] + "\n---\n" : ""
        var paragraphs = (parts.count > 1 ? parts[1] : text).components(separatedBy: "\n\n")
        let index = Int.random(in: 0..<paragraphs.count, using: &generator)
        switch Int.random(in: 0..<7, using: &generator) {
        case 0:
            var scalars = Array(paragraphs[index].unicodeScalars)
            if let digit = scalars.indices.filter({ scalars[$0].properties.numericType != nil }).randomElement(
                using: &generator)
            {
                scalars[digit] = Unicode.Scalar(UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &generator))
            }
            paragraphs[index] = String(String.UnicodeScalarView(scalars))
        case 1 where paragraphs.count > 2: paragraphs.remove(at: index)
        case 2: paragraphs.insert(paragraphs[index], at: Int.random(in: 0...paragraphs.count, using: &generator))
        case 3: paragraphs.swapAt(index, Int.random(in: 0..<paragraphs.count, using: &generator))
        case 4:
            paragraphs.insert(
                planted.randomElement(using: &generator)!, at: Int.random(in: 0...paragraphs.count, using: &generator))
        case 5: paragraphs[index] += " Il a ajouté : « Nous verrons. »"
        default:
            let day = Int.random(in: 20...28, using: &generator)
            front = front.replacingOccurrences(
                of: #"date: 2025-11-\d\d"#, with: "date: 2025-11-\(day)", options: .regularExpression)
        }
        return front + paragraphs.joined(separator: "\n\n")
    }

    @Test(arguments: ["assemblee-generale.fr.md", "general-assembly.en.md"])
    func randomEditsGiveTheFindingsOfAFullCheck(draft: String) async throws {
        let reference = try ReferenceLoader().load([Self.sample.appendingPathComponent("reference").path])
        let engine = Engine(
            catalog: try CheckerCatalog(BuiltinCheckers.all), extractors: StandardExtractors.all, reference: reference)
        var text = try String(contentsOf: Self.sample.appendingPathComponent("drafts/\(draft)"), encoding: .utf8)
        var memo = ParagraphMemo()
        var generator = Generator(state: UInt64(draft.count))
        var reused = 0
        var localRules: Set<String> = []
        for step in 0..<60 {
            let document = Document(path: draft, text: text)
            let incremental = await engine.check(document, reusing: &memo)
            let full = await engine.check(document)
            #expect(Set(incremental.findings) == Set(full.findings), "step \(step):\n\(text)")
            #expect(incremental.findings.count == full.findings.count, "step \(step)")
            reused += memo.reusedParagraphs
            localRules.formUnion(
                incremental.findings.map(\.rule).filter { ["invalid-date", "mixed-script"].contains($0) })
            text = Self.edit(text, using: &generator)
        }
        #expect(reused > 0)
        #expect(localRules == ["invalid-date", "mixed-script"])
    }
}
