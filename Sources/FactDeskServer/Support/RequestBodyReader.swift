import Foundation
import Hummingbird

/// Reads request bodies, JSON or posted forms, refusing more than the workbench's limit (413)
/// and what is not the content expected (400).
struct RequestBodyReader: Sendable {
    let limit: Int

    /// The body decoded as `Value`.
    func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
        let buffer = try await bytes(of: request)
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch {
            throw WorkbenchError(.badRequest, "the body is not the JSON expected: \(Self.describe(error))")
        }
    }

    /// The body read as a posted form.
    /// - Throws: 415 when it is not one, 400 when it does not decode.
    func form(from request: Request) async throws -> FormBody {
        guard FormBody.isForm(request) else {
            throw WorkbenchError(.unsupportedMediaType, "send the form as \(FormBody.mediaType)")
        }
        guard let text = String(validating: try await bytes(of: request).readableBytesView, as: UTF8.self) else {
            throw WorkbenchError(.badRequest, "the form is not UTF-8")
        }
        return try FormBody(encoded: text)
    }

    /// The body's bytes, up to the limit.
    private func bytes(of request: Request) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WorkbenchError(.contentTooLarge, "the request body is over the \(limit)-byte limit")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        default: "not valid JSON"
        }
    }
}
