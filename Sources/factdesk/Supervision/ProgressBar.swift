import Foundation

/// A one-line progress bar on standard error for a run over many drafts — drafts done,
/// findings so far, time left — drawn only when standard error is a terminal, redrawn at most
/// ten times a second, and wiped when the run ends.
final class ProgressBar: @unchecked Sendable {
    /// Runs over fewer drafts than this show no bar.
    static let minimumDrafts = 5

    private let total: Int
    private let started = Date()
    private let lock = NSLock()
    private var done = 0
    private var findings = 0
    private var drawn = Date.distantPast

    /// A bar for `total` drafts, or `nil` when none should be drawn: few drafts, output that is
    /// not text, or a standard error that is not a terminal.
    static func make(total: Int, textOutput: Bool) -> ProgressBar? {
        guard textOutput, total >= minimumDrafts, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressBar(total: total)
    }

    private init(total: Int) {
        self.total = total
    }

    /// Counts one draft done with its findings, and redraws.
    func advance(findings count: Int) {
        lock.withLock {
            done += 1
            findings += count
            let now = Date()
            guard done == total || now.timeIntervalSince(drawn) >= 0.1 else { return }
            drawn = now
            write("\r" + line(elapsed: now.timeIntervalSince(started)) + "\u{1B}[K")
        }
    }

    /// Wipes the bar, before the report is printed.
    func finish() {
        lock.withLock { write("\r\u{1B}[K") }
    }

    /// `[=========>          ] 480/1000 drafts, 37 findings, ETA 12s`.
    func line(elapsed: TimeInterval) -> String {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "=", count: max(0, filled - 1)) + (filled > 0 ? ">" : "")
            + String(repeating: " ", count: width - filled)
        let remaining = done == 0 ? 0 : elapsed / Double(done) * Double(total - done)
        return "[\(bar)] \(done)/\(total) drafts, \(findings) \(findings == 1 ? "finding" : "findings"), ETA \(Int(remaining.rounded(.up)))s"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
