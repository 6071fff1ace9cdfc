import Foundation

/// A plugin's child process, spoken to in lines.
///
/// Its standard output is read on a thread of its own and its standard input written on a queue
/// of its own, so a plugin that writes a lot before reading, or stops reading, cannot deadlock
/// the host: the caller only ever waits for a line, with a deadline. The tail of its standard
/// error is kept to explain a crash. The host process ignores SIGPIPE from the first plugin it
/// starts, so a plugin that exits without reading only makes a write fail.
final class PluginProcess: @unchecked Sendable {
    /// The longest line a plugin may write: anything longer is a broken plugin.
    static let maximumLineLength = 64 * 1024 * 1024

    private let process = Process()
    private let input: FileHandle
    private let lines = LineQueue()
    private let errorTail = ErrorTail()
    private let exited = DispatchSemaphore(value: 0)
    private let writer = DispatchQueue(label: "factdesk.plugin.stdin")

    /// Ignores SIGPIPE in this process, once: writing to a plugin that has exited must fail, not kill us.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Starts the executable in `directory` with `arguments`.
    /// - Throws: ``PluginError/cannotStart(command:reason:)`` when it cannot be started.
    init(executable: URL, arguments: [String], directory: URL) throws(PluginError) {
        Self.ignoreBrokenPipes
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        process.terminationHandler = { [exited] _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .cannotStart(command: executable.path, reason: error.localizedDescription)
        }
        input = stdin.fileHandleForWriting
        let lines = lines
        let errorTail = errorTail
        let output = stdout.fileHandleForReading
        let errors = stderr.fileHandleForReading
        Thread.detachNewThread { LineReader.read(output, into: lines) }
        Thread.detachNewThread { errorTail.collect(errors) }
    }

    /// Queues one line (a message and its newline) for the plugin's standard input. A write that
    /// fails (the plugin exited) is ignored here: the next ``receive(within:)`` reports the exit.
    func send(_ line: Data) {
        writer.async { [input] in try? input.write(contentsOf: line) }
    }

    /// The next line the plugin writes, waiting at most `seconds`.
    func receive(within seconds: Double) -> LineQueue.Event? {
        lines.pop(until: Date(timeIntervalSinceNow: seconds))
    }

    /// How the process ended, waiting up to a second for it to end: `status 1`, `signal 9`.
    func exitDescription() -> String {
        guard exited.wait(timeout: .now() + 1) == .success else { return "still running" }
        exited.signal()
        return process.terminationReason == .uncaughtSignal
            ? "signal \(process.terminationStatus)" : "status \(process.terminationStatus)"
    }

    /// The last line the plugin wrote on its standard error, if any.
    var lastErrorLine: String? { errorTail.lastLine }

    /// Kills the process now (SIGKILL) unless it has already ended.
    func kill() {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Ends the conversation: closes the plugin's standard input, lets it exit within `grace`
    /// seconds, and kills it otherwise.
    func close(grace: Double) {
        writer.async { [input] in try? input.close() }
        if exited.wait(timeout: .now() + grace) == .success {
            exited.signal()
        } else {
            kill()
        }
    }
}
