import Foundation
import Hummingbird

/// Reads JSON request bodies, refusing more than the workbench's limit (413) and what is not
/// the JSON expected (400).
struct RequestBodyReader: Sendable {
    let limit: Int

    /// The body decoded as `Value`.
    func decode<Value: Decodable>(_ type: Value.Type, from request: Request) async throws -> Value {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw WorkbenchError(.contentTooLarge, "the request body is over the \(limit)-byte limit")
        }
        do {
            return try JSONDecoder().decode(Value.self, from: Data(buffer.readableBytesView))
        } catch {
            throw WorkbenchError(.badRequest, "the body is not the JSON expected: \(Self.describe(error))")
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
