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
        let workspaceLanguage: Language?
        do {
            let chosen = try RunCheckers(
                drafts: namedFiles, trustsEveryPlugin: command.trustPlugins, checkers: command.checkers,
                enabling: command.enabledRules)
            (catalog, enabledRules, notices) = (chosen.catalog, chosen.enabledRules, chosen.notices)
            workspaceLanguage = chosen.workspaceLanguage
        } catch {
            return Diagnostics.usage("\(error)")
        }
        for reference in command.references where !FileManager.default.isReadableFile(atPath: reference) {
            return Diagnostics.usage("\(reference): reference data not found or not readable")
        }
        let checkDay: CalendarDate?
        do {
            checkDay = try CheckDay.current()
        } catch {
            return Diagnostics.usage("\(error)")
        }
        // A counterpart found by convention is read only when the run compares versions.
        let loader = DraftLoader(
            language: command.draft.lang.language ?? workspaceLanguage, published: command.draft.publicationDate,
            counterpart: command.counterpart,
            comparesVersions: catalog.descriptors.contains { $0.id == ParityChecker.id }, jobs: command.jobs)
        let loaded = loader.drafts(paths: files, names: namedFiles)
        var drafts = loaded.drafts
        let failures = loaded.failures
        CheckDay.apply(checkDay, to: &drafts)
        failures.forEach { Diagnostics.error($0.description) }
        // With no readable draft there is nothing to report: the one-line messages say it all.
        if drafts.isEmpty && !failures.isEmpty { return 2 }
        var inputFailed = !failures.isEmpty
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
        let share = ExtractionShare(drafts.map(\.document))
        var reports: [DocumentReport]
        if worker.sequential {
            let progress = WorkerProgress(path: worker.progressFile)
            reports = drafts.map { draft in
                engine.checkSequentially(
                    draft.document, sharing: share,
                    crashed: Set(worker.crashed.filter { $0.draft == draft.index }.map(\.checker)),
                    willRun: { progress.started(DraftChecker(draft: draft.index, checker: $0)) },
                    didRun: { progress.ended(DraftChecker(draft: draft.index, checker: $0)) })
            }
        } else if drafts.count == 1 {
            reports = [await engine.check(drafts[0].document)]
        } else {
            let progress = ProgressBar.make(total: drafts.count, textOutput: command.format == .text)
            reports = await DraftBatch(engine: engine, jobs: command.jobs, share: share).check(
                drafts.map(\.document), progress: progress)
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
                checkers: catalog.descriptors, cores: command.jobs
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
