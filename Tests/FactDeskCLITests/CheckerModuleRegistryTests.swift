import Foundation
import Testing

/// The generator behind the `CheckerModuleRegistry` build plugin, run as the build runs it.
@Suite("Checker module registry generator")
struct CheckerModuleRegistryTests {
    static var generator: URL {
        FactDeskBinary.executable.deletingLastPathComponent().appendingPathComponent("CheckerModuleRegistryGenerator")
    }

    private func generate(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = Self.generator
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        try process.run()
        let stderr = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// A `Plugins/` folder with a Swift module, a Python plugin and a rule pack.
    private func pluginsFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["Plugins/Honorifics", "Plugins/wordcount-python", "Plugins/house-style"] {
            try FileManager.default.createDirectory(
                at: folder.url.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        _ = try folder.write("Plugins/Honorifics/HonorificsModule.swift", Data("// module\n".utf8))
        _ = try folder.write("Plugins/wordcount-python/plugin.py", Data("print('{}')\n".utf8))
        _ = try folder.write("Plugins/house-style/pack.yml", Data("pack: house-style\n".utf8))
        return folder
    }

    @Test func writesOneImportAndOneEntryPointPerModule() throws {
        let folder = try pluginsFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("Registered.swift").path
        let result = try generate([
            output, folder.url.appendingPathComponent("Plugins").path, "Honorifics", "Plugins/Honorifics",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let source = try String(contentsOfFile: output, encoding: .utf8)
        #expect(source.contains("import Honorifics\n"))
        #expect(source.contains(#"RegisteredModule(location: "Plugins/Honorifics", entry: HonorificsModule.self),"#))
    }

    @Test func stopsTheBuildWithTheFixWhenAModuleFolderIsNotInTheManifestYet() throws {
        let folder = try pluginsFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("Plugins/Exclamations"), withIntermediateDirectories: true)
        _ = try folder.write("Plugins/Exclamations/ExclamationsModule.swift", Data("// module\n".utf8))
        let output = folder.url.appendingPathComponent("Registered.swift").path
        let result = try generate([
            output, folder.url.appendingPathComponent("Plugins").path, "Honorifics", "Plugins/Honorifics",
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: checker modules changed (Plugins/Exclamations) since SwiftPM last read Package.swift; "
                + "run `touch Package.swift && swift build --manifest-cache none` once to pick them up (or `swift test --manifest-cache none`)\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
