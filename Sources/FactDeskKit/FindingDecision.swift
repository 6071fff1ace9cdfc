/// An editor's decision on a finding as reports show it: who decided, and why.
public struct FindingDecision: Codable, Hashable, Sendable {
    /// `dismissed` or `accepted`.
    public var status: Finding.Status
    /// The reason for a dismissal, or the note on an acceptance.
    public var reason: String?
    /// Who decided: `Name <email>`.
    public var author: String

    /// Creates a decision as reports show it.
    public init(status: Finding.Status, reason: String?, author: String) {
        self.status = status
        self.reason = reason
        self.author = author
    }
}
