import Hummingbird

/// What the workbench knows about a request beyond the request itself: the CSRF token of the
/// browser session it belongs to, set by ``SessionMiddleware``.
public struct WorkbenchContext: RequestContext {
    /// Hummingbird's own per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The session's CSRF token, which pages embed and state-changing requests must send back.
    public var csrfToken: String?
    /// The browser session's id (its cookie's value), once ``SessionMiddleware`` knows it.
    public var sessionID: String?
    /// The display name the session's editor gave, which signs their decisions.
    public var editorName: String?

    /// Creates the context of a new request.
    public init(source: Source) {
        coreContext = CoreRequestContextStorage(source: source)
    }
}
