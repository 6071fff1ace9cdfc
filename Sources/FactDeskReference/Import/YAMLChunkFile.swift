import Foundation

/// One file of imported reference YAML written a batch of entities at a time, so that an import
/// holds one batch, not a whole file of entities and its serialised text: written to a temporary
/// file in the same folder, renamed into place when complete, removed if it is not.
final class YAMLChunkFile {
    /// The file's path once complete.
    let path: String
    private let temporary: String
    private let handle: FileHandle
    private var finished = false

    /// Starts the file at `path` with a comment.
    init(path: String, comment: String) throws {
        self.path = path
        temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
        try handle.write(contentsOf: Data((ReferenceYAML.commentLines(comment) + "entities:\n").utf8))
    }

    /// Appends the items of some entities (at least one).
    func append(_ entities: [Entity]) throws {
        try handle.write(contentsOf: Data(try ReferenceYAML.entityItems(entities).utf8))
    }

    /// Closes the file and renames it into place.
    func finish() throws {
        try handle.close()
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        finished = true
    }

    deinit {
        guard !finished else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
