import Foundation

/// A few long-lived threads of its own for blocking work — libgit2 calls, waiting for the
/// workspace lock, running checkers — so that the Swift concurrency pool, which serves
/// requests, never waits.
///
/// Each thread keeps a value of its own between jobs (the workbench keeps an open workspace
/// there), made on first use and made again after a job fails, so a job never shares it with
/// another thread. The threads end when the pool is released.
final class BlockingPool<Resource>: @unchecked Sendable {
    private let queue = JobQueue<Resource>()

    /// Starts `threads` threads named `name`.
    init(name: String, threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [queue] in queue.serve() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    deinit {
        queue.stop()
    }

    /// Runs `body` on one of the pool's threads with that thread's resource, made by `make`
    /// when the thread has none, and returns its result.
    func run<Result: Sendable>(
        making make: @escaping @Sendable () throws -> Resource,
        _ body: @escaping @Sendable (Resource) throws -> Result
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            queue.add { resource in
                do {
                    let current = try resource ?? make()
                    resource = current
                    continuation.resume(returning: try body(current))
                } catch {
                    resource = nil
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}

/// The jobs waiting for a pool's threads.
private final class JobQueue<Resource>: @unchecked Sendable {
    typealias Job = (inout Resource?) -> Void

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var stopped = false

    func add(_ job: @escaping Job) {
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// Runs jobs one after the other until the queue is stopped and empty.
    func serve() {
        var resource: Resource?
        while let job = next() { job(&resource) }
    }

    private func next() -> Job? {
        condition.withLock {
            while jobs.isEmpty && !stopped { condition.wait() }
            return jobs.isEmpty ? nil : jobs.removeFirst()
        }
    }
}
