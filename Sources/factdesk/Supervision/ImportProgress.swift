import FactDeskReference
import Foundation

/// A one-line progress line on standard error for a streaming import — entities read and kept,
/// how much of the dump is read — drawn only when standard error is a terminal, redrawn at most
/// ten times a second, and wiped at the end.
final class ImportProgress {
    private let fileBytes: Int
    private var drawn = Date.distantPast

    /// A progress line for a dump of `fileBytes`, or `nil` when standard error is not a terminal.
    static func make(fileBytes: Int) -> ImportProgress? {
        isatty(STDERR_FILENO) == 1 ? ImportProgress(fileBytes: fileBytes) : nil
    }

    private init(fileBytes: Int) {
        self.fileBytes = fileBytes
    }

    /// Redraws the line, at most ten times a second.
    func show(_ progress: WikidataDumpImport.Progress) {
        let now = Date()
        guard now.timeIntervalSince(drawn) >= 0.1 else { return }
        drawn = now
        let share = fileBytes > 0 ? " (\(min(100, 100 * progress.bytesRead / fileBytes)) % of the dump)" : ""
        let line = "\rread \(progress.read) entities, kept \(progress.kept), \(progress.files.count) files written\(share)"
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// Wipes the line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
