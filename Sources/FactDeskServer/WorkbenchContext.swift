import Hummingbird

/// What the workbench knows about a request beyond the request itself: the CSRF token of the
/// browser session it belongs to, set by ``SessionMiddleware``.
public struct WorkbenchContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The session's CSRF token, which pages embed and state-changing requests must send back.
    public var csrfToken: String?

    /// Creates the context of a new request.
    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }
}
