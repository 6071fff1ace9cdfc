import Foundation

/// Finds the executable a plugin's `command` names.
public enum ExecutableLocator {
    /// The executable: a command with a slash is a path, relative to the workspace's root unless
    /// absolute; a bare name is looked up in `PATH`, as a shell would.
    /// - Parameters:
    ///   - declaration: the plugin as declared.
    ///   - environment: the environment whose `PATH` is searched.
    /// - Throws: ``PluginError/cannotStart(command:reason:)`` when there is no such executable.
    public static func locate(
        _ declaration: PluginDeclaration, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(PluginError) -> URL {
        let command = declaration.command
        let manager = FileManager.default
        if command.contains("/") {
            let url = declaration.resolve(command)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                throw .cannotStart(command: command, reason: .noSuchFile(url.path))
            }
            guard !isFolder.boolValue else {
                throw .cannotStart(command: command, reason: .folder(url.path))
            }
            guard isExecutableFile(url) else {
                throw .cannotStart(command: command, reason: .notExecutable(url.path))
            }
            return url
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let url = URL(fileURLWithPath: String(folder), isDirectory: true).appendingPathComponent(command)
            if isExecutableFile(url) { return url.standardizedFileURL }
        }
        throw .cannotStart(command: command, reason: .notInPath)
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}
