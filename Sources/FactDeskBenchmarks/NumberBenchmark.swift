import FactDeskCheckers
import FactDeskKit
import FactDeskReference
import FactDeskText
import Foundation

/// The number checker's throughput per core on a generated 10 MB corpus of French and English
/// news paragraphs dense in numbers (digits in both conventions, words, percentages, ranges,
/// bounds, amounts, ordinals, phone and page numbers): number extraction alone, and claim
/// checking with the sample workspace's reference data. Document analysis (tokens, sentences),
/// shared by every checker, is done before the clock starts and measured apart.
///
/// Times are the CPU time of the measuring thread (median of ``Measurement/runs``), so the
/// figures are per core even on a machine other work shares.
enum NumberBenchmark {
    static func run() async -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let reference = try! ReferenceLoader().load([
            root.appendingPathComponent("Workspaces/interpol-ga/reference").path
        ])
        var generator = SplitMix64(seed: 196)
        let texts = corpus(totalBytes: 10 * 1_048_576, generator: &generator)
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576

        let analysis = Measurement.cpuMedian {
            _ = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        }
        let documents = texts.enumerated().map { Document(path: "d\($0)", text: $1) }
        let extractor = NumberExtractor()
        var numberCount = 0
        let extraction = Measurement.cpuMedian {
            numberCount = documents.reduce(0) { $0 + extractor.extract(from: $1).count }
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
                format: "number: generated corpus, %d documents, %.2f MB, %d numbers, %d findings, per core (CPU time)",
                texts.count, megabytes, numberCount, findingCount),
            "  document analysis (not counted below): \(rate(analysis))",
            "  number extraction:                     \(rate(extraction))",
            "  claim checking (mentions given):       \(rate(checking))",
        ]
    }

    /// About `totalBytes` of ~10 KB drafts, alternately French and English, built from templates
    /// with numbers drawn from a seeded generator, so the corpus is the same on every run.
    private static func corpus(totalBytes: Int, generator: inout SplitMix64) -> [String] {
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
