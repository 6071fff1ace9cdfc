import FactDeskKit
import Foundation

/// A document the client has open: its text, and the findings of its last check.
struct OpenDocument {
    /// The client's URI for it.
    let uri: String
    /// The file it stands for (`-` for a document that is no file, such as an unsaved buffer).
    let path: String
    /// The root of the workspace holding it, if any.
    let workspaceRoot: URL?
    /// The client's version of the text.
    var version: Int
    /// The text now.
    var lines: TextLines
    /// The findings of the last check published, and the text they were found in.
    var findings: [Finding] = []
    var checkedLines: TextLines?
    var checkedVersion: Int?
    /// Bumped on each change, so that only the last debounce timer starts a check.
    var generation = 0
    /// Whether a check is running, and whether another must follow it.
    var isChecking = false
    var needsRecheck = false

    init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.lines = TextLines(text)
        let url = URL(string: uri)
        self.path = url.flatMap { $0.isFileURL ? $0.path : nil } ?? "-"
        self.workspaceRoot = path == "-" ? nil : Self.workspaceRoot(of: URL(fileURLWithPath: path))
    }

    /// The findings as they stand in the text now, or none when the text changed since the check.
    var currentFindings: [Finding] {
        checkedVersion == version ? findings : []
    }

    /// The nearest folder above `file` holding a `factdesk.yml`.
    private static func workspaceRoot(of file: URL) -> URL? {
        var folder = file.deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("factdesk.yml").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}
