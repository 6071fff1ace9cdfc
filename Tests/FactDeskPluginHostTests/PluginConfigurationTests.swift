import FactDeskKit
import FactDeskPluginHost
import Foundation
import Testing

@Suite("plugins: in factdesk.yml")
struct PluginConfigurationTests {
    let workspace = URL(fileURLWithPath: "/tmp/desk")

    private func declarations(_ yaml: String) throws -> [PluginDeclaration] {
        try PluginConfiguration.declarations(yaml: yaml, file: "factdesk.yml", workspace: workspace)
    }

    @Test func readsEveryField() throws {
        let plugins = try declarations(
            """
            languages: [fr, en]
            checkers: [date]
            plugins:
              - id: quotation-marks
                command: ../../Plugins/quotation-marks/quotation_marks.py
                arguments: [--strict, "two words"]
                languages: [fr]
                timeout: 2.5
              - id: house-style
                command: house-style
            """)
        #expect(
            plugins == [
                PluginDeclaration(
                    id: "quotation-marks", command: "../../Plugins/quotation-marks/quotation_marks.py",
                    arguments: ["--strict", "two words"], languages: [.fr], timeout: 2.5, workspace: workspace),
                PluginDeclaration(id: "house-style", command: "house-style", workspace: workspace),
            ])
        #expect(plugins[1].timeout == PluginDeclaration.defaultTimeout)
    }

    @Test func aBillionLaughsFileIsRefusedBeforeItIsComposed() throws {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "a\(level - 1)"
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "plugins:\n  - id: x\n    command: x\n"
        let started = ContinuousClock.now
        let error = try #require(throws: PluginConfigurationError.self) { try declarations(yaml) }
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(error.line == 1 && error.column == 4)
        #expect(error.reason.contains("anchors are not allowed in factdesk.yml"))
    }

    @Test func noPluginsKeyMeansNoPlugins() throws {
        #expect(try declarations("languages: [fr]\n").isEmpty)
        #expect(try declarations("plugins:\n").isEmpty)
        #expect(try declarations("").isEmpty)
    }

    @Test(arguments: [
        ("plugins: quotes\n", "factdesk.yml:1:10: 'plugins' must be a list of plugins"),
        ("plugins:\n  - id: quotes\n", "factdesk.yml:2:5: a plugin is missing 'command'"),
        (
            "plugins:\n  - id: quotes\n    command: q\n    shell: yes\n",
            "factdesk.yml:4:5: unknown key 'shell' in a plugin"
        ),
        (
            "plugins:\n  - id: Quotes\n    command: q\n",
            "factdesk.yml:2:9: plugin id 'Quotes' must be lowercase kebab-case"
        ),
        (
            "plugins:\n  - id: q\n    command: q\n    timeout: 0\n",
            "factdesk.yml:4:14: 'timeout' must be a number of seconds"
        ),
        (
            "plugins:\n  - id: q\n    command: q\n    timeout: 9000\n",
            "factdesk.yml:4:14: 'timeout' must be a number of seconds"
        ),
        ("plugins:\n  - id: q\n    command: q\n    languages: [de]\n", "factdesk.yml:4:17: unknown language 'de'"),
        ("plugins:\n  - id: q\n    command: q\n    arguments: -x\n", "factdesk.yml:4:16: 'arguments' must be a list"),
        (
            "plugins:\n  - {id: q, command: a}\n  - {id: q, command: b}\n",
            "factdesk.yml:3:5: two plugins have the id 'q'"
        ),
        ("plugins: [\n", "factdesk.yml:1:1: not valid YAML"),
    ])
    func rejectsMalformedEntriesWithTheirPlace(yaml: String, message: String) {
        #expect {
            try declarations(yaml)
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }
}
