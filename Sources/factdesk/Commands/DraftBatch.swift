import FactDeskEngine
import FactDeskKit

/// Checks many drafts on several workers at once: each worker checks one draft at a time, its
/// checkers one after another, so that `--jobs 1` is one core's work and `--jobs N` spreads the
/// drafts over N. Reports come back in the order of the drafts.
struct DraftBatch {
    let engine: Engine
    /// How many drafts are checked at once, at least 1.
    let jobs: Int
    /// The extractions the drafts share (a draft that is another's counterpart).
    let share: ExtractionShare

    /// The reports of `documents`, telling `progress` of each one done.
    func check(_ documents: [Document], progress: ProgressBar?) async -> [DocumentReport] {
        await withTaskGroup(of: (Int, DocumentReport).self) { group in
            var next = 0
            func start() {
                let index = next
                let document = documents[index]
                group.addTask { [engine, share] in (index, engine.checkSequentially(document, sharing: share)) }
                next += 1
            }
            while next < min(max(1, jobs), documents.count) { start() }
            var reports = [DocumentReport?](repeating: nil, count: documents.count)
            for await (index, report) in group {
                reports[index] = report
                progress?.advance(findings: report.findings.count)
                if next < documents.count { start() }
            }
            return reports.map { $0! }
        }
    }
}
