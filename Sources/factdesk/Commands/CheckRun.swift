import FactDeskChecking
import FactDeskEngine
import FactDeskKit
import FactDeskReference
import Foundation

/// One `factdesk check` run inside a worker: read, check, commit, print.
struct CheckRun {
    let command: Check

    /// Runs the check and returns the exit status.
    func execute() async -> Int32 {
        let worker = WorkerEnvironment.current
        let catalog: CheckerCatalog
        let enabledRules: Set<String>
        do {
            let assembly = CheckerAssembly(drafts: command.namedFiles, trustsEveryPlugin: command.trustPlugins)
            let checkers = try assembly.checkers()
            let selected = command.checkers.isEmpty ? try assembly.defaultCheckerIDs(among: checkers) : command.checkers
            catalog = try CheckerCatalog(FaultInjection.apply(to: checkers)).selecting(selected)
            enabledRules = try catalog.rules(
                named: command.enabledRules + assembly.enabledRules().filter { rule in
                    catalog.descriptors.contains { rule.hasPrefix($0.id + "/") }
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
        for (index, (path, name)) in zip(command.files, command.namedFiles).enumerated() {
            do {
                let text = try reader.read(path)
                var document = command.draft.document(path: name, text: text)
                if let other = command.counterpart ?? CounterpartLookup.path(of: name, text: text) {
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
            reference = try CheckSetup.reference(given: command.references, drafts: command.namedFiles)
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
        } else {
            reports = await engine.check(drafts.map(\.document))
        }
        if !command.noCommit {
            let recorded = CheckRevisions(
                checkers: catalog.descriptors, references: command.references,
                factdeskVersion: FactDeskVersion.current, currentFolder: WorkspaceCommand.currentFolder
            ).record(reports)
            recorded.failures.forEach(Diagnostics.error)
            reports = recorded.reports
            inputFailed = inputFailed || !recorded.failures.isEmpty
        }
        do {
            let output = try CheckOutput(format: command.format, colour: worker.colour, checkers: catalog.descriptors)
                .render(reports)
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
