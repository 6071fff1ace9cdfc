/// An annotated tag read back from a repository.
public struct TagInfo: Hashable, Sendable {
    /// The tag's name, without `refs/tags/`.
    public let name: String
    /// The commit it points at.
    public let target: ObjectID
    /// Who made it, and when.
    public let tagger: Signature?
    /// Its message.
    public let message: String
}
