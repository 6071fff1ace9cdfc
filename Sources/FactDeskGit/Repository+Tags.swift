import CLibGit2

extension Repository {
    /// Creates an annotated tag; an existing tag of that name is never moved.
    /// - Parameters:
    ///   - name: the tag's name, without `refs/tags/` (e.g. `published/x/1`).
    ///   - target: the commit to tag.
    ///   - tagger: who tags it, and when.
    ///   - message: the tag's message.
    /// - Throws: a ``GitError`` with code `.exists` when the tag already exists.
    /// - Returns: the tag object's id.
    @discardableResult
    public func createAnnotatedTag(named name: String, target: ObjectID, tagger: Signature, message: String) throws
        -> ObjectID
    {
        let object = try target.withOID { oid in
            try Handle<ObjectKind>("git_object_lookup", path: target.hex) {
                git_object_lookup(&$0, pointer, oid, GIT_OBJECT_COMMIT)
            }
        }
        var oid = git_oid()
        let code = try tagger.withSignature { tagger in
            git_tag_create(&oid, pointer, name, object.pointer, tagger, message, 0)
        }
        try check(code, "git_tag_create", path: name)
        return ObjectID(oid)
    }

    /// The names of the tags matching a glob pattern such as `published/*`, sorted.
    public func tagNames(matching pattern: String) throws -> [String] {
        var names = git_strarray()
        defer { git_strarray_dispose(&names) }
        try check(git_tag_list_match(&names, pattern, pointer), "git_tag_list_match", path: pattern)
        return names.copiedStrings.sorted()
    }

    /// Reads a tag by name, or `nil` when there is none. A lightweight tag has no tagger and an
    /// empty message.
    public func tag(named name: String) throws -> TagInfo? {
        let referenceName = "refs/tags/" + name
        guard let target = try referenceTarget(referenceName) else { return nil }
        let reference = try Handle<ReferenceKind>("git_reference_lookup", path: referenceName) {
            git_reference_lookup(&$0, pointer, referenceName)
        }
        var object: OpaquePointer?
        guard git_reference_peel(&object, reference.pointer, GIT_OBJECT_TAG) == 0, let object else {
            return TagInfo(name: name, target: target, tagger: nil, message: "")
        }
        let tag = Handle<ObjectKind>(owning: object)
        return TagInfo(
            name: name, target: target,
            tagger: git_tag_tagger(tag.pointer).map(Signature.init),
            message: String(libgit2: git_tag_message(tag.pointer)) ?? "")
    }
}
