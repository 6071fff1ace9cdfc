import FactDeskEngine
import FactDeskKit

/// Checks many drafts on several workers at once: each worker reads one draft at a time and runs
/// its checkers one after another, so that `--jobs 1` is one core's work and `--jobs N` spreads
/// the drafts over N. Results come back in the order of the drafts.
struct DraftBatch {
    let engine: Engine
    /// How many drafts are checked at once, at least 1.
    let jobs: Int

    /// The report of each of `count` drafts, or why it could not be read, telling `progress` of
    /// each one done.
    /// - Parameter read: the document of the draft at an index.
    func check(
        count: Int, read: @escaping @Sendable (Int) throws(InputError) -> Document, progress: ProgressBar?
    ) async -> [Result<DocumentReport, InputError>] {
        await withTaskGroup(of: (Int, Result<DocumentReport, InputError>).self) { group in
            var next = 0
            func start() {
                let index = next
                group.addTask { [engine] in
                    do throws(InputError) {
                        return (index, .success(engine.checkSequentially(try read(index))))
                    } catch {
                        return (index, .failure(error))
                    }
                }
                next += 1
            }
            while next < min(max(1, jobs), count) { start() }
            var results = [Result<DocumentReport, InputError>?](repeating: nil, count: count)
            for await (index, result) in group {
                results[index] = result
                progress?.advance(findings: (try? result.get())?.findings.count ?? 0)
                if next < count { start() }
            }
            return results.map { $0! }
        }
    }
}
