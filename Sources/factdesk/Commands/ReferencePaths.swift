import ArgumentParser
import FactDeskReference
import Foundation

/// Where the reference commands read from, and how they report data that does not load.
enum ReferencePaths {
    /// The paths given, or else the `reference/` folder of the workspace holding the current
    /// folder (the nearest parent with `factdesk.yml`).
    static func resolve(_ given: [String]) throws -> [String] {
        if !given.isEmpty { return given }
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            .standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("factdesk.yml").path) {
                return [relativeToCurrentFolder(folder.appendingPathComponent("reference").path)]
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path {
                throw ExitCode(
                    Diagnostics.usage("no reference data given and no workspace (factdesk.yml) here or above"))
            }
            folder = parent
        }
    }

    /// Loads the data, or prints every problem (one line each) on standard error and exits 2.
    static func load(_ paths: [String]) throws -> ReferenceData {
        do {
            return try ReferenceLoader().load(paths)
        } catch {
            report(error.diagnostics)
            throw ExitCode(2)
        }
    }

    /// Prints diagnostics, one `file:line:column: error: reason` (or `warning:`) line each, on standard error.
    static func report(_ diagnostics: [ReferenceDiagnostic]) {
        let text = diagnostics.map { $0.description + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes text to a file atomically (a failed write leaves the file as it was), or to
    /// standard output when no file is given.
    static func write(_ text: String, to output: String?) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ExitCode(Diagnostics.usage("\(output): cannot write: \(error.localizedDescription)"))
        }
    }

    private static func relativeToCurrentFolder(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        if path == current { return "." }
        if path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
        return path
    }
}
