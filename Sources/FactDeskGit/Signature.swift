import CLibGit2
import Foundation

/// Who made a commit or tag, and when: git's author, committer and tagger lines.
public struct Signature: Hashable, Sendable {
    /// The person's name.
    public var name: String
    /// Their e-mail address.
    public var email: String
    /// When, to the second.
    public var time: Date
    /// Their time zone's offset from UTC, in minutes, as recorded with the time.
    public var timeZoneOffsetMinutes: Int

    /// Creates a signature.
    /// - Parameters:
    ///   - name: the person's name.
    ///   - email: their e-mail address.
    ///   - time: when (fractions of a second are dropped, as git stores whole seconds).
    ///   - timeZone: the time zone whose offset at `time` is recorded.
    public init(name: String, email: String, time: Date, timeZone: TimeZone = .current) {
        self.name = name
        self.email = email
        self.time = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        self.timeZoneOffsetMinutes = timeZone.secondsFromGMT(for: time) / 60
    }

    init(_ signature: UnsafePointer<git_signature>) {
        name = String(cString: signature.pointee.name)
        email = String(cString: signature.pointee.email)
        time = Date(timeIntervalSince1970: TimeInterval(signature.pointee.when.time))
        timeZoneOffsetMinutes = Int(signature.pointee.when.offset)
    }

    /// `Name <email>`, as git prints it.
    public var nameAndEmail: String { "\(name) <\(email)>" }

    /// Calls `body` with this signature as libgit2 takes it, freed after the call.
    func withSignature<Result>(_ body: (UnsafePointer<git_signature>) throws -> Result) throws -> Result {
        var signature: UnsafeMutablePointer<git_signature>?
        let code = git_signature_new(
            &signature, name, email, git_time_t(time.timeIntervalSince1970), Int32(timeZoneOffsetMinutes))
        try check(code, "git_signature_new", path: nameAndEmail)
        defer { git_signature_free(signature) }
        return try body(signature!)
    }
}

extension Repository {
    /// The identity git would use here: `user.name` and `user.email` from the repository's,
    /// the user's or the system's configuration, at the current time.
    /// - Returns: the signature, or `nil` when `user.name` or `user.email` is not set.
    public func defaultSignature() throws -> Signature? {
        var signature: UnsafeMutablePointer<git_signature>?
        let code = git_signature_default(&signature, pointer)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "git_signature_default")
        defer { git_signature_free(signature) }
        return Signature(signature!)
    }
}
