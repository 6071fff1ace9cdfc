import FactDeskCheckers
import FactDeskChecking
import FactDeskEngine
import FactDeskKit
import Foundation

/// The language server's warm check worker: reads ``CheckWorkerRequest`` lines on standard
/// input and answers each with one ``CheckWorkerResponse`` line, checking the text as
/// `factdesk check --stdin-path PATH --no-commit` does. The checkers and reference data of each
/// workspace stay loaded between requests (``WorkspaceEngineCache``) and are loaded again when
/// their files change. The findings of the paragraph-local rules of each draft's paragraphs are
/// kept too (``ParagraphMemo``), and those rules run again only on the paragraphs that changed,
/// unless `FACTDESK_LSP_FULL_CHECK=1` asks for every rule on the whole draft at each check.
struct CheckWorkerLoop {
    /// The variable that turns the paragraph memo off, to compare with full checks.
    static let fullCheckVariable = "FACTDESK_LSP_FULL_CHECK"

    /// Each draft's paragraph memo, with the build of the engine that filled it.
    private struct Memo {
        let build: Int
        var memo: ParagraphMemo
    }

    private let checksWholeDrafts = ProcessInfo.processInfo.environment[Self.fullCheckVariable] == "1"

    /// Serves requests until standard input ends.
    func run() async {
        var cache = WorkspaceEngineCache()
        var memos: [String: Memo] = [:]
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let response: CheckWorkerResponse
            do {
                let request = try decoder.decode(CheckWorkerRequest.self, from: Data(line.utf8))
                response = CheckWorkerResponse(
                    findings: try await check(request, cache: &cache, memos: &memos), error: nil)
            } catch {
                response = CheckWorkerResponse(findings: nil, error: "\(error)")
            }
            var data = (try? encoder.encode(response)) ?? Data(#"{"error":"cannot encode the findings"}"#.utf8)
            data.append(0x0A)
            try? FileHandle.standardOutput.write(contentsOf: data)
        }
    }

    private func check(_ request: CheckWorkerRequest, cache: inout WorkspaceEngineCache, memos: inout [String: Memo])
        async throws -> [Finding]
    {
        let loaded = try cache.engine(forDraft: request.path)
        let loader = DraftLoader(
            language: loaded.workspaceLanguage, published: nil, counterpart: nil,
            comparesVersions: loaded.catalog.descriptors.contains { $0.id == ParityChecker.id })
        var document = try loader.withCounterpart(loader.load(text: request.text, name: request.path))
        CheckDay.apply(try CheckDay.current(), to: &document)
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
        } else if checksWholeDrafts {
            report = await loaded.engine.check(document)
        } else {
            var memo = memos[request.path].flatMap { $0.build == loaded.build ? $0.memo : nil } ?? ParagraphMemo()
            report = await loaded.engine.check(document, reusing: &memo)
            memos[request.path] = Memo(build: loaded.build, memo: memo)
        }
        let revisions = CheckRevisions(
            checkers: loaded.catalog.descriptors, references: [], factdeskVersion: FactDeskVersion.current,
            currentFolder: WorkspaceCommand.currentFolder)
        let decided = revisions.applyDecisions(to: [report])
        if let failure = decided.failures.first { throw CheckWorkerFailure(reason: failure) }
        return decided.reports[0].findings
    }
}
