import CLibGit2
import Foundation

/// A git repository opened through libgit2.
///
/// The repository handle is owned by this object and freed when it goes. A repository must be
/// used from one thread at a time (libgit2's rule); it is not `Sendable`.
public final class Repository {
    let handle: Handle<RepositoryKind>
    var pointer: OpaquePointer { handle.pointer }

    /// Takes ownership of an opened repository and guards its object store against truncated
    /// loose objects, which libgit2 1.5 would otherwise read forever (see `shim.h`).
    private init(_ handle: Handle<RepositoryKind>) throws {
        self.handle = handle
        try check(factdesk_install_truncation_guard(handle.pointer), "factdesk_install_truncation_guard")
    }

    /// Creates an empty repository whose HEAD names `initialBranch`.
    /// - Parameters:
    ///   - url: the work tree folder (or, when `bare`, the repository folder); created if missing.
    ///   - bare: whether to create a repository without a work tree (a shared remote).
    ///   - initialBranch: the branch HEAD points at before the first commit.
    public static func create(at url: URL, bare: Bool = false, initialBranch: String = "main") throws -> Repository {
        Libgit2.ensureInitialized()
        var options = git_repository_init_options()
        try check(
            git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)),
            "git_repository_init_options_init")
        options.flags = GIT_REPOSITORY_INIT_MKPATH.rawValue | GIT_REPOSITORY_INIT_NO_REINIT.rawValue
        if bare { options.flags |= GIT_REPOSITORY_INIT_BARE.rawValue }
        let handle = try initialBranch.withCString { (branch) throws in
            options.initial_head = branch
            return try Handle<RepositoryKind>("git_repository_init_ext", path: url.path) {
                git_repository_init_ext(&$0, url.path, &options)
            }
        }
        return try Repository(handle)
    }

    /// Opens the repository at exactly `url` (a work tree, its `.git` folder, or a bare repository).
    public static func open(at url: URL) throws -> Repository {
        Libgit2.ensureInitialized()
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
        return try Repository(
            try Handle("git_repository_open_ext", path: url.path) {
                git_repository_open_ext(&$0, url.path, flags, nil)
            })
    }

    /// Finds and opens the repository holding `url`, walking up through its parent folders.
    /// - Returns: the repository, or `nil` when no folder above `url` is one.
    public static func discover(from url: URL) throws -> Repository? {
        Libgit2.ensureInitialized()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_repository_discover(&buffer, url.path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_repository_discover", path: url.path)
        let found = String(cString: buffer.ptr)
        return try open(at: URL(fileURLWithPath: found))
    }

    /// The `.git` folder (or the bare repository's folder).
    public var gitDirectory: URL {
        URL(fileURLWithPath: String(cString: git_repository_path(pointer)), isDirectory: true)
    }

    /// The work tree, or `nil` for a bare repository.
    public var workingDirectory: URL? {
        String(libgit2: git_repository_workdir(pointer)).map { URL(fileURLWithPath: $0, isDirectory: true) }
    }
}
