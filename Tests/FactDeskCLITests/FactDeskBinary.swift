import Foundation

/// The built `factdesk` executable, run as a user would.
enum FactDeskBinary {
    /// What one run printed and returned.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable, next to the test bundle in the build products folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while folder.path != "/" {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("factdesk")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
        }
        fatalError("factdesk executable not found near \(CommandLine.arguments[0])")
    }

    /// The configuration folder (`XDG_CONFIG_HOME`) runs use unless told otherwise: a temporary
    /// one, so no test reads or writes the user's own plugin trust.
    static let configurationHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("factdesk-cli-config-\(ProcessInfo.processInfo.processIdentifier)")

    /// The cache folder (`XDG_CACHE_HOME`) runs use unless told otherwise: a temporary one, so
    /// that no test writes reference snapshots into the user's cache.
    static let cacheHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("factdesk-cli-cache-\(ProcessInfo.processInfo.processIdentifier)")

    /// Runs `factdesk` with arguments, optional standard input and extra environment.
    static func run(
        _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
        in directory: URL = packageRoot
    ) throws -> Result {
        try runProgram(executable.path, arguments, input: input, environment: environment, in: directory)
    }

    /// Runs a program with the environment `run` gives `factdesk` (`script`, to give it a terminal).
    static func runProgram(
        _ program: String, _ arguments: [String], input: Data = Data(), environment: [String: String] = [:],
        in directory: URL = packageRoot
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        variables["XDG_CONFIG_HOME"] = configurationHome.path
        variables["XDG_CACHE_HOME"] = cacheHome.path
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, keyPath) in [(stdout, \Collected.out), (stderr, \Collected.err)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(keyPath, data)
                group.leave()
            }
        }
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: collected.out, as: UTF8.self),
            stderr: String(decoding: collected.err, as: UTF8.self))
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        var out = Data()
        var err = Data()
        func set(_ keyPath: ReferenceWritableKeyPath<Collected, Data>, _ data: Data) {
            lock.lock()
            self[keyPath: keyPath] = data
            lock.unlock()
        }
    }
}

/// A temporary folder, removed when the value is dropped by the test.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file and returns its path.
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
