import CLibGit2
import Foundation

/// Process-wide libgit2 set-up.
enum Libgit2 {
    /// Initialises libgit2 the first time it is read; Swift runs a global's initialiser once.
    private static let initialization: Int32 = git_libgit2_init()

    /// Makes sure `git_libgit2_init` has run. Every entry point that opens or creates a
    /// repository calls it; libgit2 is never shut down, as the process may use it until exit.
    static func ensureInitialized() {
        _ = initialization
    }
}

extension String {
    /// Copies a C string that libgit2 owns, or `nil` for a null pointer.
    init?(libgit2 pointer: UnsafePointer<CChar>?) {
        guard let pointer else { return nil }
        self.init(cString: pointer)
    }
}

/// Calls `body` with a `git_strarray` of `strings`, valid only during the call.
func withStrArray<Result>(
    _ strings: [String], _ body: (UnsafeMutablePointer<git_strarray>) throws -> Result
) rethrows -> Result {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    var pointers = copies
    return try pointers.withUnsafeMutableBufferPointer { buffer in
        var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
        return try body(&array)
    }
}

extension git_strarray {
    /// The strings, copied.
    var copiedStrings: [String] {
        (0..<count).compactMap { String(libgit2: strings[$0]) }
    }
}
