import FactDeskReference
import Foundation

/// The fuzzy name index at 10k, 100k and 1M synthetic names: build time and memory, lookup
/// latency (median, p99) and top-1 accuracy on one- and two-edit typos, against a brute-force
/// scan of the same folded names in the same run; and, to justify building the index lazily
/// rather than caching it, the time to load and validate the YAML the index is built from.
enum ReferenceBenchmark {
    static func run() -> [String] {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
        var lines = [
            "reference: fuzzy name index (synthetic names; typos are letter edits inside words; load average \(load))"
        ]
        var generator = SplitMix64(seed: 4)
        let allNames = SyntheticNames.make(count: 1_000_000, using: &generator)
        for size in [10_000, 100_000, 1_000_000] {
            lines += measure(names: Array(allNames.prefix(size)), generator: &generator)
        }
        lines += measureYAMLLoad(names: Array(allNames.prefix(100_000)))
        lines += SnapshotBenchmark.run(names: allNames)
        lines += WikidataDumpBenchmark.run(names: allNames)
        return lines
    }

    /// The snapshot and dump import figures alone (`reference-snapshot`), on the same names.
    static func runSnapshot() -> [String] {
        var generator = SplitMix64(seed: 4)
        let allNames = SyntheticNames.make(count: 1_000_000, using: &generator)
        return SnapshotBenchmark.run(names: allNames) + WikidataDumpBenchmark.run(names: allNames)
    }

    private static func measure(names: [String], generator: inout SplitMix64) -> [String] {
        let entries = names.enumerated().map { NameIndex.Entry(id: "p\($0)", name: Name($1)) }
        let residentBefore = residentMB()
        let buildStart = DispatchTime.now().uptimeNanoseconds
        let buildCPUStart = threadCPUSeconds()
        let index = NameIndex(entries)
        let buildSeconds = seconds(since: buildStart)
        let buildCPU = threadCPUSeconds() - buildCPUStart
        let residentGrowth = residentMB() - residentBefore

        var queries: [(text: String, expected: Int, edits: Int)] = []
        for edits in [1, 2] {
            for _ in 0..<1000 {
                let target = Int(generator.next() % UInt64(names.count))
                queries.append((SyntheticNames.typo(names[target], edits: edits, using: &generator), target, edits))
            }
        }
        var latencies: [Double] = []
        var cpuTimes: [Double] = []
        var correct = [1: 0, 2: 0]
        for query in queries {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            let top = index.candidates(for: query.text, limit: 1).first
            cpuTimes.append(threadCPUSeconds() - cpuStart)
            latencies.append(seconds(since: start))
            if top?.id == "p\(query.expected)" { correct[query.edits, default: 0] += 1 }
        }
        latencies.sort()
        cpuTimes.sort()

        let scan = BruteForceScan(names: names)
        let scanQueries = queries.prefix(names.count >= 1_000_000 ? 20 : 100)
        var scanLatencies: [Double] = []
        var scanCorrect = 0
        for query in scanQueries {
            let start = DispatchTime.now().uptimeNanoseconds
            let best = scan.closest(to: query.text)
            scanLatencies.append(seconds(since: start))
            if best == query.expected { scanCorrect += 1 }
        }
        scanLatencies.sort()
        let median = latencies[latencies.count / 2]
        let scanMedian = scanLatencies[scanLatencies.count / 2]
        let cpuMedian = cpuTimes[cpuTimes.count / 2]
        let p99 = latencies[latencies.count * 99 / 100]
        return [
            String(
                format: "  %7d names: build %.2f s (%.2f s CPU), index ≈ %.0f MB (RSS +%.0f MB), %d distinct words",
                names.count, buildSeconds, buildCPU, Double(index.approximateMemoryBytes) / 1_048_576,
                residentGrowth, index.wordCount),
            String(
                format: "    lookup median %.1f µs (%.1f µs CPU), p99 %.1f µs", median * 1e6, cpuMedian * 1e6,
                p99 * 1e6),
            String(
                format: "    top-1 accuracy: 1 edit %.1f%%, 2 edits %.1f%% (%d queries)", Double(correct[1]!) / 10,
                Double(correct[2]!) / 10, queries.count),
            String(
                format:
                    "    brute-force scan (bounded DL over all folded names): median %.2f ms, top-1 %.0f%% (%d queries)",
                scanMedian * 1e3, 100 * Double(scanCorrect) / Double(scanQueries.count), scanQueries.count),
            String(format: "    index is %.0f× faster than the scan (medians)", scanMedian / median),
        ]
    }

    /// Loading and validating YAML costs far more than building the index from it, so a cached
    /// index would save little: the index is built lazily.
    private static func measureYAMLLoad(names: [String]) -> [String] {
        var yaml = "entities:\n"
        for (number, name) in names.enumerated() {
            yaml += "  - {id: p\(number), kind: person, names: [\"\(name)\"]}\n"
        }
        let loadStart = DispatchTime.now().uptimeNanoseconds
        guard let data = try? ReferenceLoader().load(text: yaml, file: "synthetic.yml") else {
            return ["  synthetic YAML did not load"]
        }
        let loadSeconds = seconds(since: loadStart)
        let buildStart = DispatchTime.now().uptimeNanoseconds
        _ = data.nameIndex
        return [
            String(
                format: "  load + validate %d entities from YAML (%.1f MB): %.2f s; index build from them: %.2f s",
                names.count, Double(yaml.utf8.count) / 1_048_576, loadSeconds, seconds(since: buildStart))
        ]
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The CPU time this thread has used, in seconds: unlike wall time, it does not count the
    /// time other processes on a shared machine hold the cores.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// This process's resident memory now, in MB (Linux; 0 elsewhere).
    private static func residentMB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}
