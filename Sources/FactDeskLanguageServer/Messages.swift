import Foundation

/// A JSON-RPC error answered to a request.
struct ResponseError: Error, Encodable, Sendable {
    /// The JSON-RPC or LSP error code.
    let code: Int
    /// What went wrong.
    let message: String

    static func invalidParams(_ message: String) -> ResponseError { ResponseError(code: -32602, message: message) }
    static let serverNotInitialized = ResponseError(code: -32002, message: "the server is not initialized")
    static let shutDown = ResponseError(code: -32600, message: "the server is shutting down")
}

/// Any encodable value, for results whose type depends on the method.
struct AnyEncodable: Encodable {
    let value: any Encodable

    init(_ value: any Encodable) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}

/// A notification, from the server to the client.
struct NotificationMessage<Parameters: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let method: String
    let params: Parameters
}

/// A request from the server to the client.
struct RequestMessage<Parameters: Encodable>: Encodable {
    let jsonrpc = "2.0"
    let id: Int
    let method: String
    let params: Parameters
}

/// A successful response to the client's request (`result` may be `null`).
struct ResultMessage: Encodable {
    let jsonrpc = "2.0"
    let id: JSONValue
    let result: AnyEncodable
}

/// An error response to the client's request.
struct ErrorMessage: Encodable {
    let jsonrpc = "2.0"
    let id: JSONValue
    let error: ResponseError
}

/// `textDocument/publishDiagnostics`.
struct PublishDiagnosticsParams: Encodable {
    let uri: String
    let version: Int?
    let diagnostics: [Diagnostic]
}

/// `window/showMessage` and `window/showMessageRequest`.
struct ShowMessageParams: Encodable {
    struct Action: Codable {
        let title: String
    }

    /// 1 error, 2 warning, 3 info, 4 log.
    let type: Int
    let message: String
    let actions: [Action]?
}
