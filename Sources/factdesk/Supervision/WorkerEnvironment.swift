import Foundation

/// What a supervisor tells its check worker, through environment variables.
struct WorkerEnvironment {
    static let worker = "FACTDESK_WORKER"
    static let progress = "FACTDESK_WORKER_PROGRESS"
    static let sequential = "FACTDESK_WORKER_SEQUENTIAL"
    static let crashed = "FACTDESK_WORKER_CRASHED"
    static let colour = "FACTDESK_WORKER_COLOUR"

    /// The file the worker records each checker's start and end in.
    var progressFile: String
    /// Whether the worker's text output is coloured (the supervisor owns the terminal).
    var colour: Bool
    /// Whether the worker runs one checker at a time, recording progress.
    var sequential = false
    /// The (draft, checker) pairs known to crash.
    var crashed: Set<DraftChecker> = []

    /// The variables to start a worker with: this process's, plus the worker's own.
    ///
    /// The Swift runtime's backtracer is off in the worker unless `SWIFT_BACKTRACE` is set: started
    /// by a trap, it inherits the worker's output pipes and holds them open while it symbolicates
    /// the binary (seen holding them for over ten minutes on a debug build), so the supervisor,
    /// which reports the crash itself, would wait that long for the worker's output to end.
    var variables: [String: String] {
        var variables = ProcessInfo.processInfo.environment
        if variables["SWIFT_BACKTRACE"] == nil { variables["SWIFT_BACKTRACE"] = "enable=no" }
        variables[Self.worker] = "1"
        variables[Self.progress] = progressFile
        variables[Self.colour] = colour ? "1" : "0"
        variables[Self.sequential] = sequential ? "1" : nil
        variables[Self.crashed] = crashed.isEmpty ? nil : DraftChecker.encode(crashed)
        return variables
    }

    /// The settings a worker was started with.
    static var current: WorkerEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return WorkerEnvironment(
            progressFile: variables[progress] ?? "",
            colour: variables[colour] == "1",
            sequential: variables[sequential] == "1",
            crashed: DraftChecker.decode(variables[crashed] ?? ""))
    }
}

/// A checker on one draft (drafts named by their position among the command's files).
struct DraftChecker: Hashable, Codable {
    let draft: Int
    let checker: String

    static func encode(_ pairs: Set<DraftChecker>) -> String {
        pairs.sorted { ($0.draft, $0.checker) < ($1.draft, $1.checker) }
            .map { "\($0.draft):\($0.checker)" }.joined(separator: ",")
    }

    static func decode(_ text: String) -> Set<DraftChecker> {
        Set(text.split(separator: ",").compactMap { item in
            guard let colon = item.firstIndex(of: ":"), let draft = Int(item[..<colon]) else { return nil }
            return DraftChecker(draft: draft, checker: String(item[item.index(after: colon)...]))
        })
    }
}
