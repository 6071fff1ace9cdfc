import FactDeskCheckers
import FactDeskChecking
import FactDeskEngine
import FactDeskKit
import Foundation

/// The language server's warm check worker: reads ``CheckWorkerRequest`` lines on standard
/// input and answers each with one ``CheckWorkerResponse`` line, checking the text as
/// `factdesk check --stdin-path PATH --no-commit` does. The checkers and reference data of each
/// workspace stay loaded between requests (``WorkspaceEngineCache``) and are loaded again when
/// their files change.
struct CheckWorkerLoop {
    /// Serves requests until standard input ends.
    func run() async {
        var cache = WorkspaceEngineCache()
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let response: CheckWorkerResponse
            do {
                let request = try decoder.decode(CheckWorkerRequest.self, from: Data(line.utf8))
                response = CheckWorkerResponse(findings: try await check(request, cache: &cache), error: nil)
            } catch {
                response = CheckWorkerResponse(findings: nil, error: "\(error)")
            }
            var data = (try? encoder.encode(response)) ?? Data(#"{"error":"cannot encode the findings"}"#.utf8)
            data.append(0x0A)
            try? FileHandle.standardOutput.write(contentsOf: data)
        }
    }

    private func check(_ request: CheckWorkerRequest, cache: inout WorkspaceEngineCache) async throws -> [Finding] {
        let loaded = try cache.engine(forDraft: request.path)
        let loader = DraftLoader(
            language: loaded.workspaceLanguage, published: nil, counterpart: nil,
            comparesVersions: loaded.catalog.descriptors.contains { $0.id == ParityChecker.id })
        let document = try loader.withCounterpart(loader.load(text: request.text, name: request.path))
        let crashed = Set(request.crashed)
        let report: DocumentReport
        if let progressFile = request.progressFile {
            let progress = WorkerProgress(path: progressFile)
            report = loaded.engine.checkSequentially(
                document, crashed: crashed,
                willRun: { progress.started(DraftChecker(draft: 0, checker: $0)) },
                didRun: { progress.ended(DraftChecker(draft: 0, checker: $0)) })
        } else if !crashed.isEmpty {
            report = loaded.engine.checkSequentially(document, crashed: crashed)
        } else {
            report = await loaded.engine.check(document)
        }
        let revisions = CheckRevisions(
            checkers: loaded.catalog.descriptors, references: [], factdeskVersion: FactDeskVersion.current,
            currentFolder: WorkspaceCommand.currentFolder)
        let decided = revisions.applyDecisions(to: [report])
        if let failure = decided.failures.first { throw CheckWorkerFailure(reason: failure) }
        return decided.reports[0].findings
    }
}
