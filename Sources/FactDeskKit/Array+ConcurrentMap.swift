import Foundation

extension Array where Element: Sendable {
    /// The elements transformed on up to `threads` threads at once, in their order: each thread
    /// takes every `threads`-th element, so `threads: 1` is one core's work.
    ///
    /// ```swift
    /// let lengths = drafts.concurrentMap(threads: 2) { $0.text.count }
    /// ```
    public func concurrentMap<Transformed: Sendable>(
        threads: Int, _ transform: @Sendable (Element) -> Transformed
    ) -> [Transformed] {
        let threads = Swift.max(1, Swift.min(threads, count))
        guard threads > 1 else { return map(transform) }
        let results = ConcurrentResults<Transformed>(count: count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in stride(from: thread, to: count, by: threads) { results.set(index, transform(self[index])) }
        }
        return results.values
    }
}

/// The results of a concurrent map, each written once by the thread its index falls to.
private final class ConcurrentResults<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Value?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { results[index] = value } }

    var values: [Value] { lock.withLock { results.map { $0! } } }
}
