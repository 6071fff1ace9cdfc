import FactDeskReference
import Foundation

/// The compiled reference snapshot at 100,000 and 1,000,000 names: today's load + index from
/// YAML (the baseline, measured in the same run), the snapshot's build time against it, a warm
/// snapshot's load, `factdesk check --no-commit` of a 5 KB draft with a warm snapshot (wall
/// time and peak RSS of the check's processes), and lookups in the index read back from the
/// snapshot against one built from the names.
enum SnapshotBenchmark {
    static func run(names allNames: [String]) -> [String] {
        var lines = ["reference snapshot (synthetic people; YAML in files of 100,000 entities)"]
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-snapshot-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        for size in [100_000, 1_000_000] where size <= allNames.count {
            lines += measure(names: Array(allNames.prefix(size)), root: root.appendingPathComponent("\(size)"))
        }
        return lines
    }

    private static func measure(names: [String], root: URL) -> [String] {
        let reference = root.appendingPathComponent("reference")
        let draft = root.appendingPathComponent("draft.md")
        do {
            try writeReference(names, to: reference)
            try Data(draftText(names).utf8).write(to: draft)
        } catch {
            return ["  cannot write the benchmark data: \(error)"]
        }
        let runs = names.count >= 1_000_000 ? 1 : 3
        var baseline: [Double] = []
        var builds: [Double] = []
        for run in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            guard let data = try? ReferenceLoader().load([reference.path]) else { return ["  the YAML did not load"] }
            _ = data.nameIndex
            baseline.append(seconds(since: start))
            let cache = root.appendingPathComponent("cache-\(run)").path
            let buildStart = DispatchTime.now().uptimeNanoseconds
            guard let built = try? ReferenceSnapshots(folder: cache, version: "bench").load([reference.path]),
                built.wroteSnapshot
            else { return ["  the snapshot was not written"] }
            builds.append(seconds(since: buildStart))
        }
        let snapshots = ReferenceSnapshots(folder: root.appendingPathComponent("cache-0").path, version: "bench")
        var warm: [Double] = []
        var mapped: ReferenceData?
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            let loaded = try? snapshots.load([reference.path])
            warm.append(seconds(since: start))
            guard loaded?.origin == .snapshot else { return ["  the warm snapshot was not used"] }
            mapped = loaded?.data
        }
        let snapshotBytes =
            (try? FileManager.default.attributesOfItem(atPath: snapshots.snapshotPath(for: [reference.path]))[.size]
                as? Int) ?? 0
        var lines = [
            String(
                format: "  %7d names: load + index from YAML (baseline) %.2f s; snapshot build %.2f s (%.2f× the baseline), %.0f MB",
                names.count, median(baseline), median(builds), median(builds) / median(baseline),
                Double(snapshotBytes) / 1_048_576),
            String(format: "    warm snapshot load (map, verify its checksums, tables read in place) in-process: %.3f s (median of 3)", median(warm)),
        ]
        lines += checkLines(reference: reference.path, draft: draft.path, root: root)
        if let mapped, names.count >= 1_000_000 { lines += lookupLines(names: names, mapped: mapped.nameIndex) }
        return lines
    }

    /// `factdesk check --no-commit` through the release binary: cold (no usable cache: YAML read
    /// every time, today's cost) once, then warm five times.
    private static func checkLines(reference: String, draft: String, root: URL) -> [String] {
        guard let factdesk = ChildRun.factdesk else {
            return ["    (build the release factdesk to measure checks: swift build -c release --product factdesk)"]
        }
        let arguments = ["check", "--no-commit", "--published", "2025-11-24", "--reference", reference, draft]
        let blocker = root.appendingPathComponent("no-cache")
        FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        let cold = ChildRun.run(factdesk, arguments, environment: ["XDG_CACHE_HOME": blocker.path])
        let cache = root.appendingPathComponent("cli-cache").path
        let build = ChildRun.run(factdesk, ["reference", "build", reference], environment: ["XDG_CACHE_HOME": cache])
        let warm = (0..<Measurement.runs).map { _ in
            ChildRun.run(factdesk, arguments, environment: ["XDG_CACHE_HOME": cache])
        }
        let warmPeak = ChildRun.peakMB(factdesk, arguments, environment: ["XDG_CACHE_HOME": cache])
        let coldPeak = ChildRun.peakMB(factdesk, arguments, environment: ["XDG_CACHE_HOME": blocker.path])
        let statuses = Set(([cold, build] + warm).map(\.status))
        var lines = [
            String(
                format: "    factdesk check --no-commit, 5 KB draft: warm snapshot %.3f s (median of %d), peak RSS %.0f MB; without a snapshot %.2f s, peak RSS %.0f MB",
                median(warm.map(\.seconds)), warm.count, warmPeak, cold.seconds, coldPeak),
            String(format: "    factdesk reference build: %.2f s", build.seconds)
                + " (exit statuses \(statuses.sorted().map(String.init).joined(separator: ",")))",
        ]
        // Another build of factdesk (an earlier commit, say), measured the same way in this run,
        // each run alternating with this build's, with a cache of its own.
        if let before = ProcessInfo.processInfo.environment["FACTDESK_BENCH_BEFORE"],
            FileManager.default.isExecutableFile(atPath: before)
        {
            let beforeCache = root.appendingPathComponent("cli-cache-before").path
            _ = ChildRun.run(before, ["reference", "build", reference], environment: ["XDG_CACHE_HOME": beforeCache])
            var pairs: [(before: Double, now: Double)] = []
            for _ in 0..<Measurement.runs {
                let then = ChildRun.run(before, arguments, environment: ["XDG_CACHE_HOME": beforeCache]).seconds
                let now = ChildRun.run(factdesk, arguments, environment: ["XDG_CACHE_HOME": cache]).seconds
                pairs.append((then, now))
            }
            let beforePeak = ChildRun.peakMB(before, arguments, environment: ["XDG_CACHE_HOME": beforeCache])
            lines.append(
                String(
                    format: "    same check, warm, alternating with FACTDESK_BENCH_BEFORE: before %.3f s, peak RSS %.0f MB; now %.3f s (%.1f× faster)",
                    median(pairs.map(\.before)), beforePeak, median(pairs.map(\.now)),
                    median(pairs.map(\.before)) / median(pairs.map(\.now))))
        }
        return lines
    }

    /// Lookups in the index read back from the snapshot and in one built from the names, with
    /// the same typo queries.
    private static func lookupLines(names: [String], mapped: NameIndex) -> [String] {
        let built = NameIndex(names.enumerated().map { NameIndex.Entry(id: "p\($0)", name: Name($1)) })
        var generator = SplitMix64(seed: 21)
        let queries = (0..<2000).map { number in
            let target = Int(generator.next() % UInt64(names.count))
            return (SyntheticNames.typo(names[target], edits: 1 + number % 2, using: &generator), "p\(target)")
        }
        func measure(_ index: NameIndex) -> (median: Double, correct: Int) {
            var latencies: [Double] = []
            var correct = 0
            for (text, expected) in queries {
                let start = DispatchTime.now().uptimeNanoseconds
                let top = index.candidates(for: text, limit: 1).first
                latencies.append(seconds(since: start))
                if top?.id == expected { correct += 1 }
            }
            return (median(latencies), correct)
        }
        let fromSnapshot = measure(mapped)
        let fromNames = measure(built)
        return [
            String(
                format: "    lookup at %d names: snapshot index median %.1f µs, top-1 %.1f%%; index built from the names %.1f µs, top-1 %.1f%% (%d queries, 1 and 2 edits)",
                names.count, fromSnapshot.median * 1e6, Double(fromSnapshot.correct) / 20, fromNames.median * 1e6,
                Double(fromNames.correct) / 20, queries.count)
        ]
    }

    /// People as `reference` YAML, 100,000 to a file (each file stays under the 64 MB limit).
    private static func writeReference(_ names: [String], to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for start in stride(from: 0, to: names.count, by: 100_000) {
            var yaml = "entities:\n"
            for number in start..<min(names.count, start + 100_000) {
                yaml += "  - {id: p\(number), kind: person, names: [\"\(names[number])\"]}\n"
            }
            try Data(yaml.utf8).write(to: folder.appendingPathComponent(String(format: "people-%02d.yml", start / 100_000)))
        }
    }

    /// About 5 KB of English copy naming people of the reference, some with a typo.
    private static func draftText(_ names: [String]) -> String {
        var generator = SplitMix64(seed: 5)
        var text = "# Council meeting\n\n"
        while text.utf8.count < 5_000 {
            let first = names[Int(generator.next() % UInt64(names.count))]
            let second = names[Int(generator.next() % UInt64(names.count))]
            let spelt = generator.next() % 4 == 0 ? SyntheticNames.typo(second, edits: 1, using: &generator) : second
            let count = 10 + generator.next() % 90
            text += "On Monday 24 November 2025, \(first) met \(spelt) with \(count) delegates; they spoke for two hours.\n\n"
        }
        return text
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    private static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
