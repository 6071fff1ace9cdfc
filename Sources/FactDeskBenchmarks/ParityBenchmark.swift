import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// What translation parity adds to a check: the sample workspace's French and English drafts,
/// their paragraphs repeated to about 5 KB each, checked by the built-in checkers with the
/// sample reference data, without and with the other version as counterpart (whose extraction
/// the engine then runs too, and the parity checker's comparison).
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
        var paired = alone
        paired.counterpart = Document(path: "fr.md", text: french, language: .fr)
        _ = engine.checkSequentially(paired)  // the name book is built once per run, before the clock
        var findings = 0
        let without = Measurement.cpuMedian { findings = engine.checkSequentially(alone).findings.count }
        let with = Measurement.cpuMedian { findings = engine.checkSequentially(paired).findings.count }
        return [
            String(
                format: "parity: two versions of %.1f KB and %.1f KB: check %.2f ms alone, %.2f ms with the counterpart (+%.2f ms, %d findings)",
                Double(english.utf8.count) / 1024, Double(french.utf8.count) / 1024, without * 1000, with * 1000,
                (with - without) * 1000, findings)
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
