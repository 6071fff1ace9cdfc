import CLibGit2

extension Repository {
    /// The URL of a remote, or `nil` when no remote has that name.
    public func remoteURL(named name: String) throws -> String? {
        var remote: OpaquePointer?
        let code = git_remote_lookup(&remote, pointer, name)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_remote_lookup", path: name)
        let handle = Handle<RemoteKind>(owning: remote!)
        return String(libgit2: git_remote_url(handle.pointer))
    }

    /// Adds a remote with git's default fetch refspec, or changes its URL if it exists.
    /// - Parameters:
    ///   - name: the remote's name, e.g. `origin`.
    ///   - url: a path to a repository or any URL libgit2 supports.
    public func setRemote(named name: String, url: String) throws {
        if try remoteURL(named: name) != nil {
            try check(git_remote_set_url(pointer, name, url), "git_remote_set_url", path: url)
        } else {
            _ = try Handle<RemoteKind>("git_remote_create", path: url) { git_remote_create(&$0, pointer, name, url) }
        }
    }

    /// Downloads objects and updates the local references named by `refspecs`, and nothing
    /// else: the remote's configured refspecs are not applied on the side (no opportunistic
    /// update of remote-tracking branches) and `FETCH_HEAD` is not written, so a caller that
    /// fetches into a quarantine namespace knows exactly which references moved.
    /// - Parameters:
    ///   - name: the remote's name.
    ///   - refspecs: e.g. `refs/heads/main:refs/remotes/origin/main`; without a leading `+`, a
    ///     reference that would not fast-forward is left alone and the fetch fails.
    public func fetch(remote name: String, refspecs: [String]) throws {
        guard let url = try remoteURL(named: name) else {
            throw GitError(function: "git_remote_lookup", code: .notFound, message: "no remote named \(name)")
        }
        let remote = try Handle<RemoteKind>("git_remote_create_anonymous", path: url) {
            git_remote_create_anonymous(&$0, pointer, url)
        }
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        options.update_fetchhead = 0
        let code = withStrArray(refspecs) { git_remote_fetch(remote.pointer, $0, &options, "fetch") }
        try check(code, "git_remote_fetch", path: url)
    }

    /// Uploads the references named by `refspecs` to a remote.
    /// - Parameters:
    ///   - name: the remote's name.
    ///   - refspecs: e.g. `refs/heads/main:refs/heads/main`; without a leading `+`, the remote
    ///     refuses an update that is not a fast-forward.
    /// - Throws: a ``GitError`` with code `.nonFastForward` naming the reference the remote
    ///   refused, or the transport's error.
    public func push(remote name: String, refspecs: [String]) throws {
        let remote = try Handle<RemoteKind>("git_remote_lookup", path: name) { git_remote_lookup(&$0, pointer, name) }
        let url = String(libgit2: git_remote_url(remote.pointer))
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)), "git_push_options_init")
        let rejections = PushRejections()
        options.callbacks.payload = Unmanaged.passUnretained(rejections).toOpaque()
        options.callbacks.push_update_reference = { reference, status, payload in
            guard let status, let reference, let payload else { return 0 }
            let rejections = Unmanaged<PushRejections>.fromOpaque(payload).takeUnretainedValue()
            rejections.list.append("\(String(cString: reference)): \(String(cString: status))")
            return 0
        }
        let code = withExtendedLifetime(rejections) {
            withStrArray(refspecs) { git_remote_push(remote.pointer, $0, &options) }
        }
        try check(code, "git_remote_push", path: url)
        if !rejections.list.isEmpty {
            throw GitError(
                function: "git_remote_push", code: .nonFastForward,
                message: "the remote refused " + rejections.list.joined(separator: ", "), path: url)
        }
    }
}

/// The references a remote refused during one push, collected by libgit2's callback.
private final class PushRejections {
    var list: [String] = []
}
