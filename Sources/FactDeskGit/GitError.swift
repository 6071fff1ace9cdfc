import CLibGit2

/// A libgit2 call that failed: which function, its return code, and `git_error_last()`'s message.
///
/// Built right after the failing call, on the same thread, since libgit2 keeps the last error
/// per thread.
public struct GitError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The libgit2 function that failed, e.g. `git_commit_create`.
    public let function: String
    /// libgit2's return code (`git_error_code`).
    public let code: Code
    /// The subsystem libgit2 reported the error in (`git_error_t`).
    public let category: Category
    /// libgit2's message, or a description of the code when libgit2 gave none.
    public let message: String
    /// The file or repository the call was about, when known.
    public let path: String?

    /// libgit2 return codes FactDesk tells apart.
    public enum Code: Sendable, Equatable {
        /// `GIT_ENOTFOUND`: no such object, reference or path.
        case notFound
        /// `GIT_EEXISTS`: the object or reference already exists.
        case exists
        /// `GIT_EAMBIGUOUS`: a short id matches several objects.
        case ambiguous
        /// `GIT_EUNBORNBRANCH`: HEAD names a branch with no commit yet.
        case unbornBranch
        /// `GIT_ENONFASTFORWARD`: the reference moved on the other side.
        case nonFastForward
        /// `GIT_ECONFLICT`: a checkout or merge would overwrite changes.
        case conflict
        /// `GIT_ELOCKED` or `GIT_EMODIFIED`: another process holds or changed the file or reference.
        case concurrentUpdate
        /// `GIT_EINVALIDSPEC`: a malformed revision or reference name.
        case invalidSpec
        /// Any other code.
        case other(Int32)

        init(_ rawValue: Int32) {
            switch rawValue {
            case GIT_ENOTFOUND.rawValue: self = .notFound
            case GIT_EEXISTS.rawValue: self = .exists
            case GIT_EAMBIGUOUS.rawValue: self = .ambiguous
            case GIT_EUNBORNBRANCH.rawValue: self = .unbornBranch
            case GIT_ENONFASTFORWARD.rawValue: self = .nonFastForward
            case GIT_ECONFLICT.rawValue, GIT_EMERGECONFLICT.rawValue: self = .conflict
            case GIT_ELOCKED.rawValue, GIT_EMODIFIED.rawValue: self = .concurrentUpdate
            case GIT_EINVALIDSPEC.rawValue: self = .invalidSpec
            default: self = .other(rawValue)
            }
        }
    }

    /// The libgit2 subsystems FactDesk tells apart.
    public enum Category: Sendable, Equatable {
        /// The object database or decompression: usually a damaged or truncated object.
        case storage
        /// References.
        case reference
        /// The network or a remote.
        case network
        /// Anything else.
        case other(Int32)

        init(_ rawValue: Int32) {
            switch UInt32(bitPattern: rawValue) {
            case GIT_ERROR_ODB.rawValue, GIT_ERROR_ZLIB.rawValue, GIT_ERROR_OBJECT.rawValue: self = .storage
            case GIT_ERROR_REFERENCE.rawValue: self = .reference
            case GIT_ERROR_NET.rawValue, GIT_ERROR_SSH.rawValue, GIT_ERROR_HTTP.rawValue, GIT_ERROR_SSL.rawValue:
                self = .network
            default: self = .other(rawValue)
            }
        }
    }

    /// Reads `git_error_last()` for a call that returned `code`.
    init(function: String, code: Int32, path: String? = nil) {
        self.function = function
        self.code = Code(code)
        self.path = path
        if let last = git_error_last(), let text = String(libgit2: last.pointee.message) {
            self.message = text.trimmingTrailingNewlines
            self.category = Category(last.pointee.klass)
        } else {
            self.message = "error \(code)"
            self.category = .other(0)
        }
    }

    /// An error FactDeskGit raises itself, with no libgit2 error behind it.
    init(function: String, code: Code, message: String, path: String? = nil) {
        self.function = function
        self.code = code
        self.category = .other(0)
        self.message = message
        self.path = path
    }

    /// Whether the object store is damaged (a truncated or corrupt object).
    public var isCorruption: Bool { category == .storage && code != .notFound && code != .ambiguous }

    /// `function failed for path: message`.
    public var description: String {
        if let path { return "\(function) failed for \(path): \(message)" }
        return "\(function) failed: \(message)"
    }
}

/// Throws a ``GitError`` when a libgit2 call returned a negative code.
/// - Returns: the code, for calls whose non-negative result means something.
@discardableResult
func check(_ code: Int32, _ function: String, path: String? = nil) throws -> Int32 {
    guard code >= 0 else { throw GitError(function: function, code: code, path: path) }
    return code
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
