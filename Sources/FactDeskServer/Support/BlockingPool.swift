import Foundation

/// A few threads of its own for blocking work — libgit2 calls, waiting for the workspace lock,
/// running checkers — so that the Swift concurrency pool, which serves requests, never waits.
final class BlockingPool: Sendable {
    private let queue: OperationQueue

    /// Creates a pool running at most `threads` jobs at once.
    init(name: String, threads: Int) {
        let queue = OperationQueue()
        queue.name = name
        queue.maxConcurrentOperationCount = threads
        self.queue = queue
    }

    /// Runs `body` on one of the pool's threads and returns its result.
    func run<Result: Sendable>(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation {
                continuation.resume(with: Swift.Result { try body() })
            }
        }
    }
}
