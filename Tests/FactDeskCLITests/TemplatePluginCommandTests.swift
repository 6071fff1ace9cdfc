import Foundation
import Testing

/// `init --template` brings a template's plugin programs that live outside it into the new
/// workspace, so that what the workspace declares runs once trusted.
@Suite("factdesk init --template with external plugins")
struct TemplatePluginCommandTests {
    @Test func theSamplePluginIsCopiedInCommittedAndRunsOnceTrusted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.url.appendingPathComponent("desk")
        let environment = [
            "XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path,
            "FACTDESK_AUTHOR": "Claire Martin <claire@example.org>",
        ]
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"]).status == 0)

        let program = "plugins/quotation-marks/quotation_marks.py"
        #expect(FileManager.default.isExecutableFile(atPath: workspace.appendingPathComponent(program).path))
        let configuration = try String(contentsOf: workspace.appendingPathComponent("factdesk.yml"), encoding: .utf8)
        #expect(configuration.contains("command: \(program)\n"))
        #expect(!configuration.contains("../"))
        #expect(try Git.output(["ls-files", "plugins"], in: workspace) == "\(program)\n")
        #expect(try Git.output(["status", "--porcelain"], in: workspace).isEmpty)

        let trust = try FactDeskBinary.run(["plugins", "trust", "quotation-marks"], environment: environment, in: workspace)
        #expect(trust.status == 0, "stderr: \(trust.stderr)")
        let check = try FactDeskBinary.run(
            ["check", "--no-commit", "drafts/assemblee-generale.fr.md"], environment: environment, in: workspace)
        #expect(check.status == 1, "stderr: \(check.stderr)")
        #expect(check.stdout.contains("[quotation-marks/unbalanced-quotes]"))
        #expect(!check.stdout.contains("untrusted-plugin"))
    }

    @Test func aQuotedCommandWithACommentIsPointedAtTheCopyToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let template = folder.url.appendingPathComponent("templates/desk")
        for path in ["drafts", "reference"] {
            try FileManager.default.createDirectory(
                at: template.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        let tools = folder.url.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try Data("#!/usr/bin/env python3\n".utf8).write(to: tools.appendingPathComponent("it's.py"))
        try Data(
            """
            languages: [fr]
            plugins:
              - id: quoted
                command: '../../tools/it''s.py'   # outside the template

            """.utf8
        ).write(to: template.appendingPathComponent("factdesk.yml"))

        let workspace = folder.url.appendingPathComponent("new")
        let created = try FactDeskBinary.run(["init", workspace.path, "--template", template.path])
        #expect(created.status == 0, "stderr: \(created.stderr)")
        let configuration = try String(contentsOf: workspace.appendingPathComponent("factdesk.yml"), encoding: .utf8)
        #expect(configuration.contains("    command: 'plugins/quoted/it''s.py'   # outside the template\n"), "\(configuration)")
        #expect(FileManager.default.fileExists(atPath: workspace.appendingPathComponent("plugins/quoted/it's.py").path))
        let listed = try FactDeskBinary.run(["plugins", "list"], in: workspace)
        #expect(listed.stdout.contains("plugins/quoted/it's.py"), "\(listed.stdout)\(listed.stderr)")
    }
}
