import Hummingbird

/// Refuses every request that does not carry the workbench's access token (401), when one is
/// set: as `Authorization: Bearer TOKEN`, as the `factdesk_access` cookie, or once as
/// `?token=TOKEN` in a page's address, which sets that cookie so the browser keeps it.
struct AccessTokenMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    static let cookieName = "factdesk_access"

    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let bearer = request.headers[.authorization].flatMap { value in
            value.hasPrefix("Bearer ") ? String(value.dropFirst("Bearer ".count)) : nil
        }
        if let bearer, ConstantTime.equal(bearer, token) { return try await next(request, context) }
        if let cookie = request.cookies[Self.cookieName]?.value, ConstantTime.equal(cookie, token) {
            return try await next(request, context)
        }
        if let query = request.uri.queryParameters["token"], ConstantTime.equal(String(query), token) {
            var response = try await next(request, context)
            response.setCookie(
                Cookie(name: Self.cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        throw WorkbenchError(.unauthorized, "this workbench needs its access token (Authorization: Bearer TOKEN)")
    }
}

/// Comparison of secrets in time that does not depend on where they differ.
enum ConstantTime {
    /// Whether `lhs` and `rhs` are the same bytes.
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
