/// A commit read back from a repository, copied into plain values.
public struct CommitInfo: Hashable, Sendable {
    /// The commit's id.
    public let id: ObjectID
    /// Its root tree.
    public let tree: ObjectID
    /// Its parents, first parent first; empty for a root commit.
    public let parents: [ObjectID]
    /// Who wrote the change, and when.
    public let author: Signature
    /// Who recorded it, and when.
    public let committer: Signature
    /// The full message: summary line, body and trailers.
    public let message: String

    /// The first line of the message.
    public var summary: String {
        String(message.prefix { $0 != "\n" })
    }

    /// The trailers (`Key: value` lines of the message's last paragraph, when the message has
    /// another paragraph before it), in order.
    public var trailers: [(key: String, value: String)] {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let blank = lines.lastIndex(where: \.isEmpty), blank > lines.startIndex else { return [] }
        var trailers: [(key: String, value: String)] = []
        for line in lines[(blank + 1)...] {
            guard let colon = line.firstIndex(of: ":"), !line[..<colon].contains(" ") else { return [] }
            trailers.append((String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " })))
        }
        return trailers
    }

    /// The value of the first trailer named `key`, or `nil`.
    public func trailer(_ key: String) -> String? {
        trailers.first { $0.key == key }?.value
    }

    /// Commits are equal when their ids are.
    public static func == (lhs: CommitInfo, rhs: CommitInfo) -> Bool { lhs.id == rhs.id }
    /// Hashes the id.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
