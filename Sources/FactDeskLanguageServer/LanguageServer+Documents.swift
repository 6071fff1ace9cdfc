import FactDeskKit
import Foundation

extension LanguageServer {
    func open(_ params: DidOpenParams) {
        let item = params.textDocument
        documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text)
        startCheck(item.uri)
    }

    /// Applies full or incremental changes, then checks after the debounce delay.
    func change(_ params: DidChangeParams) {
        guard var document = documents[params.textDocument.uri] else { return }
        for change in params.contentChanges {
            document.lines.replace(change.range, with: change.text, in: encoding)
        }
        document.version = params.textDocument.version ?? document.version + 1
        document.generation += 1
        let generation = document.generation
        documents[document.uri] = document
        let uri = document.uri
        guard settings.debounce > 0 else { return startCheck(uri) }
        queue.asyncAfter(deadline: .now() + settings.debounce) {
            guard self.documents[uri]?.generation == generation else { return }
            self.startCheck(uri)
        }
    }

    func close(_ params: DocumentParams) {
        let uri = params.textDocument.uri
        documents[uri] = nil
        send(
            NotificationMessage(
                method: "textDocument/publishDiagnostics",
                params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    }

    /// With `factdesk.commitOnSave`, records a revision of a saved draft of a workspace, then checks
    /// it again so that its diagnostics carry the workspace's view.
    func save(_ params: DocumentParams) {
        let uri = params.textDocument.uri
        guard settings.commitOnSave, let document = documents[uri], document.workspaceRoot != nil else { return }
        let path = document.path
        checkQueue.async {
            let failure: String?
            do {
                try self.checking.recordRevision(path: path)
                failure = nil
            } catch {
                failure = "\(error)"
            }
            self.queue.async {
                if let failure {
                    self.showMessage(type: 1, "factdesk: cannot record a revision of \(path): \(failure)")
                }
                self.startCheck(uri)
            }
        }
    }

    /// Checks every open document again: reference data, rule packs or settings changed.
    func recheckAll() {
        documents.keys.sorted().forEach(startCheck)
    }

    /// Checks a document now, or right after the check under way.
    func startCheck(_ uri: String) {
        guard var document = documents[uri] else { return }
        guard !document.isChecking else {
            documents[uri]?.needsRecheck = true
            return
        }
        document.isChecking = true
        documents[uri] = document
        let (path, lines, version) = (document.path, document.lines, document.version)
        checkQueue.async {
            let result = Result { try self.checking.findings(path: path, text: lines.text) }
            self.queue.async { self.finishCheck(uri, version: version, lines: lines, result: result) }
        }
    }

    private func finishCheck(_ uri: String, version: Int, lines: TextLines, result: Result<[Finding], any Error>) {
        guard var document = documents[uri] else { return }
        document.isChecking = false
        let again = document.needsRecheck
        document.needsRecheck = false
        switch result {
        case .success(let findings) where document.version == version:
            document.findings = findings
            document.checkedLines = lines
            document.checkedVersion = version
            documents[uri] = document
            lastError = nil
            publish(document)
        case .success:
            documents[uri] = document
        case .failure(let error):
            documents[uri] = document
            let message = "factdesk: cannot check \(document.path): \(error)"
            if message != lastError { showMessage(type: 1, message) }
            lastError = message
        }
        if again { startCheck(uri) }
    }

    private func publish(_ document: OpenDocument) {
        guard let lines = document.checkedLines else { return }
        let mapping = DiagnosticMapping(
            lines: lines, encoding: encoding, uri: document.uri, workspaceRoot: document.workspaceRoot)
        send(
            NotificationMessage(
                method: "textDocument/publishDiagnostics",
                params: PublishDiagnosticsParams(
                    uri: document.uri, version: document.checkedVersion,
                    diagnostics: mapping.diagnostics(for: document.findings))))
    }
}
