import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskText
import Foundation

/// The cost of an external plugin: per document once its process is warm, and per run (start,
/// handshake, shut-down).
///
/// Measured in the same run: the built-in checkers in process (the baseline), a minimal Python
/// plugin that answers every request with no findings (the protocol's own overhead: encoding,
/// pipes, decoding), and the example `quotation-marks` plugin. The documents are the sample
/// drafts; their mentions are extracted beforehand, as the engine does once for all checkers.
/// Wall time on a shared machine includes waiting for a core, so the CPU time per document of
/// the host's thread and of the plugin process is given too.
enum PluginBenchmark {
    static let documentCount = 200

    static func run() async -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let drafts = root.appendingPathComponent("Workspaces/interpol-ga/drafts")
        let texts = ["assemblee-generale.fr.md", "general-assembly.en.md"].compactMap {
            try? String(contentsOf: drafts.appendingPathComponent($0), encoding: .utf8)
        }
        precondition(texts.count == 2, "sample drafts not found under \(drafts.path)")
        let documents = (0..<documentCount).map { Document(path: "d\($0).md", text: texts[$0 % 2]) }
        let contexts = documents.map { CheckContext(mentions: StandardExtractors.all.mentions(in: $0)) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let echo: PluginDeclaration
        do {
            echo = try writeEchoPlugin(in: folder)
        } catch {
            return ["plugins: cannot write the echo plugin: \(error)"]
        }
        let script = root.appendingPathComponent("Plugins/quotation-marks/quotation_marks.py").path
        let quotes = PluginDeclaration(id: "quotation-marks", command: script, workspace: folder)
        // The script's `#!/usr/bin/env python3` may find a slow launcher (a pyenv shim) first.
        var plugins = [("echo plugin (no findings, Python)", echo), ("quotation-marks plugin (Python)", quotes)]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") {
            plugins.append(
                (
                    "quotation-marks, /usr/bin/python3 named",
                    PluginDeclaration(
                        id: "quotation-marks", command: "/usr/bin/python3", arguments: [script], workspace: folder)
                ))
        }

        let builtIn = await Measurement.median {
            for (document, context) in zip(documents, contexts) {
                for checker in BuiltinCheckers.all { _ = try? checker.check(document, context: context) }
            }
        }
        var lines = [
            "plugins: \(documentCount) sample drafts (\(texts.map { "\($0.unicodeScalars.count)" }.joined(separator: " and ")) scalars), per document:",
            String(
                format: "  baseline: built-in checkers in process      %7.3f ms", builtIn * 1000 / Double(documentCount)
            ),
        ]
        for (name, declaration) in plugins {
            do {
                let start = {
                    try ExternalPluginChecker(
                        declaration: declaration, executable: try ExecutableLocator.locate(declaration), host: "bench")
                }
                let plugin = try start()
                let warm = try await Measurement.median {
                    for (document, context) in zip(documents, contexts) {
                        _ = try plugin.check(document, context: context)
                    }
                }
                let hostCPU = Measurement.cpuMedian {
                    for (document, context) in zip(documents, contexts) {
                        _ = try? plugin.check(document, context: context)
                    }
                }
                let startUp = try await Measurement.median { _ = try start() }
                let fingerprint = try await Measurement.median { _ = try PluginFingerprint.of(declaration) }
                // The plugin's own CPU time: a fresh process checking every document, less one that
                // only starts (medians of several runs each).
                let startOnly = try childCPU { _ = try start() }
                let withDocuments = try childCPU {
                    let fresh = try start()
                    for (document, context) in zip(documents, contexts) {
                        _ = try fresh.check(document, context: context)
                    }
                }
                lines.append(
                    String(
                        format:
                            "  %@ %7.3f ms warm (%.2f× baseline; CPU: host %.3f ms, plugin %.3f ms); per run: %.1f ms to start, shake hands and stop, %.1f ms to check trust",
                        name.padding(toLength: 41, withPad: " ", startingAt: 0), warm * 1000 / Double(documentCount),
                        warm / builtIn, hostCPU * 1000 / Double(documentCount),
                        (withDocuments - startOnly) * 1000 / Double(documentCount), startUp * 1000,
                        fingerprint * 1000))
            } catch {
                lines.append("  \(name): failed: \(error)")
            }
        }
        return lines
    }

    /// The median CPU time (user and system) of the child processes that ended during each of
    /// several runs of `body`, in seconds.
    private static func childCPU(_ body: () throws -> Void) throws -> Double {
        func now() -> Double {
            var usage = rusage()
            #if os(Linux)
                getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            #else
                getrusage(RUSAGE_CHILDREN, &usage)
            #endif
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
        var times: [Double] = []
        for _ in 0..<Measurement.runs {
            let before = now()
            try body()
            times.append(now() - before)
        }
        return times.sorted()[times.count / 2]
    }

    /// A plugin that answers every request at once with no findings: what is left is the protocol.
    private static func writeEchoPlugin(in folder: URL) throws -> PluginDeclaration {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appendingPathComponent("echo.py")
        try Data(
            """
            #!/usr/bin/env python3
            import json, sys
            sys.stdin.readline()
            print(json.dumps({"type": "handshake", "protocol": "factdesk.plugin/1", "id": "echo", "version": "1.0.0",
                              "summary": "Nothing.", "languages": ["fr", "en"],
                              "rules": [{"id": "nothing", "severity": "info", "summary": "Nothing."}]}), flush=True)
            for line in iter(sys.stdin.readline, ""):
                print(json.dumps({"type": "findings", "id": json.loads(line)["id"], "findings": []}), flush=True)

            """.utf8
        ).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return PluginDeclaration(id: "echo", command: script.path, workspace: folder)
    }
}
