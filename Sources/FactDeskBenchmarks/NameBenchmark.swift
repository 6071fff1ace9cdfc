import FactDeskCheckers
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// Name checking throughput on one core, with reference data of 10k, 100k and 1M synthetic
/// names: the extractor's candidates, then the checker's look-ups, each timed alone (in CPU
/// time) over the same analysed drafts (document analysis is the engine benchmark's). The checker builds its
/// fuzzy index on its first draft and keeps it for the run; that build is timed apart.
///
/// A third of the people also go by their family name alone. The drafts (about 2 MB, French and
/// English) are the sample drafts' paragraphs interleaved with sentences naming people of the
/// reference data — in full or by family name, spelt right or, one in ten, with one or two letter
/// edits — and people unknown to it.
enum NameBenchmark {
    static func run() async -> [String] {
        var generator = SplitMix64(seed: 11)
        let allNames = SyntheticNames.make(count: 1_000_000, using: &generator)
        var lines = [
            "name: name checking, 1 core (medians of CPU time, so other work on the machine does not count); index built once per reference data"
        ]
        for size in [10_000, 100_000, 1_000_000] {
            lines += measure(names: Array(allNames.prefix(size)), generator: &generator)
        }
        return lines
    }

    private static func measure(names: [String], generator: inout SplitMix64) -> [String] {
        let entities = names.enumerated().map { number, name in
            Entity(
                id: "p\(number)", kind: .person,
                names: [Name(name)] + (shortForm(number, names).map { [Name($0)] } ?? []))
        }
        guard let reference = try? ReferenceData(entities: entities) else {
            return ["  reference data did not validate"]
        }
        let documents = drafts(names: names, totalBytes: 2 * 1_048_576, generator: &generator).map {
            Document(path: "-", text: $0.text, language: $0.language)
        }
        let megabytes = Double(documents.reduce(0) { $0 + $1.text.utf8.count }) / 1_048_576
        let extractor = NameExtractor()
        let candidates = documents.map { extractor.extract(from: $0) }
        let checker = NameChecker()
        let buildStart = DispatchTime.now().uptimeNanoseconds
        _ = try? checker.check(documents[0], context: CheckContext(mentions: candidates[0], reference: reference))
        let build = Double(DispatchTime.now().uptimeNanoseconds - buildStart) / 1e9
        let extraction = medianCPUSeconds {
            for document in documents { _ = extractor.extract(from: document) }
        }
        var findings = 0
        let checking = medianCPUSeconds {
            findings = 0
            for (document, mentions) in zip(documents, candidates) {
                findings +=
                    (try? checker.check(document, context: CheckContext(mentions: mentions, reference: reference)))?
                    .count ?? 0
            }
        }
        return [
            String(
                format: "  %7d names: index build %.2f s; %.2f MB in %d drafts, %d candidates, %d findings",
                names.count,
                build, megabytes, documents.count, candidates.reduce(0) { $0 + $1.count }, findings),
            String(
                format: "    extraction %.2f MB/s, checking %.2f MB/s, both %.2f MB/s per core", megabytes / extraction,
                megabytes / checking, megabytes / (extraction + checking)),
        ]
    }

    /// The family name that a third of the people also go by, as newsrooms write "Al-Raisi"
    /// after "Ahmed Naser Al-Raisi".
    private static func shortForm(_ number: Int, _ names: [String]) -> String? {
        number % 3 == 0 ? names[number].split(separator: " ").last.map(String.init) : nil
    }

    /// The median CPU time of ``Measurement/runs`` runs of `body` on this thread, in seconds:
    /// "per core" figures that a busy shared machine does not skew.
    private static func medianCPUSeconds(_ body: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let times = (0..<Measurement.runs).map { _ in
            let start = now()
            body()
            return now() - start
        }
        return times.sorted()[times.count / 2]
    }

    /// Drafts of about 3 KB like a newsroom's: the sample drafts' paragraphs, each followed by a
    /// sentence naming two people of the reference data and one it does not know; one name in
    /// ten of the data's is misspelt by one or two letters.
    private static func drafts(names: [String], totalBytes: Int, generator: inout SplitMix64)
        -> [(text: String, language: Language)]
    {
        let paragraphs = sampleParagraphs()
        var drafts: [(text: String, language: Language)] = []
        var size = 0
        while size < totalBytes {
            let language: Language = generator.next() % 2 == 0 ? .fr : .en
            let ofLanguage = paragraphs.filter { $0.language == language }
            var text = ""
            while text.utf8.count < 3_000 {
                func person() -> String {
                    let number = Int(generator.next() % UInt64(names.count))
                    let short = generator.next() % 2 == 0 ? shortForm(number, names) : nil
                    let name = short ?? names[number]
                    guard generator.next() % 10 == 0 else { return name }
                    return SyntheticNames.typo(name, edits: 1 + Int(generator.next() % 2), using: &generator)
                }
                let (first, second) = (person(), person())
                text += ofLanguage[Int(generator.next() % UInt64(ofLanguage.count))].text + "\n\n"
                text +=
                    language == .fr
                    ? "Selon le commissaire \(first), M. \(second) a rencontré Jean Dupont-Moreau à Lyon.\n\n"
                    : "According to Commissioner \(first), \(second) met John Doe-Smith in Lyon.\n\n"
            }
            size += text.utf8.count
            drafts.append((text, language))
        }
        return drafts
    }

    /// The sample drafts' paragraphs (front matter left out), with their language.
    private static func sampleParagraphs() -> [(text: String, language: Language)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let drafts = root.appendingPathComponent("Workspaces/interpol-ga/drafts")
        let files = (try? FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)) ?? []
        let paragraphs = files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }.flatMap { file in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let language: Language = file.lastPathComponent.contains(".fr.") ? .fr : .en
            return text.components(separatedBy: "\n\n").filter { !$0.hasPrefix("---") }.map { ($0, language) }
        }
        precondition(!paragraphs.isEmpty, "sample drafts not found under \(drafts.path)")
        return paragraphs
    }
}
