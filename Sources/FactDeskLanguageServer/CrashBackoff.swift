/// Which checkers to leave out of a document's next check after they crashed the check worker,
/// with an exponential back-off: a checker that crashed once runs again at the next check; after
/// its n-th crash in a row on a document it sits out the next 2^(n-1) − 1 checks of it (1, 3,
/// 7, … up to ``maximumSkipped``), so one that traps on every run costs a restart of the worker
/// at the 1st, 2nd, 4th, 8th… check, never at each keystroke. A check it runs through clears its
/// record. While it sits out, the check reports it as one `checker-error` finding.
public struct CrashBackoff: Sendable {
    /// The most checks a crashing checker sits out in a row.
    public static let maximumSkipped = 63

    private struct Record: Sendable {
        /// Its crashes in a row on the document.
        var crashes: Int
        /// The checks it still sits out.
        var skipped: Int
    }

    /// Per document path, per checker id.
    private var records: [String: [String: Record]] = [:]

    /// An empty record: every checker runs.
    public init() {}

    /// The checkers to leave out of the check of `path` about to start; counts that check
    /// against their back-off.
    public mutating func sittingOut(check path: String) -> Set<String> {
        guard var checkers = records[path] else { return [] }
        var out: Set<String> = []
        for (checker, record) in checkers where record.skipped > 0 {
            checkers[checker]?.skipped = record.skipped - 1
            out.insert(checker)
        }
        records[path] = checkers
        return out
    }

    /// Records that `checker` crashed the worker while checking `path`.
    public mutating func crashed(_ checker: String, checking path: String) {
        let crashes = (records[path]?[checker]?.crashes ?? 0) + 1
        let skipped = min((1 << min(crashes - 1, 16)) - 1, Self.maximumSkipped)
        records[path, default: [:]][checker] = Record(crashes: crashes, skipped: skipped)
    }

    /// Records that a check of `path` ended, with the checkers of `leftOut` not run: the others
    /// ran through and their records are cleared.
    public mutating func completed(check path: String, leftOut: Set<String>) {
        guard let checkers = records[path] else { return }
        let remaining = checkers.filter { leftOut.contains($0.key) }
        records[path] = remaining.isEmpty ? nil : remaining
    }
}
