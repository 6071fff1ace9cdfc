import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// What translation parity adds to a check: the sample workspace's French and English drafts,
/// their paragraphs repeated to about 5 KB each, checked by the built-in checkers with the
/// sample reference data, without and with the other version as counterpart (whose extraction
/// the engine then runs too, and the parity checker's comparison). Then both versions checked in
/// one run, each the other's counterpart, their extraction shared (``ExtractionShare``), against
/// the two checked alone.
///
/// Times are the CPU time of the measuring thread (median of ``Measurement/runs``).
enum ParityBenchmark {
    /// The size of each version.
    static let versionBytes = 5 * 1024

    static func run() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let workspace = root.appendingPathComponent("Workspaces/interpol-ga")
        let reference = try! ReferenceLoader().load([workspace.appendingPathComponent("reference").path])
        let french = version(of: workspace.appendingPathComponent("drafts/assemblee-generale.fr.md"))
        let english = version(of: workspace.appendingPathComponent("drafts/general-assembly.en.md"))
        let engine = Engine(
            catalog: try! CheckerCatalog(BuiltinCheckers.all), extractors: StandardExtractors.all, reference: reference)
        let alone = Document(path: "en.md", text: english, language: .en)
        let frenchAlone = Document(path: "fr.md", text: french, language: .fr)
        var paired = alone
        paired.counterpart = frenchAlone
        var frenchPaired = frenchAlone
        frenchPaired.counterpart = alone
        _ = engine.checkSequentially(paired)  // the name book is built once per run, before the clock
        var findings = 0
        let without = Measurement.cpuMedian { findings = engine.checkSequentially(alone).findings.count }
        let with = Measurement.cpuMedian { findings = engine.checkSequentially(paired).findings.count }
        let bothAlone = Measurement.cpuMedian { _ = [frenchAlone, alone].map { engine.checkSequentially($0) } }
        let bothPaired = Measurement.cpuMedian {
            let run = [frenchPaired, paired]
            let share = ExtractionShare(run)
            _ = run.map { engine.checkSequentially($0, sharing: share) }
        }
        return [
            String(
                format: "parity: two versions of %.1f KB and %.1f KB: check %.2f ms alone, %.2f ms with the counterpart (+%.2f ms, %d findings)",
                Double(english.utf8.count) / 1024, Double(french.utf8.count) / 1024, without * 1000, with * 1000,
                (with - without) * 1000, findings),
            String(
                format: "parity: both versions in one run: %.2f ms checked alone, %.2f ms each with the other as counterpart (+%.2f ms per version)",
                bothAlone * 1000, bothPaired * 1000, (bothPaired - bothAlone) * 500),
        ]
    }

    /// A draft's body paragraphs repeated in order to ``versionBytes``.
    private static func version(of file: URL) -> String {
        let text = try! String(contentsOf: file, encoding: .utf8)
        let body = text.components(separatedBy: "\n---\n").last ?? text
        let paragraphs = body.components(separatedBy: "\n\n").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        var version = ""
        var index = 0
        while version.utf8.count < versionBytes {
            version += paragraphs[index % paragraphs.count] + "\n\n"
            index += 1
        }
        return version
    }
}
