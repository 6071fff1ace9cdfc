import CLibGit2
import Foundation

extension Repository {
    /// About how many loose objects the repository holds, estimated as git's `gc --auto`
    /// does: the objects in one of the 256 fan-out folders (`objects/17`), times 256.
    public func looseObjectEstimate() -> Int {
        let sample = gitDirectory.appendingPathComponent("objects/17").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: sample))?.count ?? 0) * 256
    }

    /// Packs every loose object into one new pack file and deletes the loose copies, as
    /// `git repack` and `git prune-packed` would; libgit2 has no `gc`, and thousands of loose
    /// files make reading history slow. Objects are only removed once the pack is written.
    /// - Returns: the number of objects packed.
    @discardableResult
    public func packLooseObjects() throws -> Int {
        let objects = gitDirectory.appendingPathComponent("objects")
        let loose = looseObjectFiles(in: objects)
        guard !loose.isEmpty else { return 0 }
        let builder = try Handle<PackBuilderKind>("git_packbuilder_new") { git_packbuilder_new(&$0, pointer) }
        for (id, _) in loose {
            var oid = id.oid
            try check(git_packbuilder_insert(builder.pointer, &oid, nil), "git_packbuilder_insert", path: id.hex)
        }
        try check(git_packbuilder_write(builder.pointer, nil, 0, nil, nil), "git_packbuilder_write", path: objects.path)
        for (_, file) in loose { try? FileManager.default.removeItem(at: file) }
        let odb = try Handle<ObjectDatabaseKind>("git_repository_odb") { git_repository_odb(&$0, pointer) }
        try check(git_odb_refresh(odb.pointer), "git_odb_refresh")
        return loose.count
    }

    /// The loose object files (`objects/xx/yyyy…`) with their ids.
    private func looseObjectFiles(in objects: URL) -> [(id: ObjectID, file: URL)] {
        let manager = FileManager.default
        var files: [(id: ObjectID, file: URL)] = []
        for folder in (try? manager.contentsOfDirectory(atPath: objects.path)) ?? []
        where folder.count == 2 && folder.allSatisfy(\.isHexDigit) {
            for name in (try? manager.contentsOfDirectory(atPath: objects.appendingPathComponent(folder).path)) ?? [] {
                guard let id = ObjectID(hex: folder + name) else { continue }
                files.append((id, objects.appendingPathComponent(folder).appendingPathComponent(name)))
            }
        }
        return files
    }
}
