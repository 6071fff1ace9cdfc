import Foundation

/// Starts this executable as a check worker and collects what it prints.
enum WorkerProcess {
    /// How a worker ended.
    enum Outcome {
        /// It exited with a status, having printed `output` on standard output, and `errors` on
        /// standard error when those were collected.
        case exited(status: Int32, output: Data, errors: Data)
        /// It was killed by a signal.
        case signalled(Int32)
    }

    /// Runs a worker to its end, feeding `input` to its standard input while reading its output
    /// (concurrently, so large drafts cannot deadlock the pipes).
    /// - Parameters:
    ///   - collectsErrors: whether its standard error is collected too; else it is ours.
    ///   - folder: the folder it runs in, when not ours.
    static func run(
        arguments: [String], environment: [String: String], input: Data, collectsErrors: Bool = false,
        folder: URL? = nil
    ) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        if let folder { process.currentDirectoryURL = folder }
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = collectsErrors ? stderr : FileHandle.standardError
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()

        let output = OutputCollector()
        let errors = OutputCollector()
        let reading = DispatchGroup()
        for (pipe, collector) in [(stdout, output)] + (collectsErrors ? [(stderr, errors)] : []) {
            DispatchQueue.global().async(group: reading) {
                collector.data = pipe.fileHandleForReading.readDataToEndOfFile()
            }
        }
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        reading.wait()
        finished.wait()
        if process.terminationReason == .uncaughtSignal {
            return .signalled(process.terminationStatus)
        }
        return .exited(status: process.terminationStatus, output: output.data, errors: errors.data)
    }

    /// This executable.
    static var executable: URL {
        #if os(Linux)
            URL(fileURLWithPath: "/proc/self/exe")
        #else
            Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        #endif
    }

    /// Holds the bytes read on another thread until the semaphore hands them over.
    private final class OutputCollector: @unchecked Sendable {
        var data = Data()
    }
}
