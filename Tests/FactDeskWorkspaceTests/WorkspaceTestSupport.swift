import FactDeskKit
import FactDeskWorkspace
import Foundation
import Testing

/// A fresh folder under the temporary folder; the caller removes it.
func makeTemporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("factdesk-workspace-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// Options with a fixed author and a clock that advances one minute per reading.
func testOptions(author: String = "Ada Editor <ada@example.org>") -> WorkspaceOptions {
    let clock = MinuteClock()
    return WorkspaceOptions(environment: ["FACTDESK_AUTHOR": author], lockTimeout: .seconds(5), clock: clock.next)
}

/// A test clock: each reading is one minute after the previous one.
final class MinuteClock: @unchecked Sendable {
    private let lock = NSLock()
    private var minutes = 0

    @Sendable func next() -> Date {
        lock.withLock {
            minutes += 1
            return Date(timeIntervalSince1970: 1_764_000_000 + Double(minutes) * 60)
        }
    }
}

/// Runs the real `git` CLI, with `input` on its standard input, and returns its standard
/// output; a failure is recorded as an issue.
@discardableResult
func git(
    _ arguments: String..., input: String = "", in folder: URL,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    let stdin = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = stdin
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
    try stdin.fileHandleForWriting.close()
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

/// Alice's workspace in `folder/alice`, with one checked draft (`drafts/a.md`) pushed to a new
/// bare remote, `folder/remote.git`.
func makeAliceWithRemote(in folder: URL) throws -> (alice: Workspace, remote: URL) {
    let remote = folder.appendingPathComponent("remote.git")
    try git("init", "--quiet", "--bare", "--initial-branch=main", remote.path, in: folder)
    let alice = try Workspace.create(at: folder.appendingPathComponent("alice"), options: testOptions())
    try write(ScenarioTests.firstDraft, to: "drafts/a.md", in: alice.root)
    try alice.check("drafts/a.md")
    try alice.setRemote(url: remote.path)
    try alice.push()
    return (alice, remote)
}

/// Writes a file (creating folders) inside a folder.
func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

/// A stand-in for the checkers: flags given phrases wherever they occur in a draft.
struct PlantedErrors {
    /// A phrase to flag, and how.
    struct Rule {
        let phrase: String
        let checker: String
        let rule: String
        let severity: Severity
    }

    static let weekday = Rule(
        phrase: "mardi 24 novembre 2025", checker: "date", rule: "weekday-mismatch", severity: .error)
    static let members = Rule(phrase: "195 pays membres", checker: "number", rule: "fact-mismatch", severity: .warning)
    static let president = Rule(phrase: "Al-Raissi", checker: "name", rule: "misspelled-name", severity: .warning)
    static let all = [weekday, members, president]

    static let run = RunMetadata(
        factdeskVersion: "0.1.0", checkers: ["date": "1.0.0", "name": "1.0.0", "number": "1.0.0"],
        referenceDigest: "git-sha1:0000000000000000000000000000000000000000")

    /// The findings the rules produce on a text, in text order.
    static func findings(in text: String, path: String, rules: [Rule] = all) -> [Finding] {
        let document = Document(path: path, text: text, language: .fr)
        let scalars = Array(text.unicodeScalars)
        var findings: [Finding] = []
        for rule in rules {
            let phrase = Array(rule.phrase.unicodeScalars)
            var start = 0
            while start + phrase.count <= scalars.count {
                if Array(scalars[start..<start + phrase.count]) == phrase {
                    findings.append(
                        document.finding(
                            checker: rule.checker, rule: rule.rule, severity: rule.severity,
                            span: Span(start: start, end: start + phrase.count), message: "« \(rule.phrase) » est faux."
                        ))
                    start += phrase.count
                } else {
                    start += 1
                }
            }
        }
        return findings.sorted { $0.span < $1.span }
    }
}

extension Workspace {
    /// Records a check of a draft file as it is on disk, with the planted-error checker.
    @discardableResult
    func check(_ path: String) throws -> CheckRecord {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        return try recordCheck(
            of: try DraftPath(path), text: text, findings: PlantedErrors.findings(in: text, path: path),
            run: PlantedErrors.run)
    }
}
