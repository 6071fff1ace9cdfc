import FactDeskReference
import FactDeskReport
import FactDeskWorkspace
import Foundation
import Hummingbird

/// A request the workbench refuses or cannot serve, with its status and a one-line message;
/// the API answers `{"error": message}`, the pages an HTML page saying it.
struct WorkbenchError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    var headers: HTTPFields { [:] }

    /// Runs `body`, turning workspace and reference-data errors into HTTP errors.
    static func mapping<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as WorkbenchError {
            throw error
        } catch let error as WorkspaceError {
            throw WorkbenchError(status(of: error), error.description)
        } catch let error as ReferenceError {
            throw WorkbenchError(
                .unprocessableContent,
                "the workspace's reference data does not load: "
                    + error.diagnostics.map(\.description).joined(separator: "; "))
        }
    }

    /// The status that tells a client what went wrong.
    private static func status(of error: WorkspaceError) -> HTTPResponse.Status {
        switch error {
        case .outsideWorkspace, .notADraft, .draftRequired: .badRequest
        case .missingDraft, .unknownFinding, .resolvedFinding, .unknownRevision, .draftNeverChecked: .notFound
        case .ambiguousFinding, .ambiguousShortID, .alreadyDecided, .locked, .branchMoved, .draftChangedSinceCheck, .annotationsClash, .detachedHead,
            .alreadyPublished, .mergeConflict, .localChangesInTheWay, .pushRejected, .refusedIncoming,
            .publishedTagConflict:
            .conflict
        case .notAWorkspace, .alreadyExists, .corrupted, .noAuthor, .noRemote, .fileError, .git: .internalServerError
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return try JSONResponse.make(["error": message], status: status)
        }
        let page = Layout(title: "\(status.code) \(status.reasonPhrase)", csrfToken: nil).render(
            "<h1>\(status.code) \(status.reasonPhrase.htmlEscaped)</h1>\n<p class=\"error\">\(message.htmlEscaped)</p>\n"
                + "<p><a href=\"/\">All drafts</a></p>\n")
        return HTMLResponse.make(page, status: status)
    }
}
