import Foundation
import Testing

/// A workspace made by `factdesk init` in a temporary folder, with a plugin-trust configuration
/// of its own, and helpers to write files, write Python plugins and run the binary in it.
struct FreshDesk {
    let folder: TemporaryFolder
    let root: URL
    let environment: [String: String]

    /// A rule pack `style` with one `term` rule: `Covid` rejected, `Covid-19` preferred.
    static let stylePack = """
        pack: style
        version: 1.0.0
        summary: House style.
        rules:
          - id: covid
            kind: term
            severity: warning
            reject: [Covid]
            prefer: Covid-19
            message:
              fr: "« {match} » : écrire « {preferred} »."
            examples:
              - "Le ⟦Covid⟧ a fermé les écoles."
              - "Le Covid-19 a fermé les écoles, et le covid-19 aussi."

        """

    /// Reference data with one organisation, FIRO, and facts given as YAML flow mappings.
    static func firo(facts: [String]) -> String {
        """
        entities:
          - id: firo
            kind: organization
            names: [FIRO]
            facts:

        """ + facts.map { "      - \($0)\n" }.joined()
    }

    /// Runs `factdesk init desk` in a new temporary folder.
    init() throws {
        folder = try TemporaryFolder()
        root = folder.url.appendingPathComponent("desk")
        environment = [
            "XDG_CONFIG_HOME": folder.url.appendingPathComponent("config").path,
            "FACTDESK_AUTHOR": "Rita Reviewer <rita@example.org>",
        ]
        let created = try FactDeskBinary.run(["init", "desk"], environment: environment, in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
    }

    /// Writes a file of the workspace, creating its folder.
    func write(_ path: String, _ text: String, executable: Bool = false) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
    }

    /// Writes `plugins/<id>.py`, a plugin with one rule `flag` of severity warning, whose
    /// handshake adds `extra` (JSON members) and whose findings on a document are what the
    /// Python expression `findings` gives (`text` and `language` are the document's).
    func writePlugin(
        _ id: String, findings: String, examples: String = "[]", extra: String = "", declare: Bool = true
    ) throws {
        try write(
            "plugins/\(id).py",
            """
            #!/usr/bin/env python3
            import json, sys
            HANDSHAKE = {"type": "handshake", "protocol": "factdesk.plugin/1", "id": "\(id)", "version": "1.0.0",
                         "summary": "A test plugin.", "languages": ["fr", "en"], \(extra)
                         "rules": [{"id": "flag", "severity": "warning", "summary": "Flags.", "examples": \(examples)}]}
            sys.stdin.reconfigure(encoding="utf-8")
            for line in iter(sys.stdin.readline, ""):
                message = json.loads(line)
                if message["type"] == "hello":
                    answer = HANDSHAKE
                elif message["type"] == "check":
                    text, language = message["document"]["text"], message["document"]["language"]
                    answer = {"type": "findings", "id": message["id"], "findings": \(findings)}
                else:
                    continue
                print(json.dumps(answer), flush=True)

            """, executable: true)
        guard declare else { return }
        let configuration = root.appendingPathComponent("factdesk.yml")
        var text = try String(contentsOf: configuration, encoding: .utf8)
        if !text.contains("plugins:\n") { text += "plugins:\n" }
        text += "  - id: \(id)\n    command: plugins/\(id).py\n"
        try Data(text.utf8).write(to: configuration)
    }

    /// Runs `factdesk` in the workspace.
    func run(_ arguments: [String]) throws -> FactDeskBinary.Result {
        try FactDeskBinary.run(arguments, environment: environment, in: root)
    }

    /// The JSON output of a run.
    func json(_ result: FactDeskBinary.Result) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "\(result.stdout)\(result.stderr)")
    }

    /// The findings of each document of a JSON run, in order.
    func findings(_ result: FactDeskBinary.Result) throws -> [[[String: Any]]] {
        let documents = try #require(try json(result)["documents"] as? [[String: Any]])
        return try documents.map { try #require($0["findings"] as? [[String: Any]]) }
    }

    func remove() { folder.remove() }
}
