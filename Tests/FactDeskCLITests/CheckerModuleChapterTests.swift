import Foundation
import Testing

/// The README chapter "Writing a checker module", built from its own code blocks: the module is
/// compiled against the SDK that `swift build` made, its rule examples are run, and the manifest
/// is shown to pick it up from `Plugins/` without a hand edit.
@Suite("Writing a checker module (README)")
struct CheckerModuleChapterTests {
    /// The files of the chapter: each code block preceded by `<!-- file: PATH -->`.
    static func chapterFiles() throws -> [(path: String, source: String)] {
        let readme = try String(
            contentsOf: FactDeskBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let chapter = try #require(
            readme.components(separatedBy: "### Writing a checker module\n").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        return chapter.matches(of: /<!-- file: (?<path>[^ ]+) -->\n```swift\n(?<source>(?s:.*?))```/).map {
            (String($0.output.path), String($0.output.source))
        }
    }

    /// Runs a program and returns its status and output.
    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func theChapterModuleBuildsAgainstTheSDKAndItsExamplesPass() throws {
        let files = try Self.chapterFiles()
        #expect(
            files.map(\.path) == [
                "Plugins/Exclamations/ExclamationsModule.swift", "Plugins/Exclamations/ExclamationChecker.swift",
            ])
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("Plugins/Exclamations"), withIntermediateDirectories: true)
        for file in files { _ = try folder.write(file.path, Data(file.source.utf8)) }
        _ = try folder.write("main.swift", Data(Self.exampleRunner.utf8))

        let build = FactDeskBinary.executable.deletingLastPathComponent()
        let modules = build.appendingPathComponent("Modules").path
        let sdkObjects = try FileManager.default.contentsOfDirectory(
            atPath: build.appendingPathComponent("FactDeskKit.build").path
        ).filter { $0.hasSuffix(".o") }.map { build.appendingPathComponent("FactDeskKit.build/\($0)").path }
        #expect(!sdkObjects.isEmpty)

        let module = try run(
            [
                "swiftc", "-module-name", "Exclamations", "-parse-as-library", "-wmo", "-I", modules, "-emit-module",
                "-emit-module-path", "Exclamations.swiftmodule", "-c", "-o", "Exclamations.o",
            ] + files.map(\.path),
            in: folder.url)
        #expect(module.status == 0, "\(module.output)")
        let program = try run(
            ["swiftc", "-I", modules, "-I", ".", "main.swift", "Exclamations.o", "-o", "run-examples"] + sdkObjects,
            in: folder.url)
        #expect(program.status == 0, "\(program.output)")
        let examples = try run([folder.url.appendingPathComponent("run-examples").path], in: folder.url)
        #expect(examples.status == 0, "\(examples.output)")
        #expect(examples.output == "exclamations: 4 examples, 0 failed\n")
    }

    @Test func theManifestMakesEveryPluginsFolderWithSwiftSourcesAModule() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(
            at: FactDeskBinary.packageRoot.appendingPathComponent("Package.swift"),
            to: folder.url.appendingPathComponent("Package.swift"))
        for name in ["Plugins/Exclamations", "Plugins/wordcount-python", "Plugins/house-style"] {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        for file in try Self.chapterFiles() { _ = try folder.write(file.path, Data(file.source.utf8)) }
        _ = try folder.write("Plugins/Exclamations/README.md", Data("# Exclamations\n".utf8))
        _ = try folder.write("Plugins/wordcount-python/plugin.py", Data("print('{}')\n".utf8))
        _ = try folder.write("Plugins/house-style/pack.yml", Data("pack: house-style\n".utf8))

        let dump = try run(["swift", "package", "dump-package"], in: folder.url)
        #expect(dump.status == 0, "\(dump.output)")
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let targets = try #require(manifest["targets"] as? [[String: Any]])
        let modules = targets.filter { ($0["path"] as? String)?.hasPrefix("Plugins/") == true }
        #expect(modules.map { $0["name"] as? String } == ["Exclamations"])
        #expect(modules.first?["exclude"] as? [String] == ["README.md"])
        let registry = try #require(targets.first { $0["name"] as? String == "FactDeskModules" })
        #expect("\(registry["dependencies"] ?? "")".contains("Exclamations"))
    }

    /// A program that runs every example of the module's rules and prints the count of failures.
    static let exampleRunner = """
        import Exclamations
        import FactDeskKit

        for checker in ExclamationsModule.checkers {
            var examples = 0
            var failed = 0
            for rule in checker.descriptor.rules {
                for example in rule.examples {
                    let (text, expected) = example.unmarked
                    let document = Document(path: "example", text: text, language: example.language)
                    let found = try checker.check(document, context: CheckContext(mentions: []))
                        .filter { $0.rule == rule.id }.map(\\.span)
                    examples += 1
                    if found != expected {
                        failed += 1
                        print("failed: \\(rule.id): \\(text)")
                    }
                }
            }
            print("\\(checker.descriptor.id): \\(examples) examples, \\(failed) failed")
        }

        """
}
