import Foundation

/// A test script run to its end (a browser or an editor client driving the real binary), its
/// standard output and error collected in a log file.
enum ScriptRun {
    /// Runs `executable` with `arguments` and returns its exit status and everything it printed.
    /// It is waited for without holding a thread of the test runner's pool: the other tests go on.
    static func run(_ executable: String, _ arguments: [String], logName: String) async throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-\(logName)-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in finished.resume() }
            do { try process.run() } catch { finished.resume() }
        }
        try log.close()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
