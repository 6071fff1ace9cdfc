import FactDeskKit
import FactDeskLanguageServer
import Foundation

/// The language server's checks, run in a warm worker process (`factdesk lsp --worker`) so that a
/// checker that traps takes down the worker, not the server.
///
/// When the worker dies during a check, it is started again and the check is repeated as
/// `factdesk check`'s supervisor repeats it: first with the checkers run one at a time and each
/// start and end recorded, then, once the crash has named its checker, without that checker,
/// which is reported as one `checker-error` finding. The next check of the document runs that
/// checker again; if it crashes again, it sits out more and more checks (``CrashBackoff``), each
/// reported as one `checker-error` finding, so a checker that traps on every run does not make
/// the worker start again at every keystroke.
final class WarmCheckWorker: DraftChecking, @unchecked Sendable {
    private let lock = NSLock()
    private var worker: Connection?
    private var backoff = CrashBackoff()

    func findings(path: String, text: String) throws -> [Finding] {
        try lock.withLock {
            var crashed = backoff.sittingOut(check: path)
            var progress: URL?
            defer {
                if let progress { try? FileManager.default.removeItem(at: progress) }
            }
            for _ in 0..<64 {
                if let progress, !FileManager.default.createFile(atPath: progress.path, contents: nil) {
                    throw CheckWorkerFailure(reason: "cannot create the check's progress file \(progress.path)")
                }
                let request = CheckWorkerRequest(
                    path: path, text: text, crashed: crashed.sorted(), progressFile: progress?.path)
                if let response = try send(request) {
                    if let error = response.error { throw CheckWorkerFailure(reason: error) }
                    backoff.completed(check: path, leftOut: crashed)
                    return response.findings ?? []
                }
                guard let file = progress else {
                    progress = FileManager.default.temporaryDirectory.appendingPathComponent(
                        "factdesk-lsp-progress-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
                    continue
                }
                guard let culprit = WorkerProgress.runningChecker(in: file) else {
                    throw CheckWorkerFailure(reason: "the check worker crashed outside any checker")
                }
                backoff.crashed(culprit.checker, checking: path)
                crashed.insert(culprit.checker)
            }
            throw CheckWorkerFailure(reason: "the check worker kept crashing")
        }
    }

    func recordRevision(path: String) throws {
        let outcome = try WorkerProcess.run(
            arguments: ["check", "--format", "json", path], environment: ProcessInfo.processInfo.environment,
            input: Data(), collectsErrors: true)
        switch outcome {
        case .exited(let status, _, _) where status == 0 || status == 1: return
        case .exited(let status, _, let errors):
            throw CheckWorkerFailure(
                reason: "factdesk check ended with status \(status): " + String(decoding: errors, as: UTF8.self))
        case .signalled(let signal):
            throw CheckWorkerFailure(reason: "factdesk check was killed by signal \(signal)")
        }
    }

    /// Sends one request to the worker, started if needed; `nil` when the worker died before answering.
    private func send(_ request: CheckWorkerRequest) throws -> CheckWorkerResponse? {
        let connection = try worker ?? Connection.start()
        worker = connection
        var line = try JSONEncoder().encode(request)
        line.append(0x0A)
        guard (try? connection.input.write(contentsOf: line)) != nil, let answer = connection.readLine() else {
            connection.stop()
            worker = nil
            return nil
        }
        return try JSONDecoder().decode(CheckWorkerResponse.self, from: answer)
    }

    /// A running worker and its pipes.
    private final class Connection {
        let process: Process
        let input: FileHandle
        let output: FileHandle
        private var buffer = Data()

        private init(process: Process, input: FileHandle, output: FileHandle) {
            self.process = process
            self.input = input
            self.output = output
        }

        /// Starts `factdesk lsp --worker`, with the Swift backtracer off as for `check`'s workers
        /// (see ``WorkerEnvironment/variables``).
        static func start() throws -> Connection {
            let process = Process()
            process.executableURL = WorkerProcess.executable
            process.arguments = ["lsp", "--worker"]
            var environment = ProcessInfo.processInfo.environment
            if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
            process.environment = environment
            let stdin = Pipe()
            let stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            return Connection(
                process: process, input: stdin.fileHandleForWriting, output: stdout.fileHandleForReading)
        }

        /// The next line the worker prints, or `nil` when its output ends.
        func readLine() -> Data? {
            while true {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = Data(buffer[buffer.startIndex..<newline])
                    buffer = Data(buffer[(newline + 1)...])
                    return line
                }
                let chunk = output.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }

        /// Ends the worker, if it still runs, and waits for it.
        func stop() {
            try? input.close()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
    }
}
