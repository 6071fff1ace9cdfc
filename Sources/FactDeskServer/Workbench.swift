import Hummingbird
import Logging
import NIOCore

/// The local web workbench over one workspace: HTML pages to check, review and decide, and the
/// JSON API behind them, served with Hummingbird.
///
/// ```swift
/// let workbench = Workbench(configuration: try WorkbenchConfiguration(
///     workspace: root, catalog: try CheckerCatalog(BuiltinCheckers.all), factdeskVersion: "0.1.0"))
/// try await workbench.run { port in print("http://127.0.0.1:\(port)/") }
/// ```
public struct Workbench: Sendable {
    /// How it is served.
    public let configuration: WorkbenchConfiguration

    /// Creates a workbench.
    public init(configuration: WorkbenchConfiguration) {
        self.configuration = configuration
    }

    /// The router with every page and API route behind the security middleware: the access
    /// token (when set), the body limit, sessions with CSRF tokens, and security headers.
    public func router() -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        if let token = configuration.accessToken { router.add(middleware: AccessTokenMiddleware(token: token)) }
        router.add(middleware: BodyLimitMiddleware(limit: configuration.bodyLimit))
        let sessions = SessionStore()
        router.add(middleware: SessionMiddleware(sessions: sessions))
        let access = WorkspaceAccess(configuration: configuration)
        PageRoutes(access: access, asksEditorName: configuration.accessToken != nil).add(to: router)
        let body = RequestBodyReader(limit: configuration.bodyLimit)
        APIRoutes(access: access, body: body, sessions: sessions).add(to: router)
        FormRoutes(access: access, body: body, sessions: sessions).add(to: router)
        return router
    }

    /// The application serving the router on the configured host and port.
    /// - Parameter onServerRunning: called with the port bound once the server listens.
    public func application(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        var logger = Logger(label: "factdesk.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "FactDesk"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
            logger: logger)
    }

    /// Serves until the task is cancelled or the process gets SIGTERM or SIGINT, then shuts
    /// down gracefully.
    /// - Parameter onServerRunning: called with the port bound once the server listens.
    public func run(onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onServerRunning: onServerRunning).runService()
    }
}
