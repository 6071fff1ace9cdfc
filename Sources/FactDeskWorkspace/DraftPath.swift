/// A draft's path inside a workspace, validated: `drafts/…`, `/`-separated, with no `.`, `..`
/// or empty component, so every path derived from it stays inside the workspace.
public struct DraftPath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The folder that holds drafts.
    public static let folder = "drafts"

    /// The path from the workspace root, e.g. `drafts/interpol.md`.
    public let path: String

    /// Validates a path given from the workspace root.
    /// - Throws: ``WorkspaceError/notADraft(path:)`` or ``WorkspaceError/outsideWorkspace(path:)``.
    public init(_ path: String) throws {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0 == ".." }) else {
            throw WorkspaceError.outsideWorkspace(path: path)
        }
        guard components.count >= 2, components[0] == Substring(DraftPath.folder),
            components.allSatisfy({ !$0.isEmpty && $0 != "." && !$0.contains("\0") })
        else { throw WorkspaceError.notADraft(path: path) }
        self.path = path
    }

    /// The path under `drafts/` without the file's extension: `interpol` for `drafts/interpol.md`.
    public var stem: String {
        let inside = path.dropFirst(DraftPath.folder.count + 1)
        let name = inside.split(separator: "/").last!
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(inside) }
        return String(inside[..<dot])
    }

    /// Where the draft's findings are kept: `annotations/<stem>.json`.
    public var annotationsPath: String { "annotations/\(stem).json" }

    /// The folder of the editors' decisions on the draft's findings: `decisions/<stem>`.
    public var decisionsFolder: String { "decisions/\(stem)" }

    /// The tag prefix of the draft's publications: `published/<stem>/`.
    public var publishedTagPrefix: String { "published/\(stem)/" }

    /// The path from the workspace root.
    public var description: String { path }

    /// Orders drafts by path.
    public static func < (lhs: DraftPath, rhs: DraftPath) -> Bool { lhs.path < rhs.path }
}
