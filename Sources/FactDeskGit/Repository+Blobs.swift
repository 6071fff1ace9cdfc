import CLibGit2
import Foundation

extension Repository {
    /// Stores `data` as a blob.
    /// - Returns: the blob's id (the same id `git hash-object` gives).
    public func writeBlob(_ data: Data) throws -> ObjectID {
        var oid = git_oid()
        let code = data.withUnsafeBytes { git_blob_create_from_buffer(&oid, pointer, $0.baseAddress, $0.count) }
        try check(code, "git_blob_create_from_buffer")
        return ObjectID(oid)
    }

    /// The content of a blob.
    public func blob(_ id: ObjectID) throws -> Data {
        let blob = try id.withOID { oid in
            try Handle<BlobKind>("git_blob_lookup", path: id.hex) { git_blob_lookup(&$0, pointer, oid) }
        }
        let size = Int(git_blob_rawsize(blob.pointer))
        guard size > 0, let bytes = git_blob_rawcontent(blob.pointer) else { return Data() }
        return Data(bytes: bytes, count: size)
    }

    /// The content of the file at `path` in a commit's tree, or `nil` when there is none.
    /// - Parameters:
    ///   - path: a `/`-separated path from the root of the tree.
    ///   - commit: the commit whose tree to read.
    public func blob(at path: String, in commit: ObjectID) throws -> Data? {
        guard let entry = try entry(at: path, in: try treeID(of: commit)), entry.kind == .blob else { return nil }
        return try blob(entry.id)
    }
}
