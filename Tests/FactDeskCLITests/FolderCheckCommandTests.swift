import Foundation
import Testing

/// `factdesk check` over folders and whole workspaces, with workers and a progress bar, through
/// the real binary.
@Suite("factdesk check of folders")
struct FolderCheckCommandTests {
    private let draft = """
        ---
        date: 2025-11-24
        ---
        La clôture est annoncée pour le 31 novembre, a précisé l’organisation.

        """

    /// A workspace from the sample, with drafts in subfolders and files that are no drafts.
    private func workspace(_ folder: TemporaryFolder, exclude: [String]) throws -> URL {
        let workspace = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"]).status == 0)
        let drafts = workspace.appendingPathComponent("drafts")
        for name in ["old/a.md", "old/keep.md", "sub/b.txt", "sub/deep/c.md", "sub/deep/notes.json", "sub/.hidden.md", "d.MD"] {
            let file = drafts.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(draft.utf8).write(to: file)
        }
        let settings = workspace.appendingPathComponent("factdesk.yml")
        if !exclude.isEmpty {
            let yaml = try String(contentsOf: settings, encoding: .utf8)
                + "exclude:\n" + exclude.map { "  - \"\($0)\"\n" }.joined()
            try Data(yaml.utf8).write(to: settings)
        }
        return workspace
    }

    private func paths(_ json: String) throws -> [String] {
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(root["documents"] as? [[String: Any]]).compactMap { $0["path"] as? String }
    }

    @Test func aFolderIsWalkedForDraftsWithTheWorkspaceExcludes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: ["old/", "!old/keep.md", "/drafts/sub/deep/*.md", "# a comment"])
        let result = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "drafts/"], in: desk)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        // An excluded folder is not walked, so `!old/keep.md` cannot bring its file back.
        #expect(
            try paths(result.stdout) == [
                "drafts/assemblee-generale.fr.md", "drafts/d.MD", "drafts/general-assembly.en.md", "drafts/sub/b.txt",
            ])
        let inside = try FactDeskBinary.run(
            ["check", "--no-commit", "--format", "json", "."], in: desk.appendingPathComponent("drafts/sub"))
        #expect(try paths(inside.stdout) == ["b.txt"])
    }

    @Test func doubleStarsAndNamesMatchAtAnyDepth() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: ["**/deep/**", "*.txt", "d.?D"])
        let result = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "drafts"], in: desk)
        #expect(
            try paths(result.stdout) == [
                "drafts/assemblee-generale.fr.md", "drafts/general-assembly.en.md", "drafts/old/a.md",
                "drafts/old/keep.md",
            ])
        // A draft named on the command line is checked whatever the excludes say.
        let named = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "drafts/sub/b.txt"], in: desk)
        #expect(try paths(named.stdout) == ["drafts/sub/b.txt"])
    }

    @Test func noArgumentChecksTheWorkspacesDraftsAndCommitsEach() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: ["old/", "sub/"])
        let result = try FactDeskBinary.run(["check"], in: desk)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout.hasSuffix("in 3 files\n"), "\(result.stdout)")
        #expect(result.stdout.contains("\ndrafts/d.MD:4:33: error:"))
        let below = try FactDeskBinary.run(["check", "--no-commit"], in: desk.appendingPathComponent("reference"))
        #expect(below.stdout.hasSuffix("in 3 files\n"), "\(below.stdout)")
        let log = try Git.output(["log", "--format=%s"], in: desk)
        #expect(log.contains("check drafts/d.MD:"))
        #expect(log.contains("check drafts/general-assembly.en.md:"))

        let outside = try FactDeskBinary.run(["check"], in: folder.url)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("no draft given"))
    }

    @Test func workersGiveTheSameReportAsOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: [])
        let one = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "--jobs", "1", "drafts"], in: desk)
        let four = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "--jobs", "4", "drafts"], in: desk)
        #expect(one.stdout == four.stdout)
        #expect(try paths(one.stdout).count == 7)
        #expect(try FactDeskBinary.run(["check", "--jobs", "0", "drafts"], in: desk).status == 2)
    }

    @Test func anUnreadableDraftInAFolderIsOneLineAndTheOthersAreChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: ["old/", "sub/"])
        try Data().write(to: desk.appendingPathComponent("drafts/empty.md"))
        let result = try FactDeskBinary.run(["check", "--no-commit", "--format", "json", "drafts"], in: desk)
        #expect(result.status == 2)
        #expect(result.stderr.split(separator: "\n").filter { $0.contains("drafts/empty.md") }.count == 1)
        #expect(try paths(result.stdout).count == 3)
    }

    @Test func aProgressBarShowsOnlyOnATerminalWithTextOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let desk = try workspace(folder, exclude: [])
        // `script` gives the run a terminal; the report itself goes to a file.
        func onTerminal(_ format: String) throws -> String {
            let command = "\(FactDeskBinary.executable.path) check --no-commit --format \(format) drafts > report.out"
            return try FactDeskBinary.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], in: desk).stdout
        }
        let bar = try onTerminal("text")
        #expect(bar.contains("7/7 drafts, "), "\(bar)")
        #expect(bar.contains(" findings, ETA "))
        #expect(try String(contentsOf: desk.appendingPathComponent("report.out"), encoding: .utf8).hasPrefix("drafts/"))
        #expect(!(try onTerminal("json")).contains("drafts, "))
        let piped = try FactDeskBinary.run(["check", "--no-commit", "drafts"], in: desk)
        #expect(!piped.stderr.contains("drafts, "))
    }
}
