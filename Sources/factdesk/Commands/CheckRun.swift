import FactDeskCheckers
import FactDeskChecking
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import FactDeskReport
import Foundation

/// One `factdesk check` run inside a worker: read, check, commit, print.
struct CheckRun {
    let command: Check

    /// Runs the check and returns the exit status.
    func execute() async -> Int32 {
        let worker = WorkerEnvironment.current
        let files: [String]
        do {
            files = try DraftDiscovery().drafts(for: command.files)
        } catch {
            return Diagnostics.usage("\(error)")
        }
        let namedFiles = command.named(files)
        let catalog: CheckerCatalog
        let enabledRules: Set<String>
        let notices: [RunNotice]
        do {
            let assembly = CheckerAssembly(drafts: namedFiles, trustsEveryPlugin: command.trustPlugins)
            let checkers = try assembly.checkers()
            let selected = command.checkers.isEmpty ? try assembly.defaultCheckerIDs(among: checkers) : command.checkers
            let chosen = try CheckerCatalog(FaultInjection.apply(to: checkers)).selecting(selected)
            (catalog, notices) = try PluginNotices.split(chosen)
            enabledRules = try chosen.rules(
                named: command.enabledRules + assembly.enabledRules().filter { rule in
                    chosen.descriptors.contains { rule.hasPrefix($0.id + "/") }
                })
        } catch {
            return Diagnostics.usage("\(error)")
        }
        for reference in command.references where !FileManager.default.isReadableFile(atPath: reference) {
            return Diagnostics.usage("\(reference): reference data not found or not readable")
        }
        var inputFailed = false
        var drafts: [(index: Int, document: Document)] = []
        let reader = DraftReader()
        // A counterpart found by convention is read only when the run compares versions.
        let comparesVersions = catalog.descriptors.contains { $0.id == ParityChecker.id }
        for (index, (path, name)) in zip(files, namedFiles).enumerated() {
            do {
                let text = try reader.read(path)
                var document = command.draft.document(path: name, text: text)
                let found = comparesVersions ? CounterpartLookup.path(of: name, text: text) : nil
                if let other = command.counterpart ?? found {
                    document.counterpart = Document(
                        path: other, text: try reader.read(other), published: command.draft.publicationDate)
                }
                drafts.append((index, document))
            } catch {
                Diagnostics.error(error.description)
                inputFailed = true
            }
        }
        let reference: ReferenceData?
        do {
            // The worker maps the snapshot itself: the supervisor never reads reference data.
            let snapshots = ReferenceSnapshots.userCache(version: FactDeskVersion.current)
            let notice: String?
            (reference, notice) = try CheckSetup.reference(
                given: command.references, drafts: namedFiles, snapshots: snapshots)
            notice.map(Diagnostics.error)
        } catch {
            ReferencePaths.report(error.diagnostics)
            return 2
        }
        let engine = CheckSetup.engine(catalog: catalog, reference: reference, enabledRules: enabledRules)
        var reports: [DocumentReport]
        if worker.sequential {
            let progress = WorkerProgress(path: worker.progressFile)
            reports = drafts.map { draft in
                engine.checkSequentially(
                    draft.document,
                    crashed: Set(worker.crashed.filter { $0.draft == draft.index }.map(\.checker)),
                    willRun: { progress.started(DraftChecker(draft: draft.index, checker: $0)) },
                    didRun: { progress.ended(DraftChecker(draft: draft.index, checker: $0)) })
            }
        } else if drafts.count == 1 {
            reports = [await engine.check(drafts[0].document)]
        } else {
            let progress = ProgressBar.make(total: drafts.count, textOutput: command.format == .text)
            reports = await DraftBatch(engine: engine, jobs: command.jobs).check(drafts.map(\.document), progress: progress)
            progress?.finish()
        }
        let revisions = CheckRevisions(
            checkers: catalog.descriptors, references: command.references,
            factdeskVersion: FactDeskVersion.current, currentFolder: WorkspaceCommand.currentFolder)
        // A decision recorded in the workspace holds on every path: committed or not.
        let decided = command.noCommit ? revisions.applyDecisions(to: reports) : revisions.record(reports)
        decided.failures.forEach(Diagnostics.error)
        reports = decided.reports
        inputFailed = inputFailed || !decided.failures.isEmpty
        if command.format == .text {
            notices.forEach { FileHandle.standardError.write(Data(($0.line + "\n").utf8)) }
        }
        do {
            let output = try CheckOutput(
                format: command.format, colour: worker.colour, showsDecided: command.showDecided,
                checkers: catalog.descriptors
            ).render(reports, notices: notices)
            FileHandle.standardOutput.write(Data(output.utf8))
        } catch {
            return Diagnostics.usage("cannot render the findings: \(error)")
        }
        if inputFailed { return 2 }
        return failsThreshold(reports) ? 1 : 0
    }

    /// Whether an open finding is at or above `--fail-on`.
    private func failsThreshold(_ reports: [DocumentReport]) -> Bool {
        guard let threshold = command.failOn.severity else { return false }
        return reports.contains { report in
            report.findings.contains { $0.status == .open && $0.severity >= threshold }
        }
    }
}

/// One-line messages on standard error.
enum Diagnostics {
    /// Prints `factdesk: message`.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("factdesk: \(message)\n".utf8))
    }

    /// Prints the message and returns exit status 2.
    static func usage(_ message: String) -> Int32 {
        error(message)
        return 2
    }
}
