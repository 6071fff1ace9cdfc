import Foundation

// `swift run -c release FactDeskBenchmarks [engine|git]...` — prints each benchmark's figures.
let arguments = Set(CommandLine.arguments.dropFirst())
let selected = { (name: String) in arguments.isEmpty || arguments.contains(name) }

print("FactDesk benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, medians of \(Measurement.runs) runs")
if selected("engine") {
    for line in await EngineBenchmark.run() { print(line) }
}
print(String(format: "peak memory (max RSS): %.1f MB", Measurement.peakMemoryMB))
