import FactDeskCheckers
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// The date checker's throughput, one core: date extraction alone, the checker alone, and both
/// (the checker with the extractions it reads: dates, durations, ordinals), on a generated 10 MB
/// corpus of date-rich drafts with the sample workspace's reference data, and date extraction on
/// a 50 MB draft without dates. Document analysis (tokens, sentences), shared by every checker,
/// is done before the clock starts and measured apart.
enum DateBenchmark {
    static func run() async -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let workspace = root.appendingPathComponent("Workspaces/interpol-ga")
        let reference = try! ReferenceLoader().load([workspace.appendingPathComponent("reference").path])
        let corpus = dateRichCorpus(from: samples(in: workspace), totalBytes: 10 * 1_048_576)
        var lines = await measure(name: "date-rich 10 MB corpus", texts: corpus, reference: reference)
        lines += await measureWithoutDates(megabytes: 50)
        return lines
    }

    private static func measure(name: String, texts: [String], reference: ReferenceData) async -> [String] {
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        let analysis = await Measurement.median {
            _ = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        }
        let documents = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        let dates = DateExtractor()
        let read: [any Extractor] = [DateExtractor(), DurationExtractor(), NumberExtractor()]
        let checker = DateChecker()
        let mentions = documents.map { read.mentions(in: $0) }
        let extraction = await Measurement.median {
            var count = 0
            for document in documents { count += dates.extract(from: document).count }
            precondition(count > 0)
        }
        let checking = await Measurement.median {
            var findings = 0
            for (document, found) in zip(documents, mentions) {
                findings += try! checker.check(document, context: CheckContext(mentions: found, reference: reference)).count
            }
            precondition(findings > 0)
        }
        let full = await Measurement.median {
            for document in documents {
                _ = try! checker.check(document, context: CheckContext(mentions: read.mentions(in: document), reference: reference))
            }
        }
        func rate(_ seconds: Double) -> String { String(format: "%7.2f MB/s", megabytes / seconds) }
        return [
            String(format: "%@: %d documents, %.2f MB, 1 core", name, texts.count, megabytes),
            "  document analysis (not counted below):        \(rate(analysis))",
            "  date extraction:                              \(rate(extraction))",
            "  date checker alone (mentions given):          \(rate(checking))",
            "  full date checker (extraction + checking):    \(rate(full))",
            "  full date checker with document analysis:     \(rate(full + analysis))",
        ]
    }

    /// Date extraction over one draft of `megabytes` without a single date: prose and numbers.
    private static func measureWithoutDates(megabytes: Int) async -> [String] {
        let paragraph = "Le comité a examiné 12 dossiers, puis 340 autres ; rien n’a été décidé sur le fond, "
            + "et les 1 200 participants sont repartis sans calendrier.\n\n"
        let text = String(repeating: paragraph, count: megabytes * 1_048_576 / paragraph.utf8.count)
        let document = Document(path: "nodates", text: text, language: .fr)
        var found = -1
        let seconds = await Measurement.median { found = DateExtractor().extract(from: document).count }
        return [
            String(
                format: "one %d MB draft without dates: date extraction %.2f MB/s, 1 core, %d mentions", megabytes,
                Double(text.utf8.count) / 1_048_576 / seconds, found)
        ]
    }

    private static func samples(in workspace: URL) -> [String] {
        let drafts = workspace.appendingPathComponent("drafts")
        let files = (try? FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        precondition(!texts.isEmpty, "sample drafts not found under \(drafts.path)")
        return texts
    }

    /// Drafts of ~10 KB, each one language, made of the samples' paragraphs in a seeded random
    /// order with their days varied, so the corpus is the same on every run.
    private static func dateRichCorpus(from samples: [String], totalBytes: Int) -> [String] {
        let byLanguage = samples.map { $0.components(separatedBy: "\n\n").filter { !$0.hasPrefix("---") } }
        var generator = SplitMix64(seed: 93)
        var corpus: [String] = []
        var size = 0
        while size < totalBytes {
            let paragraphs = byLanguage[corpus.count % byLanguage.count]
            var draft = "---\ndate: 2025-11-\(10 + Int(generator.next() % 19))\n---\n\n"
            while draft.utf8.count < 10_000 {
                let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
                draft += paragraph.replacingOccurrences(of: "24", with: String(1 + generator.next() % 28)) + "\n\n"
            }
            size += draft.utf8.count
            corpus.append(draft)
        }
        return corpus
    }
}
