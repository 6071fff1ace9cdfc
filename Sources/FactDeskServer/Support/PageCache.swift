import Foundation

/// Rendered page bodies by the revision they show: a page drawn from the latest revision
/// stays right until HEAD moves, so views of a checked draft skip reading and rendering.
final class PageCache: @unchecked Sendable {
    private let lock = NSLock()
    private var pages: [String: String] = [:]
    private let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    /// The body rendered for `key` at `revision`, if any.
    func body(for key: String, at revision: String) -> String? {
        lock.withLock { pages[revision + "\0" + key] }
    }

    /// Keeps a body; past the capacity, everything older is forgotten.
    func store(_ body: String, for key: String, at revision: String) {
        lock.withLock {
            if pages.count >= capacity { pages.removeAll(keepingCapacity: true) }
            pages[revision + "\0" + key] = body
        }
    }
}
