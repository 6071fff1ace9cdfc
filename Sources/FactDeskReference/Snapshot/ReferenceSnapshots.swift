import Foundation

/// Compiled snapshots of reference data in the user's cache folder, so that a check maps the
/// validated model and its name index instead of parsing and validating YAML again.
///
/// A snapshot is written after a successful load, named after the paths loaded (and the folder
/// they were named from) and recording the FactDesk version, the limits, and each source file's
/// path, size, modification time, identity and SHA-256. It is used only when all of that still
/// holds: a source file whose size, time or identity differs has its text hashed again, and a
/// snapshot with another version, another file list or a changed text is rebuilt. Its own
/// checksums catch a truncated or altered file. Nothing about a snapshot ever stops a check: one
/// that cannot be read or written is reported in one line and the data is read from the sources.
///
/// ```swift
/// let loaded = try ReferenceSnapshots(folder: cache, version: "0.1.0").load(["reference"])
/// ```
public struct ReferenceSnapshots: Sendable {
    /// The folder the snapshots are kept in.
    public let folder: String
    /// The FactDesk version: a snapshot of another version is never used.
    public let version: String
    /// The bounds on the sources, as ``ReferenceLoader`` applies them.
    public let limits: ReferenceLimits

    /// Snapshots kept in `folder` for a FactDesk version.
    public init(folder: String, version: String, limits: ReferenceLimits = .standard) {
        self.folder = folder
        self.version = version
        self.limits = limits
    }

    /// The user's cache: `$XDG_CACHE_HOME/factdesk`, else `$HOME/.cache/factdesk`; `nil` when
    /// neither variable is set to an absolute path.
    public static func userCache(
        version: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> ReferenceSnapshots? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return ReferenceSnapshots(folder: cache + "/factdesk", version: version)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return ReferenceSnapshots(folder: home + "/.cache/factdesk", version: version)
    }

    /// Reference data and how it was obtained.
    public struct Loaded: Sendable {
        /// Where the data came from.
        public enum Origin: Sendable, Equatable {
            /// A snapshot that was up to date.
            case snapshot
            /// The source files, parsed and validated.
            case sources
        }

        /// The data.
        public let data: ReferenceData
        /// Where it came from.
        public let origin: Origin
        /// The snapshot file of these paths.
        public let snapshotPath: String
        /// Whether a new snapshot was written.
        public let wroteSnapshot: Bool
        /// One line for the user when a snapshot was damaged, could not be written, or the
        /// sources changed while they were read; `nil` otherwise.
        public let notice: String?
    }

    /// The data under `paths` (as ``ReferenceLoader/load(_:)`` reads it), from an up-to-date
    /// snapshot when there is one, else from the sources, writing a snapshot for next time.
    ///
    /// - Throws: ``ReferenceError`` with every problem when the sources are read and are not
    ///   valid; a snapshot is never written for them.
    public func load(_ paths: [String]) throws(ReferenceError) -> Loaded {
        let path = snapshotPath(for: paths)
        let listed = currentSources(paths)
        var notice: String?
        if let listed {
            switch SnapshotFile.open(path, expected: header(paths, sources: listed)) {
            case .usable(let data):
                return Loaded(data: data, origin: .snapshot, snapshotPath: path, wroteSnapshot: false, notice: nil)
            case .absent, .outdated:
                break
            case .damaged(let reason):
                notice = "reference snapshot \(path) is damaged (\(reason)): read the sources again"
            }
        }
        var diagnostics: [ReferenceDiagnostic] = []
        let sources = ReferenceFile.readAll(paths, limits: limits, diagnostics: &diagnostics)
        let data = try ReferenceLoader(limits: limits).build(sources, diagnostics: diagnostics)
        let after = currentSources(paths)
        guard let listed, listed == after, listed.map(\.path) == sources.map(\.path) else {
            return Loaded(
                data: data, origin: .sources, snapshotPath: path, wroteSnapshot: false,
                notice: notice ?? "reference data changed while it was read: no snapshot written")
        }
        let now = Int(Date().timeIntervalSince1970 * 1e9)
        let stamps = zip(listed, sources).map { stamp, source in
            var stamp = stamp.settled(now: now)
            stamp.contentHash = SourceStamp.contentHash(of: source.text)
            return stamp
        }
        do {
            try SnapshotFile.write(SnapshotFile.encode(data, header: header(paths, sources: stamps)), to: path)
        } catch {
            return Loaded(
                data: data, origin: .sources, snapshotPath: path, wroteSnapshot: false,
                notice: notice ?? "cannot write reference snapshot \(path) (\(error.reason)): checked from the sources")
        }
        return Loaded(data: data, origin: .sources, snapshotPath: path, wroteSnapshot: true, notice: notice)
    }

    /// The snapshot file for `paths` named from the current folder: the SHA-256 of the folder,
    /// the paths and the limits.
    public func snapshotPath(for paths: [String]) -> String {
        var hash = SHA256()
        let input = ([FileManager.default.currentDirectoryPath] + paths + limits.values.map(String.init))
        hash.update(Array(input.joined(separator: "\u{0}").utf8))
        return folder + "/reference-" + String(hash.hexDigest().prefix(32)) + ".snapshot"
    }

    private func header(_ paths: [String], sources: [SourceStamp]) -> SnapshotHeader {
        SnapshotHeader(
            version: version, limits: limits, folder: FileManager.default.currentDirectoryPath, paths: paths,
            sources: sources)
    }

    /// The stamps of the files under `paths` now, in the order the loader reads them; `nil`
    /// when a path is missing or a file cannot be examined (the loader then reports it).
    private func currentSources(_ paths: [String]) -> [SourceStamp]? {
        var diagnostics: [ReferenceDiagnostic] = []
        let files = paths.flatMap { ReferenceFile.files(at: $0, diagnostics: &diagnostics) }
        guard diagnostics.isEmpty else { return nil }
        let stamps = files.compactMap(SourceStamp.current)
        return stamps.count == files.count ? stamps : nil
    }
}
