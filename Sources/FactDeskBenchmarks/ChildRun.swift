import Foundation

/// Runs a program to its end and measures it as a user sees it: its wall time, or the peak
/// resident memory of it and every process it waited for (a check's worker included).
enum ChildRun {
    /// What one run took.
    struct Outcome {
        var status: Int32
        var seconds: Double
    }

    /// Runs `executable` with `arguments` and extra `environment` variables, its output
    /// discarded, and times it.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> Outcome {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = variables(environment).map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, envp) == 0 else {
            return Outcome(status: -1, seconds: 0)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Outcome(status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -(status & 0x7F), seconds: seconds)
    }

    /// The peak resident memory in MB of one run, read by a small Python process from its
    /// children's `getrusage`: a child spawned straight from this benchmark would report this
    /// process's own peak (Linux keeps the peak of the memory a process had before `exec`, and
    /// `posix_spawn` shares this process's memory until then).
    static func peakMB(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) -> Double {
        let script = """
            import resource, subprocess, sys
            subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, executable] + arguments
        process.environment = Dictionary(
            uniqueKeysWithValues: variables(environment).map { ($0.split(separator: "=", maxSplits: 1)) }
                .map { (String($0[0]), $0.count > 1 ? String($0[1]) : "") })
        let output = Pipe()
        process.standardOutput = output
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        guard (try? process.run()) != nil else { return 0 }
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        let kilobytes = Double(String(decoding: printed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        return (kilobytes ?? 0) / 1024
    }

    private static func variables(_ extra: [String: String]) -> [String] {
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in extra { variables[key] = value }
        return variables.map { "\($0)=\($1)" }
    }

    /// The `factdesk` release executable next to this benchmark's, if it is built.
    static var factdesk: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder.appendingPathComponent("factdesk").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
