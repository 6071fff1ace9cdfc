import Foundation
import HTTPTypes
import Hummingbird

/// Gives each browser a session (an HttpOnly, SameSite=Strict cookie) with its own CSRF token,
/// and refuses a state-changing request (any method but GET and HEAD) of an unknown session, or
/// whose `X-CSRF-Token` header does not carry its session's token (403) — unless it is a form
/// the browser posts from one of the workbench's own pages (script off): `Origin` names this
/// server.
///
/// A page embeds the token for its script; API clients get it from `GET /api/session`. Another
/// site can neither read the token nor make a browser send the header; its forms come with its
/// own `Origin` and without the SameSite cookie. So it cannot make a browser dismiss, accept or
/// check anything.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WorkbenchContext
    static let cookieName = "factdesk_session"
    static let headerName = HTTPField.Name("X-CSRF-Token")!

    let sessions: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let sessionID = request.cookies[Self.cookieName]?.value
        let existing = sessionID.flatMap { sessions.token(of: $0) }
        if existing != nil, let sessionID {
            context.sessionID = sessionID
            context.editorName = sessions.name(of: sessionID)
        }
        if request.method == .get || request.method == .head {
            if let existing {
                context.csrfToken = existing
                return try await next(request, context)
            }
            let session = sessions.open()
            context.csrfToken = session.token
            context.sessionID = session.id
            var response = try await next(request, context)
            response.setCookie(
                Cookie(name: Self.cookieName, value: session.id, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        guard let existing, Self.carriesToken(existing, request) || Self.isOwnPageForm(request) else {
            throw WorkbenchError(
                .forbidden,
                "missing or wrong CSRF token: send the session cookie and its token in X-CSRF-Token (GET /api/session)")
        }
        context.csrfToken = existing
        return try await next(request, context)
    }
}

extension SessionMiddleware {
    /// Whether the request's `X-CSRF-Token` is the session's token.
    static func carriesToken(_ token: String, _ request: Request) -> Bool {
        guard let sent = request.headers[headerName] else { return false }
        return ConstantTime.equal(sent, token)
    }

    /// Whether the request is a form a browser posted from a page of this server: a form body
    /// whose `Origin` is `http(s)://` this request's own host and port.
    static func isOwnPageForm(_ request: Request) -> Bool {
        guard FormBody.isForm(request), let origin = request.headers[.origin], let authority = request.head.authority
        else { return false }
        return origin == "http://" + authority || origin == "https://" + authority
    }
}

/// The open sessions and their CSRF tokens, in memory; the oldest are forgotten past a bound.
final class SessionStore: @unchecked Sendable {
    /// A new session: its cookie value and its CSRF token.
    struct Session {
        let id: String
        let token: String
    }

    private let lock = NSLock()
    private var tokens: [String: String] = [:]
    private var names: [String: String] = [:]
    private var order: [String] = []
    private let capacity: Int

    init(capacity: Int = 10_000) {
        self.capacity = capacity
    }

    /// The CSRF token of a session, or `nil` when it is unknown.
    func token(of session: String) -> String? {
        lock.withLock { tokens[session] }
    }

    /// The display name the editor of a session gave, if any.
    func name(of session: String) -> String? {
        lock.withLock { names[session] }
    }

    /// Keeps the display name the editor of a session gives, for signing their decisions.
    func setName(_ name: String, of session: String) {
        lock.withLock {
            if tokens[session] != nil { names[session] = name }
        }
    }

    /// Opens a session with a fresh token.
    func open() -> Session {
        let session = Session(id: Self.randomHex(), token: Self.randomHex())
        lock.withLock {
            tokens[session.id] = session.token
            order.append(session.id)
            if order.count > capacity {
                let forgotten = order.prefix(order.count - capacity)
                forgotten.forEach {
                    tokens[$0] = nil
                    names[$0] = nil
                }
                order.removeFirst(forgotten.count)
            }
        }
        return session
    }

    /// 32 random bytes from the system's secure generator, in hex.
    private static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
