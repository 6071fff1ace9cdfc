import FactDeskReference
import Foundation

/// What an editor trusts when trusting a plugin: the executable it runs, its arguments, and a
/// SHA-256 over both and over the content of the executable and of every argument that names a
/// file (a script given to an interpreter). Any change to them changes the fingerprint.
public struct PluginFingerprint: Codable, Hashable, Sendable {
    /// The executable's absolute path.
    public var command: String
    /// The arguments, as declared.
    public var arguments: [String]
    /// SHA-256, 64 lowercase hex digits.
    public var sha256: String

    /// Creates a fingerprint from its parts.
    public init(command: String, arguments: [String], sha256: String) {
        self.command = command
        self.arguments = arguments
        self.sha256 = sha256
    }

    /// The fingerprint of a declared plugin as it is on disk now.
    /// - Throws: ``PluginError/cannotStart(command:reason:)`` when its executable cannot be found
    ///   or read.
    public static func of(_ declaration: PluginDeclaration) throws(PluginError) -> PluginFingerprint {
        let executable = try ExecutableLocator.locate(declaration)
        var hash = SHA256()
        func field(_ label: String, _ bytes: Data) {
            hash.update(Data("\(label) \(bytes.count)\n".utf8))
            hash.update(bytes)
        }
        guard let content = FileManager.default.contents(atPath: executable.path) else {
            throw .cannotStart(command: declaration.command, reason: .unreadable(executable.path))
        }
        field("command", Data(executable.path.utf8))
        field("executable", content)
        for argument in declaration.arguments {
            field("argument", Data(argument.utf8))
            let file = declaration.resolve(argument)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue,
                let named = FileManager.default.contents(atPath: file.path)
            {
                field("file", named)
            }
        }
        return PluginFingerprint(command: executable.path, arguments: declaration.arguments, sha256: hash.hexDigest())
    }
}
