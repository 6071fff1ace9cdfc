import Foundation

// `swift run -c release FactDeskBenchmarks [engine|date|number|number-news|name|parity|reference|reference-snapshot|plugins|git|web]...` — prints each benchmark's figures.
let arguments = Set(CommandLine.arguments.dropFirst())
let selected = { (name: String) in arguments.isEmpty || arguments.contains(name) }

print("FactDesk benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, medians of \(Measurement.runs) runs")
if selected("engine") {
    for line in await EngineBenchmark.run() { print(line) }
}
if selected("date") { for line in await DateBenchmark.run() { print(line) } }
if selected("number") {
    for line in await NumberBenchmark.run() { print(line) }
} else if arguments.contains("number-news") {
    for line in await NumberBenchmark.run(denseCorpus: false) { print(line) }
}
if selected("name") {
    for line in await NameBenchmark.run() { print(line) }
}
if selected("parity") { for line in ParityBenchmark.run() { print(line) } }
if selected("reference") {
    for line in ReferenceBenchmark.run() { print(line) }
} else if arguments.contains("reference-snapshot") {
    for line in ReferenceBenchmark.runSnapshot() { print(line) }
}
if selected("plugins") {
    for line in await PluginBenchmark.run() { print(line) }
}
if selected("git") {
    do {
        for line in try GitBenchmark.run() { print(line) }
    } catch {
        print("git benchmark failed: \(error)")
    }
}
if selected("web") {
    do {
        for line in try await WebBenchmark.run() { print(line) }
    } catch {
        print("web benchmark failed: \(error)")
    }
}
print(String(format: "peak memory (max RSS) of this run: %.1f MB", Measurement.peakMemoryMB))
