import Foundation

/// The file a sequential worker writes before and after each checker, read after a crash.
///
/// Lines are `start <draft> <checker>` and `end <draft> <checker>`; a crash inside a checker
/// leaves a `start` line last.
struct WorkerProgress {
    private let handle: FileHandle?

    /// Opens the progress file for appending; with no file, recording does nothing.
    init(path: String) {
        handle = path.isEmpty ? nil : FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
    }

    /// Records that a checker starts on a draft.
    func started(_ pair: DraftChecker) { write("start \(pair.draft) \(pair.checker)\n") }

    /// Records that a checker finished on a draft.
    func ended(_ pair: DraftChecker) { write("end \(pair.draft) \(pair.checker)\n") }

    private func write(_ line: String) {
        try? handle?.write(contentsOf: Data(line.utf8))
    }

    /// The checker that was running when the worker died, if it died inside one.
    static func runningChecker(in file: URL) -> DraftChecker? {
        guard let text = try? String(contentsOf: file, encoding: .utf8),
            let last = text.split(separator: "\n").last
        else { return nil }
        let fields = last.split(separator: " ", maxSplits: 2)
        guard fields.count == 3, fields[0] == "start", let draft = Int(fields[1]) else { return nil }
        return DraftChecker(draft: draft, checker: String(fields[2]))
    }
}
