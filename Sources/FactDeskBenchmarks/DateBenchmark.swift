import FactDeskCheckers
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// The date checker's throughput per core: date extraction alone, the checker alone, and both
/// (the checker with the date and duration extractions it reads; the ordinals it also reads come
/// from the number extractor, which the engine runs once for all checkers), with the sample
/// workspace's reference data, on two generated 10 MB corpora of the sample drafts' paragraphs —
/// with their days shuffled, as the engine benchmark makes them (an error in most dates), and as
/// the checker's own suggestions correct them (closer to a real draft) — and date extraction on
/// a 50 MB draft without dates. Document analysis (tokens, sentences), shared by every checker,
/// is done before the clock starts and measured apart.
///
/// Times are the CPU time of the measuring thread (median of ``Measurement/runs``), so the
/// figures are per core even on a machine other work shares.
enum DateBenchmark {
    static func run() async -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let workspace = root.appendingPathComponent("Workspaces/interpol-ga")
        let reference = try! ReferenceLoader().load([workspace.appendingPathComponent("reference").path])
        let samples = samples(in: workspace)
        let corrected = samples.map { correctedByTheChecker($0, reference: reference) }
        var lines = measure(
            name: "generated 10 MB corpus, days shuffled",
            texts: generatedCorpus(from: samples, totalBytes: 10 * 1_048_576, shufflingDays: true), reference: reference
        )
        lines += measure(
            name: "generated 10 MB corpus of the samples as the checker corrects them",
            texts: generatedCorpus(from: corrected, totalBytes: 10 * 1_048_576, shufflingDays: false),
            reference: reference)
        lines += measureWithoutDates(megabytes: 50)
        return lines
    }

    /// A sample with the date checker's first suggestion applied to each of its findings: the
    /// draft its errors would leave once fixed, but those the checker cannot correct alone.
    private static func correctedByTheChecker(_ text: String, reference: ReferenceData) -> String {
        let document = Document(path: "sample", text: text)
        let mentions = ([DateExtractor(), DurationExtractor(), NumberExtractor()] as [any Extractor]).mentions(
            in: document)
        let findings = try! DateChecker().check(
            document, context: CheckContext(mentions: mentions, reference: reference))
        var scalars = Array(text.unicodeScalars)
        for finding in findings.sorted(by: { $0.span.start > $1.span.start }) {
            guard let suggestion = finding.suggestions.first else { continue }
            scalars.replaceSubrange(finding.span.start..<finding.span.end, with: suggestion.unicodeScalars)
        }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func measure(name: String, texts: [String], reference: ReferenceData) -> [String] {
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        let analysis = Measurement.cpuMedian {
            _ = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        }
        let documents = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        let dates = DateExtractor()
        let dateDomain: [any Extractor] = [DateExtractor(), DurationExtractor()]
        let checker = DateChecker()
        // Ordinals come from the number extractor, which the engine runs once for every checker.
        let ordinals = documents.map { NumberExtractor().extract(from: $0).filter { $0.kind == .ordinal } }
        let mentions = zip(documents, ordinals).map { dateDomain.mentions(in: $0) + $1 }
        let extraction = Measurement.cpuMedian {
            var count = 0
            for document in documents { count += dates.extract(from: document).count }
            precondition(count > 0)
        }
        var findings = 0
        let checking = Measurement.cpuMedian {
            findings = 0
            for (document, found) in zip(documents, mentions) {
                findings += try! checker.check(document, context: CheckContext(mentions: found, reference: reference))
                    .count
            }
        }
        let full = Measurement.cpuMedian {
            for (document, ordinals) in zip(documents, ordinals) {
                let found = dateDomain.mentions(in: document) + ordinals
                _ = try! checker.check(document, context: CheckContext(mentions: found, reference: reference))
            }
        }
        func rate(_ seconds: Double) -> String { String(format: "%7.2f MB/s", megabytes / seconds) }
        return [
            String(
                format: "%@: %d documents, %.2f MB, %.1f date findings per 10 KB, per core (CPU time)", name,
                texts.count,
                megabytes, Double(findings) / (megabytes * 1_048_576 / 10_240)),
            "  document analysis (not counted below):             \(rate(analysis))",
            "  date extraction:                                   \(rate(extraction))",
            "  date checker alone (mentions given):               \(rate(checking))",
            "  full date checker (date, duration extraction, check): \(rate(full))",
            "  full date checker and document analysis:           \(rate(full + analysis))",
        ]
    }

    /// Date extraction over one draft of `megabytes` without a single date: prose and numbers.
    private static func measureWithoutDates(megabytes: Int) -> [String] {
        let paragraph =
            "Le comité a examiné 12 dossiers, puis 340 autres ; rien n’a été décidé sur le fond, "
            + "et les 1 200 participants sont repartis sans calendrier.\n\n"
        let text = String(repeating: paragraph, count: megabytes * 1_048_576 / paragraph.utf8.count)
        let document = Document(path: "nodates", text: text, language: .fr)
        var found = -1
        let seconds = Measurement.cpuMedian { found = DateExtractor().extract(from: document).count }
        return [
            String(
                format: "one %d MB draft without dates: date extraction %.2f MB/s per core, %d mentions", megabytes,
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
    /// order — with their days and publication dates varied when `shufflingDays`, as the engine
    /// benchmark does, else published on the samples' date — so the corpus is the same on every run.
    private static func generatedCorpus(from samples: [String], totalBytes: Int, shufflingDays: Bool) -> [String] {
        let byLanguage = samples.map { $0.components(separatedBy: "\n\n").filter { !$0.hasPrefix("---") } }
        var generator = SplitMix64(seed: 93)
        var corpus: [String] = []
        var size = 0
        while size < totalBytes {
            let paragraphs = byLanguage[corpus.count % byLanguage.count]
            let published = shufflingDays ? 10 + Int(generator.next() % 19) : 24
            var draft = "---\ndate: 2025-11-\(published)\n---\n\n"
            while draft.utf8.count < 10_000 {
                let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
                let day = String(1 + generator.next() % 28)
                draft += (shufflingDays ? paragraph.replacingOccurrences(of: "24", with: day) : paragraph) + "\n\n"
            }
            size += draft.utf8.count
            corpus.append(draft)
        }
        return corpus
    }
}
