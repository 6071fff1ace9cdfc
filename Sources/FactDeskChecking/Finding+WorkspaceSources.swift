import FactDeskKit
import Foundation

extension Finding {
    /// The finding with each evidence source that names a file of the workspace (reference data,
    /// `path:line:column`) named from the workspace's root instead of from the folder the check
    /// ran in, so that a revision records the same annotations wherever `check` or the web
    /// workbench runs. Other sources (web addresses, files outside the workspace) stay as they are.
    /// - Parameters:
    ///   - root: the workspace's root folder.
    ///   - currentFolder: the folder relative sources were written from.
    func citingWorkspaceFiles(root: URL, currentFolder: URL) -> Finding {
        var finding = self
        let rootPath = root.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        finding.evidence = evidence.map { item in
            guard let source = item.source, !source.contains("://") else { return item }
            let (path, position) = Self.splitPosition(source)
            let file = URL(fileURLWithPath: path, relativeTo: currentFolder).standardizedFileURL
                .resolvingSymlinksInPath().path
            guard file.hasPrefix(rootPath) else { return item }
            return Evidence(statement: item.statement, source: String(file.dropFirst(rootPath.count)) + position)
        }
        return finding
    }

    /// A source split into its path and its `:line` or `:line:column` suffix (kept as written).
    private static func splitPosition(_ source: String) -> (path: String, position: String) {
        var path = Substring(source)
        var position = ""
        for _ in 0..<2 {
            guard let colon = path.lastIndex(of: ":"), !path[path.index(after: colon)...].isEmpty,
                path[path.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber })
            else { break }
            position = String(path[colon...]) + position
            path = path[..<colon]
        }
        return (String(path), position)
    }
}
