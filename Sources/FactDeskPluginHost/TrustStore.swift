import Foundation

/// The plugins an editor trusts on this machine, kept in the user's own configuration —
/// `$XDG_CONFIG_HOME/factdesk/trust.json`, by default `~/.config/factdesk/trust.json` — and never
/// in a workspace, which comes from other people through git.
///
/// Each entry names a workspace (its root folder's absolute path), a plugin id and the
/// ``PluginFingerprint`` trusted. A plugin runs only when its fingerprint now is the one trusted.
public struct TrustStore: Sendable {
    /// The trust file.
    public let file: URL

    /// A store kept in a given file.
    public init(file: URL) {
        self.file = file
    }

    /// The store of the user running FactDesk, from `XDG_CONFIG_HOME` or else `HOME`.
    public static func user(environment: [String: String] = ProcessInfo.processInfo.environment) -> TrustStore {
        let configuration: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            configuration = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home =
                environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            configuration = home.appendingPathComponent(".config", isDirectory: true)
        }
        return TrustStore(file: configuration.appendingPathComponent("factdesk/trust.json"))
    }

    /// Whether a declared plugin may run.
    /// - Throws: ``TrustStoreError`` when the trust file exists but cannot be read.
    public func status(of declaration: PluginDeclaration) throws -> TrustStatus {
        guard let entry = try entries().first(where: { $0.matches(declaration) }) else { return .untrusted }
        let current: PluginFingerprint
        do {
            current = try PluginFingerprint.of(declaration)
        } catch {
            return .unavailable(error)
        }
        return current == entry.fingerprint ? .trusted(current) : .changed
    }

    /// Trusts a declared plugin as it is now, replacing what was trusted before for it.
    /// - Returns: the fingerprint trusted.
    /// - Throws: ``PluginError`` when its executable cannot be found or read; ``TrustStoreError``
    ///   when the trust file cannot be read or written, or lies inside the workspace.
    @discardableResult
    public func trust(_ declaration: PluginDeclaration) throws -> PluginFingerprint {
        let workspace = TrustEntry.key(declaration.workspace)
        let location = file.standardizedFileURL.resolvingSymlinksInPath().path
        if location.hasPrefix(workspace + "/") { throw TrustStoreError.insideWorkspace(file.path) }
        let fingerprint = try PluginFingerprint.of(declaration)
        var entries = try entries().filter { !$0.matches(declaration) }
        entries.append(TrustEntry(workspace: workspace, id: declaration.id, fingerprint: fingerprint))
        try write(entries)
        return fingerprint
    }

    /// Stops trusting a declared plugin.
    /// - Returns: whether it was trusted.
    @discardableResult
    public func revoke(_ declaration: PluginDeclaration) throws -> Bool {
        let entries = try entries()
        let kept = entries.filter { !$0.matches(declaration) }
        guard kept.count < entries.count else { return false }
        try write(kept)
        return true
    }

    /// Every entry of the file; none when there is no file yet.
    public func entries() throws -> [TrustEntry] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        do {
            let data = try Data(contentsOf: file)
            let contents = try JSONDecoder().decode(TrustFile.self, from: data)
            guard contents.schema == TrustFile.schemaID else {
                throw TrustStoreError.unreadable(file.path, "expected schema \(TrustFile.schemaID)")
            }
            return contents.plugins
        } catch let error as TrustStoreError {
            throw error
        } catch {
            throw TrustStoreError.unreadable(file.path, DecodingProblem.describe(error).english)
        }
    }

    private func write(_ entries: [TrustEntry]) throws {
        let sorted = entries.sorted { ($0.workspace, $0.id) < ($1.workspace, $1.id) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            var data = try encoder.encode(TrustFile(schema: TrustFile.schemaID, plugins: sorted))
            data.append(UInt8(ascii: "\n"))
            try data.write(to: file, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        } catch {
            throw TrustStoreError.unwritable(file.path, error.localizedDescription)
        }
    }
}

/// Whether a declared plugin may run on this machine.
public enum TrustStatus: Equatable, Sendable {
    /// Trusted as it is now.
    case trusted(PluginFingerprint)
    /// Never trusted here.
    case untrusted
    /// Trusted once, but its command, arguments or files have changed since.
    case changed
    /// Trusted once, but its executable cannot be run as it is now (gone, or no longer
    /// executable): trusting it again would not help, the error says what would.
    case unavailable(PluginError)

    /// `trusted`, `untrusted`, `changed` or `unavailable`.
    public var word: String {
        switch self {
        case .trusted: "trusted"
        case .untrusted: "untrusted"
        case .changed: "changed"
        case .unavailable: "unavailable"
        }
    }
}

/// One trusted plugin in the trust file.
public struct TrustEntry: Codable, Hashable, Sendable {
    /// The workspace root's absolute path, symbolic links resolved.
    public var workspace: String
    /// The plugin's id.
    public var id: String
    /// What was trusted.
    public var fingerprint: PluginFingerprint

    /// Whether the entry is about this declared plugin (whatever its fingerprint).
    func matches(_ declaration: PluginDeclaration) -> Bool {
        workspace == Self.key(declaration.workspace) && id == declaration.id
    }

    /// A workspace's key: its absolute path with symbolic links resolved.
    static func key(_ workspace: URL) -> String {
        workspace.standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// The trust file's content.
struct TrustFile: Codable {
    static let schemaID = "factdesk.trust/1"
    var schema: String
    var plugins: [TrustEntry]
}

/// Why the trust file could not be used.
public enum TrustStoreError: Error, Equatable, CustomStringConvertible {
    /// It exists but is not a trust file.
    case unreadable(String, String)
    /// It could not be written.
    case unwritable(String, String)
    /// It would be written inside the workspace, which others share through git.
    case insideWorkspace(String)

    /// The file and the reason, in one line.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the trust file: \(reason)"
        case .unwritable(let path, let reason): "\(path): cannot write the trust file: \(reason)"
        case .insideWorkspace(let path):
            "\(path): refusing to keep trust inside the workspace; set XDG_CONFIG_HOME to a folder of your own"
        }
    }
}
