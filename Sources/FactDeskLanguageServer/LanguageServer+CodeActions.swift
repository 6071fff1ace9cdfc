import FactDeskKit
import Foundation

extension LanguageServer {
    /// For each finding in the range: one edit per suggestion, then "Dismiss with reason…" and
    /// "Accept" (for an open finding). None when the text changed since the last check.
    func codeActions(_ params: CodeActionParams) throws -> [CodeAction] {
        guard let document = documents[params.textDocument.uri], let lines = document.checkedLines else { return [] }
        let start = lines.offset(of: params.range.start, in: encoding)
        let end = lines.offset(of: params.range.end, in: encoding)
        let mapping = DiagnosticMapping(
            lines: lines, encoding: encoding, uri: document.uri, workspaceRoot: document.workspaceRoot)
        let touched = document.currentFindings.filter { finding in
            finding.status != .dismissed && finding.span.start <= end && start <= finding.span.end
        }
        return touched.flatMap { finding -> [CodeAction] in
            let diagnostic = mapping.diagnostic(for: finding)
            let arguments: [JSONValue] = [.string(document.uri), .string(finding.id)]
            var actions = finding.suggestions.enumerated().map { index, suggestion in
                CodeAction(
                    title: "Replace with « \(suggestion) »", kind: "quickfix", diagnostics: [diagnostic],
                    isPreferred: index == 0,
                    edit: WorkspaceEdit(changes: [
                        document.uri: [TextEdit(range: diagnostic.range, newText: suggestion)]
                    ]),
                    command: nil)
            }
            actions.append(
                CodeAction(
                    title: "Dismiss with reason… (\(finding.checker)/\(finding.rule))", kind: "quickfix",
                    diagnostics: [diagnostic],
                    isPreferred: nil, edit: nil,
                    command: Command(title: "Dismiss with reason…", command: CommandName.dismiss, arguments: arguments))
            )
            if finding.status == .open {
                actions.append(
                    CodeAction(
                        title: "Accept (\(finding.checker)/\(finding.rule))", kind: "quickfix",
                        diagnostics: [diagnostic],
                        isPreferred: nil, edit: nil,
                        command: Command(title: "Accept", command: CommandName.accept, arguments: arguments)))
            }
            return actions
        }
    }

    /// The reasons offered when a dismissal is asked without one.
    static let dismissalReasons = [
        "Checked: the text is right", "Quoted as the source wrote it", "Not a fact of this draft",
    ]

    /// Runs `factdesk.dismiss` or `factdesk.accept`: records the decision in the document's
    /// workspace as `factdesk dismiss` / `accept` do, answers with it, and checks the document again.
    func execute(_ params: ExecuteCommandParams, id: JSONValue) throws {
        let arguments = params.arguments ?? []
        guard params.command == CommandName.dismiss || params.command == CommandName.accept else {
            throw ResponseError.invalidParams("unknown command '\(params.command)'")
        }
        guard arguments.count >= 2, let uri = arguments[0].stringValue, let findingID = arguments[1].stringValue else {
            throw ResponseError.invalidParams("\(params.command) takes the document's URI and the finding's id")
        }
        guard let document = documents[uri] else { throw ResponseError.invalidParams("\(uri) is not open") }
        let given = arguments.count > 2 ? arguments[2].stringValue : nil
        if params.command == CommandName.accept {
            decide(.accepted, findingID, reason: given, in: document, id: id)
        } else if let given, !given.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            decide(.dismissed, findingID, reason: given, in: document, id: id)
        } else {
            let question = ShowMessageParams(
                type: 3, message: "Why is \(findingID) not a problem?",
                actions: Self.dismissalReasons.map(ShowMessageParams.Action.init))
            sendRequest("window/showMessageRequest", question) { answer in
                guard let reason = answer?["title"]?.stringValue else {
                    self.respond(id, JSONValue.null)
                    return
                }
                self.decide(.dismissed, findingID, reason: reason, in: document, id: id)
            }
        }
    }

    private func decide(
        _ status: Finding.Status, _ findingID: String, reason: String?, in document: OpenDocument, id: JSONValue
    ) {
        do {
            let decision = try DecisionRecorder(path: document.path).record(status, findingID, reason: reason)
            respond(id, decision)
            startCheck(document.uri)
        } catch {
            send(ErrorMessage(id: id, error: ResponseError(code: -32603, message: "\(error)")))
        }
    }
}
