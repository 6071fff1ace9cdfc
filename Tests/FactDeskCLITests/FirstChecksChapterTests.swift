import Foundation
import Testing

/// The README chapter "Your first checks, step by step", walked as a newcomer would, through the
/// real binary in a fresh workspace: its commands in order, its files as its blocks give them.
/// The rule pack, the Python plugin and the reference data each report their finding at the
/// first check.
@Suite("Your first checks, step by step (README)")
struct FirstChecksChapterTests {
    /// The chapter's text.
    static func chapter() throws -> String {
        let readme = try String(
            contentsOf: FactDeskBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        return try #require(
            readme.components(separatedBy: "## Your first checks, step by step\n").dropFirst().first?
                .components(separatedBy: "\n## ").first)
    }

    /// The command lines of the chapter's first `sh` block, comments removed.
    static func commands(_ chapter: String) throws -> [String] {
        let block = try #require(chapter.firstMatch(of: /```sh\n(?<body>(?s:.*?))```/)).output.body
        return block.split(separator: "\n").map { line in
            String(line.split(separator: "#", maxSplits: 1).first ?? "").trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    /// The chapter's files: each code block preceded by `<!-- file: PATH -->` (or `PATH (append)`).
    static func files(_ chapter: String) -> [(path: String, appends: Bool, content: String)] {
        chapter.matches(of: /<!-- file: (?<path>[^ \n]+)(?<append> \(append\))? -->\n```[a-z]*\n(?<body>(?s:.*?))```\n/)
            .map { (String($0.output.path), $0.output.append != nil, String($0.output.body)) }
    }

    @Test func aNewcomerGetsAFindingFromEachOfPackPluginAndReferenceData() throws {
        let chapter = try Self.chapter()
        let commands = try Self.commands(chapter)
        #expect(commands.first == "factdesk init desk && cd desk")
        let files = Self.files(chapter)
        #expect(
            files.map(\.path) == [
                "rules/style.yml", "plugins/shouting/shouting.py", "factdesk.yml", "reference/firo.yml",
                "drafts/note.fr.md",
            ])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let configuration = folder.url.appendingPathComponent("config").path
        let environment = ["XDG_CONFIG_HOME": configuration, "FACTDESK_AUTHOR": "Nora Newcomer <nora@example.org>"]
        let created = try FactDeskBinary.run(["init", "desk"], environment: environment, in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
        let desk = folder.url.appendingPathComponent("desk")
        for file in files {
            let url = desk.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let before = file.appends ? try String(contentsOf: url, encoding: .utf8) : ""
            try Data((before + file.content).utf8).write(to: url)
        }
        var check: FactDeskBinary.Result?
        for command in commands.dropFirst() {
            var words = command.split(separator: " ").map(String.init)
            if words.first == "chmod" {
                let result = try FactDeskBinary.runProgram("/bin/chmod", Array(words.dropFirst()), in: desk)
                #expect(result.status == 0, "\(command): \(result.stderr)")
                continue
            }
            #expect(words.removeFirst() == "factdesk", "\(command)")
            let result = try FactDeskBinary.run(words, environment: environment, in: desk)
            if words.first == "check" {
                check = result
            } else {
                #expect(result.status == 0, "\(command): \(result.stdout)\(result.stderr)")
            }
        }
        let result = try #require(check)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains("notice"), "\(result.stderr)")
        // The same findings, with their quotes, as JSON gives them.
        let json = try FactDeskBinary.run(
            ["check", "--format", "json", "--no-commit", "drafts/note.fr.md"], environment: environment, in: desk)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let documents = try #require(root["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        let found = findings.map { finding in
            "\(finding["checker"] ?? "")/\(finding["rule"] ?? "") \((finding["quote"] as? [String: Any])?["exact"] ?? "")"
        }
        for expected in ["style/covid Covid", "shouting/double-exclamation !!", "number/fact-mismatch 60 pays membres"]
        {
            #expect(found.contains(expected), "\(expected) in \(found)")
            let rule = String(expected.split(separator: " ")[0])
            #expect(result.stdout.contains("[\(rule)]"), "\(rule) in the text output:\n\(result.stdout)")
        }
    }
}
