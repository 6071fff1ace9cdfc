import FactDeskKit
import Foundation

/// A FactDesk language server: LSP 3.17 over a ``MessageTransport``, for Markdown and plain text.
///
/// Every message is handled on one serial queue, which owns the server's state; checks run on a
/// queue of their own through ``DraftChecking``, one at a time, and their results come back to
/// the state queue, where a result is published only if the document has not changed since.
public final class LanguageServer: @unchecked Sendable {
    /// The commands the server runs (`workspace/executeCommand`).
    public enum CommandName {
        /// Arguments: the document URI, the finding id, and optionally the reason (else asked).
        public static let dismiss = "factdesk.dismiss"
        /// Arguments: the document URI, the finding id, and optionally a note.
        public static let accept = "factdesk.accept"
    }

    let transport: MessageTransport
    let checking: any DraftChecking
    let version: String
    let queue = DispatchQueue(label: "factdesk.lsp.state")
    let checkQueue = DispatchQueue(label: "factdesk.lsp.check")

    // State, owned by `queue`.
    var encoding = PositionEncoding.utf16
    var documents: [String: OpenDocument] = [:]
    var settings = ServerSettings()
    private var initialized = false
    private var shutdownRequested = false
    private var exitStatus: Int32?
    private var nextRequestID = 1
    private var pendingReplies: [Int: (JSONValue?) -> Void] = [:]
    var lastError: String?
    var clientWatchesFiles = false

    /// A server answering on `transport`, checking through `checking`.
    /// - Parameter version: FactDesk's version, for `serverInfo`.
    public init(transport: MessageTransport, checking: any DraftChecking, version: String) {
        self.transport = transport
        self.checking = checking
        self.version = version
    }

    /// Serves until the client sends `exit` or closes the input.
    /// - Returns: the exit status: 0 after `shutdown` then `exit`, 1 otherwise, as LSP asks.
    /// - Throws: ``FramingError`` when the input is not framed as LSP frames messages.
    public func run() throws -> Int32 {
        while let body = try transport.read() {
            let status = queue.sync {
                handle(body)
                return exitStatus
            }
            if let status { return status }
        }
        return queue.sync { shutdownRequested ? 0 : 1 }
    }

    // MARK: - Dispatch

    private func handle(_ body: Data) {
        guard let message = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            send(ErrorMessage(id: .null, error: ResponseError(code: -32700, message: "the message is not JSON")))
            return
        }
        let id = message["id"]
        guard let method = message["method"]?.stringValue else {
            if let id, let number = id.numberValue, let reply = pendingReplies.removeValue(forKey: Int(number)) {
                reply(message["error"] == nil ? (message["result"] ?? .null) : nil)
            }
            return
        }
        let params = message["params"] ?? .null
        guard let id else {
            notification(method, params)
            return
        }
        do {
            guard method == "initialize" || initialized else { throw ResponseError.serverNotInitialized }
            guard !shutdownRequested else { throw ResponseError.shutDown }
            try request(method, params, id: id)
        } catch let error as ResponseError {
            send(ErrorMessage(id: id, error: error))
        } catch {
            send(ErrorMessage(id: id, error: .invalidParams("\(method): \(error)")))
        }
    }

    private func request(_ method: String, _ params: JSONValue, id: JSONValue) throws {
        switch method {
        case "initialize": respond(id, initialize(params))
        case "shutdown":
            shutdownRequested = true
            respond(id, JSONValue.null)
        case "textDocument/codeAction": respond(id, try codeActions(params.decode(CodeActionParams.self)))
        case "textDocument/hover":
            respond(id, try hover(params.decode(PositionParams.self)).map(JSONValue.init(encoding:)) ?? .null)
        case "workspace/executeCommand": try execute(params.decode(ExecuteCommandParams.self), id: id)
        default: throw ResponseError(code: -32601, message: "method not found: \(method)")
        }
    }

    private func notification(_ method: String, _ params: JSONValue) {
        if method == "exit" {
            exitStatus = shutdownRequested ? 0 : 1
            return
        }
        guard initialized else { return }
        do {
            switch method {
            case "initialized": registerFileWatchers()
            case "textDocument/didOpen": open(try params.decode(DidOpenParams.self))
            case "textDocument/didChange": change(try params.decode(DidChangeParams.self))
            case "textDocument/didClose": close(try params.decode(DocumentParams.self))
            case "textDocument/didSave": save(try params.decode(DocumentParams.self))
            case "workspace/didChangeConfiguration": settings.read(params["settings"])
            case "workspace/didChangeWatchedFiles": recheckAll()
            default: break
            }
        } catch {
            showMessage(type: 1, "factdesk: \(method): \(error)")
        }
    }

    // MARK: - Lifecycle

    private func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        let offered = params["capabilities"]?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
        encoding = PositionEncoding.negotiated(offered: offered)
        settings.read(params["initializationOptions"])
        clientWatchesFiles =
            params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        let sync: JSONValue = .object([
            "openClose": .bool(true), "change": .number(2), "save": .object(["includeText": .bool(false)]),
        ])
        return .object([
            "capabilities": .object([
                "positionEncoding": .string(encoding.rawValue),
                "textDocumentSync": sync,
                "hoverProvider": .bool(true),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
                "executeCommandProvider": .object([
                    "commands": .array([.string(CommandName.dismiss), .string(CommandName.accept)])
                ]),
            ]),
            "serverInfo": .object(["name": .string("factdesk"), "version": .string(version)]),
        ])
    }

    /// Asks the client to report changes to reference data, rule packs and workspace settings,
    /// when it can register watchers (else the worker's stat check on each check sees them).
    private func registerFileWatchers() {
        guard clientWatchesFiles else { return }
        let globs = ["**/reference/**", "**/rules/**", "**/factdesk.yml"]
        let registration: JSONValue = .object([
            "registrations": .array([
                .object([
                    "id": .string("factdesk-watched-files"), "method": .string("workspace/didChangeWatchedFiles"),
                    "registerOptions": .object([
                        "watchers": .array(globs.map { .object(["globPattern": .string($0)]) })
                    ]),
                ])
            ])
        ])
        sendRequest("client/registerCapability", registration) { _ in }
    }

    // MARK: - Sending

    /// Sends a message to the client.
    func send(_ message: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(message) else { return }
        transport.write(data)
    }

    /// Answers a request.
    func respond(_ id: JSONValue, _ result: any Encodable) {
        send(ResultMessage(id: id, result: AnyEncodable(result)))
    }

    /// Sends a request to the client; `reply` gets its result, or `nil` when it answered an error.
    func sendRequest(_ method: String, _ params: some Encodable, reply: @escaping (JSONValue?) -> Void) {
        let id = nextRequestID
        nextRequestID += 1
        pendingReplies[id] = reply
        send(RequestMessage(id: id, method: method, params: params))
    }

    /// Shows a message in the editor (1 error, 2 warning, 3 info).
    func showMessage(type: Int, _ message: String) {
        send(
            NotificationMessage(
                method: "window/showMessage", params: ShowMessageParams(type: type, message: message, actions: nil)))
    }
}

/// The server's settings, from `initializationOptions` and `workspace/didChangeConfiguration`,
/// given as `{"factdesk": {"commitOnSave": true}}` or `{"factdesk.commitOnSave": true}`.
struct ServerSettings {
    /// Whether saving a draft of a workspace records a revision.
    var commitOnSave = false
    /// How long after the last change a document is checked.
    var debounce: TimeInterval = 0.3

    mutating func read(_ value: JSONValue?) {
        guard let value else { return }
        for scope in [value["factdesk"], value].compactMap({ $0 }) {
            if let flag = (scope["commitOnSave"] ?? value["factdesk.commitOnSave"])?.boolValue { commitOnSave = flag }
            if let milliseconds = (scope["debounceMilliseconds"] ?? value["factdesk.debounceMilliseconds"])?
                .numberValue,
                milliseconds >= 0
            {
                debounce = milliseconds / 1000
            }
        }
    }
}
