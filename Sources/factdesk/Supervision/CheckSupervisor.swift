import Foundation

/// Runs `factdesk check` in a worker process so that a checker that traps cannot take the whole
/// run down.
///
/// The supervisor starts the same executable with the same arguments as a worker and relays its
/// output. When the worker dies of a signal, the supervisor runs it again one checker at a time,
/// learns from the worker's progress file which checker was running on which draft, and runs it
/// once more with that checker marked as crashed there: the worker reports it as one
/// `checker-error` finding and every other finding still comes out. Nothing is committed to a
/// workspace by a worker that crashed, since commits follow the checks.
enum CheckSupervisor {
    /// Whether this process is a supervised worker.
    static var isWorker: Bool { ProcessInfo.processInfo.environment[WorkerEnvironment.worker] == "1" }

    /// Runs the check in workers until one finishes, and returns its exit status.
    static func supervise(arguments: [String], readsStandardInput: Bool) -> Int32 {
        let input = readsStandardInput ? DraftReader.readStandardInputCapped() : Data()
        let progress = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdesk-progress-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: progress) }
        var environment = WorkerEnvironment(progressFile: progress.path, colour: TerminalColour.enabledForStandardOutput)
        // Each attempt either finishes or pins one more crash on a (draft, checker) pair.
        for _ in 0..<64 {
            guard FileManager.default.createFile(atPath: progress.path, contents: nil) else {
                return fail("cannot create the check's progress file \(progress.path)")
            }
            let outcome: WorkerProcess.Outcome
            do {
                outcome = try WorkerProcess.run(arguments: arguments, environment: environment.variables, input: input)
            } catch {
                return fail("cannot start the check worker: \(error.localizedDescription)")
            }
            switch outcome {
            case .exited(let status, let output, _):
                FileHandle.standardOutput.write(output)
                return status
            case .signalled(let signal):
                if !environment.sequential {
                    environment.sequential = true
                    continue
                }
                guard let culprit = WorkerProgress.runningChecker(in: progress) else {
                    return fail("internal error: the check crashed (signal \(signal)) outside any checker")
                }
                environment.crashed.insert(culprit)
            }
        }
        return fail("internal error: the check kept crashing")
    }

    private static func fail(_ message: String) -> Int32 {
        FileHandle.standardError.write(Data("factdesk: \(message)\n".utf8))
        return 2
    }
}
