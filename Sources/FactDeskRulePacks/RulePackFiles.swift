import FactDeskReference
import Foundation

/// The pack files among paths: files as given, and the `.yml` / `.yaml` files of folders
/// (not their subfolders), in name order.
enum RulePackFiles {
    static func list(_ paths: [String]) throws -> [String] {
        let manager = FileManager.default
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw RulePackError([
                    ReferenceDiagnostic("rule pack not found", at: SourceLocation(file: path, line: 1, column: 1))
                ])
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            files += names.filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }
}
