import FactDeskKit
import FactDeskPluginHost
import Foundation

/// The fixture plugins next to these tests, and temporary workspaces to declare them in.
enum PluginFixtures {
    /// `Tests/FactDeskPluginHostTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example plugin shipped under `Plugins/`.
    static let quotationMarks = packageRoot.appendingPathComponent("Plugins/quotation-marks/quotation_marks.py")

    /// A declaration of a fixture (by file name) with id `fixture`.
    static func declaration(
        _ fixture: String, id: String = "fixture", timeout: Double = 10, in workspace: URL,
        arguments: [String] = []
    ) -> PluginDeclaration {
        PluginDeclaration(
            id: id, command: folder.appendingPathComponent(fixture).path, arguments: arguments, timeout: timeout,
            workspace: workspace)
    }

    /// Starts a declared plugin, as a run would once it is trusted.
    static func start(_ declaration: PluginDeclaration) throws -> ExternalPluginChecker {
        try ExternalPluginChecker(
            declaration: declaration, executable: try ExecutableLocator.locate(declaration), host: "factdesk tests")
    }
}

/// A temporary folder, removed by ``remove()``.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("factdesk-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a text file and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
