import FactDeskGit
import Foundation
import Testing

/// A fresh folder under the system's temporary folder, removed by the caller's `defer`.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("factdesk-git-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// Runs the real `git` CLI in `folder` and returns its standard output; records a test issue
/// with its standard error when it fails.
@discardableResult
func git(_ arguments: String..., in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    if process.terminationStatus != 0 {
        Issue.record(
            "git \(arguments.joined(separator: " ")) failed: \(String(decoding: errorData, as: UTF8.self))",
            sourceLocation: sourceLocation)
    }
    return String(decoding: data, as: UTF8.self)
}

/// A signature at a fixed time, so commit ids are reproducible.
func signature(_ name: String = "Ada Editor", at seconds: TimeInterval = 1_764_000_000) -> Signature {
    Signature(
        name: name, email: "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.org",
        time: Date(timeIntervalSince1970: seconds), timeZone: TimeZone(secondsFromGMT: 3600)!)
}

extension Repository {
    /// Commits `files` on top of the branch's current commit and moves the branch.
    @discardableResult
    func commitFiles(
        _ files: [String: String], message: String, branch: String = "refs/heads/main",
        at seconds: TimeInterval = 1_764_000_000
    ) throws -> ObjectID {
        let parent = try referenceTarget(branch)
        let updates = try files.keys.sorted().map { path in
            TreeUpdate.write(path: path, blob: try writeBlob(Data(files[path]!.utf8)))
        }
        let tree = try makeTree(from: try parent.map(treeID(of:)), applying: updates)
        let id = try createCommit(
            tree: tree, parents: parent.map { [$0] } ?? [], author: signature(at: seconds),
            committer: signature(at: seconds), message: message)
        try updateReference(branch, to: id, expecting: parent, message: "commit: \(message)")
        return id
    }
}
