import FactDeskGit
import Foundation

/// What produced a set of findings, recorded with each annotated revision.
public struct RunMetadata: Codable, Hashable, Sendable {
    /// FactDesk's version.
    public var factdeskVersion: String
    /// The version of each checker that ran, by checker id.
    public var checkers: [String: String]
    /// A digest of the reference data the checkers used (``referenceDigest(of:)``).
    public var referenceDigest: String

    /// Creates run metadata.
    public init(factdeskVersion: String, checkers: [String: String], referenceDigest: String) {
        self.factdeskVersion = factdeskVersion
        self.checkers = checkers
        self.referenceDigest = referenceDigest
    }

    private enum CodingKeys: String, CodingKey {
        case factdeskVersion = "factdesk"
        case checkers
        case referenceDigest = "reference"
    }

    /// The checkers as `id@version`, sorted by id.
    public var checkerList: String {
        checkers.keys.sorted().map { "\($0)@\(checkers[$0]!)" }.joined(separator: " ")
    }

    /// A digest of reference data files: git's SHA-1 of a listing of each file's name and blob id,
    /// so any change to a file's content or name changes it. Order does not matter.
    /// - Parameter files: the files read, each with the name to record (e.g. a workspace path).
    /// - Returns: `git-sha1:` and 40 hex digits; that of an empty list when there are none.
    public static func referenceDigest(of files: [(name: String, content: Data)]) throws -> String {
        try referenceDigest(ofBlobs: files.map { (name: $0.name, blob: try ObjectID.blobID(of: $0.content)) })
    }

    /// The same digest, from each file's git blob id (as a commit's tree holds them).
    static func referenceDigest(ofBlobs files: [(name: String, blob: ObjectID)]) throws -> String {
        let listing = files.sorted { $0.name < $1.name }.map { "\($0.blob.hex) \($0.name)\n" }.joined()
        return "git-sha1:" + (try ObjectID.blobID(of: Data(listing.utf8)).hex)
    }
}
