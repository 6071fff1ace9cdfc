import CLibGit2
import Foundation

extension Repository {
    /// Stores `data` as a blob.
    ///
    /// It goes straight to the object database, which finds a blob it already holds before
    /// writing anything (`git_blob_create_from_buffer` streams into a new temporary file first,
    /// even for a blob that exists).
    /// - Returns: the blob's id (the same id `git hash-object` gives).
    public func writeBlob(_ data: Data) throws -> ObjectID {
        let odb = try Handle<ObjectDatabaseKind>("git_repository_odb") { git_repository_odb(&$0, pointer) }
        var oid = git_oid()
        let code = data.withUnsafeBytes { git_odb_write(&oid, odb.pointer, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        try check(code, "git_odb_write")
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
