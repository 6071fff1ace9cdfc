import Hummingbird

/// Refuses a request whose declared body is over the limit with 413 before reading it; bodies
/// without a declared length are cut off at the limit where they are read (``RequestBodyReader``).
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext

    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw WorkbenchError(.contentTooLarge, "the request body is over the \(limit)-byte limit")
        }
        return try await next(request, context)
    }
}
