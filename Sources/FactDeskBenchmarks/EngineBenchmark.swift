import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskText
import Foundation

/// The engine's throughput on the sample drafts and on a generated 10 MB corpus.
///
/// Each corpus is measured three ways in the same run: a baseline that only decodes the text
/// and counts its scalars, document analysis alone (tokens, sentences, NFC view), and the full
/// check (analysis, extraction, every built-in checker) — one core, then all cores.
enum EngineBenchmark {
    static func run() async -> [String] {
        let samples = sampleDrafts()
        let corpus = generatedCorpus(from: samples, totalBytes: 10 * 1024 * 1024)
        var lines: [String] = []
        lines += await measure(name: "sample drafts ×100", texts: Array(repeating: samples, count: 100).flatMap { $0 })
        lines += await measure(name: "generated 10 MB corpus", texts: corpus)
        return lines
    }

    private static func measure(name: String, texts: [String]) async -> [String] {
        let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
        let megabytes = bytes / 1_048_576
        let engine = Engine(catalog: try! CheckerCatalog(BuiltinCheckers.all), extractors: StandardExtractors.all)
        let cores = ProcessInfo.processInfo.activeProcessorCount

        let baseline = await Measurement.median {
            var scalars = 0
            for text in texts { scalars += text.unicodeScalars.count }
            precondition(scalars > 0)
        }
        let analysis = await Measurement.median {
            for (index, text) in texts.enumerated() { _ = Document(path: "d\(index)", text: text) }
        }
        let oneCore = await Measurement.median {
            for (index, text) in texts.enumerated() {
                _ = engine.checkSequentially(Document(path: "d\(index)", text: text))
            }
        }
        let allCores = await Measurement.median {
            _ = await withTaskGroup(of: Int.self) { group in
                for (index, text) in texts.enumerated() {
                    group.addTask { await engine.check(Document(path: "d\(index)", text: text)).findings.count }
                }
                return await group.reduce(0, +)
            }
        }
        func rate(_ seconds: Double) -> String {
            String(format: "%8.0f docs/s %7.2f MB/s", Double(texts.count) / seconds, megabytes / seconds)
        }
        return [
            String(format: "%@: %d documents, %.2f MB", name, texts.count, megabytes),
            "  baseline (decode, count scalars) 1 core:  \(rate(baseline))",
            "  document analysis, 1 core:                \(rate(analysis))  (\(String(format: "%.1f", analysis / baseline))× baseline time)",
            "  full check, 1 core:                       \(rate(oneCore))  (\(String(format: "%.1f", oneCore / baseline))× baseline time)",
            "  full check, \(cores) cores (per core):          \(rate(allCores * Double(cores)))",
        ]
    }

    /// The example workspace's drafts, found from this source file's place in the package.
    private static func sampleDrafts() -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let drafts = root.appendingPathComponent("Workspaces/interpol-ga/drafts")
        let files = (try? FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        precondition(!texts.isEmpty, "sample drafts not found under \(drafts.path)")
        return texts
    }

    /// About `totalBytes` of drafts of ~10 KB, made by shuffling the samples' paragraphs with a
    /// fixed seed and varying their numbers, so the corpus is the same on every run.
    private static func generatedCorpus(from samples: [String], totalBytes: Int) -> [String] {
        let paragraphs = samples.flatMap { $0.components(separatedBy: "\n\n") }.filter { !$0.hasPrefix("---") }
        var generator = SplitMix64(seed: 2025)
        var corpus: [String] = []
        var size = 0
        while size < totalBytes {
            var draft = "---\ndate: 2025-11-\(10 + Int(generator.next() % 19))\n---\n\n"
            while draft.utf8.count < 10_000 {
                let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
                draft += paragraph.replacingOccurrences(of: "24", with: String(1 + generator.next() % 31)) + "\n\n"
            }
            size += draft.utf8.count
            corpus.append(draft)
        }
        return corpus
    }
}

/// A small deterministic random number generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
