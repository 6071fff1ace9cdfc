import FactDeskCheckers
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// The number checker's throughput per core on two generated 10 MB corpora: the sample drafts'
/// paragraphs shuffled with their digits varied (news-like density of numbers), and French and
/// English paragraphs dense in numbers of every form (digits in both conventions, words,
/// percentages, ranges, bounds, amounts, ordinals, phone and page numbers) — number extraction
/// extraction, and claim checking with the sample workspace's reference data. Document analysis
/// (tokens, sentences), shared by every checker, is done before the clock starts and measured
/// apart. Number extraction is measured as the engine runs it, given the dates and durations
/// found before it (whose digits it leaves alone), and alone, finding those itself.
///
/// Times are the CPU time of the measuring thread (median of ``Measurement/runs``), so the
/// figures are per core even on a machine other work shares.
enum NumberBenchmark {
    /// - Parameter denseCorpus: whether to measure the number-dense corpus after the news-like
    ///   one (`number-news` measures only the news-like corpus, the one the speed target is for).
    static func run(denseCorpus: Bool = true) async -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let workspace = root.appendingPathComponent("Workspaces/interpol-ga")
        let reference = try! ReferenceLoader().load([workspace.appendingPathComponent("reference").path])
        var generator = SplitMix64(seed: 196)
        let news = newsCorpus(from: samples(in: workspace), totalBytes: 10 * 1_048_576, generator: &generator)
        let newsFigures = measure(
            name: "news-like corpus (sample paragraphs, digits varied)", texts: news, reference: reference)
        guard denseCorpus else { return newsFigures }
        let dense = Self.denseCorpus(totalBytes: 10 * 1_048_576, generator: &generator)
        return newsFigures
            + measure(
                name: "number-dense corpus (every form, ~1 number per 30 bytes)", texts: dense, reference: reference)
    }

    private static func measure(name: String, texts: [String], reference: ReferenceData) -> [String] {
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        let analysis = Measurement.cpuMedian {
            _ = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        }
        let documents = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        let extractor = NumberExtractor()
        var numberCount = 0
        let alone = Measurement.cpuMedian {
            numberCount = documents.reduce(0) { $0 + extractor.extract(from: $1).count }
        }
        let before: [any Extractor] = [DateExtractor(), DurationExtractor()]
        let kinds = before.reduce(into: Set<Mention.Kind>()) { $0.formUnion($1.kinds) }
        let earlier = documents.map { document in before.flatMap { $0.extract(from: document) } }
        let inPipeline = Measurement.cpuMedian {
            _ = zip(documents, earlier).reduce(0) {
                $0 + extractor.extract(from: $1.0, after: $1.1, ofKinds: kinds).count
            }
        }
        let contexts = documents.map {
            CheckContext(mentions: StandardExtractors.all.mentions(in: $0), reference: reference)
        }
        let checker = NumberChecker()
        var findingCount = 0
        let checking = Measurement.cpuMedian {
            findingCount = zip(documents, contexts).reduce(0) { $0 + (try! checker.check($1.0, context: $1.1)).count }
        }
        func rate(_ seconds: Double) -> String { String(format: "%7.2f MB/s", megabytes / seconds) }
        return [
            String(
                format: "number: %@: %d documents, %.2f MB, %d numbers, %d findings, per core (CPU time)",
                name, texts.count, megabytes, numberCount, findingCount),
            "  document analysis (not counted below):              \(rate(analysis))",
            "  number extraction, in the pipeline (dates given):   \(rate(inPipeline))",
            "  number extraction, alone (scans dates itself):      \(rate(alone))",
            "  claim checking (mentions given):                    \(rate(checking))",
        ]
    }

    /// The sample workspace's drafts, without their front matter.
    private static func samples(in workspace: URL) -> [String] {
        let drafts = workspace.appendingPathComponent("drafts")
        let files = (try? FileManager.default.contentsOfDirectory(at: drafts, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "md" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        precondition(!texts.isEmpty, "sample drafts not found under \(drafts.path)")
        return texts
    }

    /// About `totalBytes` of ~10 KB drafts of the samples' paragraphs, each digit replaced by a
    /// random one, so that numbers vary but keep their forms.
    private static func newsCorpus(from samples: [String], totalBytes: Int, generator: inout SplitMix64) -> [String] {
        let paragraphs = samples.flatMap { $0.components(separatedBy: "\n\n") }.filter { !$0.hasPrefix("---") }
        var drafts: [String] = []
        var size = 0
        while size < totalBytes {
            var draft = "---\ndate: 2025-11-24\n---\n\n"
            while draft.utf8.count < 10_000 {
                let paragraph = paragraphs[Int(generator.next() % UInt64(paragraphs.count))]
                for character in paragraph {
                    draft.append(
                        character.isASCII && character.isNumber ? Character(String(generator.next() % 10)) : character)
                }
                draft += "\n\n"
            }
            size += draft.utf8.count
            drafts.append(draft)
        }
        return drafts
    }

    /// About `totalBytes` of ~10 KB drafts, alternately French and English, built from templates
    /// with numbers drawn from a seeded generator, so the corpus is the same on every run.
    private static func denseCorpus(totalBytes: Int, generator: inout SplitMix64) -> [String] {
        var drafts: [String] = []
        var size = 0
        while size < totalBytes {
            let templates = drafts.count % 2 == 0 ? french : english
            var draft = "---\ndate: 2025-11-24\n---\n\n"
            while draft.utf8.count < 10_000 {
                let template = templates[Int(generator.next() % UInt64(templates.count))]
                draft += fill(template, generator: &generator) + (generator.next() % 4 == 0 ? "\n\n" : " ")
            }
            size += draft.utf8.count
            drafts.append(draft)
        }
        return drafts
    }

    /// A template with `#` replaced by numbers of 1 to 3 digits, `§` by thousands grouped the
    /// French way ("12 345"), `¢` the English way ("12,345").
    private static func fill(_ template: String, generator: inout SplitMix64) -> String {
        var result = ""
        for character in template {
            switch character {
            case "#": result += String(1 + generator.next() % 999)
            case "§": result += "\(1 + generator.next() % 99) \(100 + generator.next() % 900)"
            case "¢": result += "\(1 + generator.next() % 99),\(100 + generator.next() % 900)"
            default: result.append(character)
            }
        }
        return result
    }

    private static let french = [
        "Les chefs de police de # pays membres d’INTERPOL se sont retrouvés à Marrakech pour la #e session.",
        "INTERPOL compte # pays membres, emploie § agents et dispose d’un budget de #,# millions d’euros.",
        "Selon les organisateurs, plus de § participants sont inscrits, soit #,# % de plus qu’en 2023.",
        "Le nombre de pays membres d’INTERPOL s’élève à #, contre # il y a dix ans.",
        "Entre # et # délégués ont voté, dont près de # % des pays membres ; # se sont abstenus.",
        "La quatre-vingt-treizième session réunit cent quatre-vingt-seize pays membres et une centaine d’experts.",
        "Le budget atteint #,# Md€, en hausse de # % ; appelez le 01 23 45 67 89 ou voyez la page #.",
        "Au XXIe siècle, l’organisation a formé § policiers dans # pays, à 10:30 le 24 novembre 2025.",
    ]

    private static let english = [
        "Police chiefs from # member countries gathered in Marrakesh for INTERPOL's #th General Assembly.",
        "INTERPOL has # member countries, employs ¢ staff and a budget of €#.#m.",
        "More than ¢ participants registered, #.#% more than in 2023, organisers said.",
        "The number of INTERPOL member countries is #, up from # a decade ago.",
        "Between # and # delegates voted, nearly #% of member countries; # abstained.",
        "The ninety-third session brought together one hundred and ninety-six member countries and two dozen experts.",
        "The budget reached $#.#bn, up #%; call +44 20 7946 0958 or see page #.",
        "Louis XIV never saw the # member countries, nor the 21st century, at 10:30 on November 24, 2025.",
    ]
}
