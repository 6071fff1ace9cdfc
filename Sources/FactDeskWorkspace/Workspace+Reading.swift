import FactDeskGit
import FactDeskKit
import Foundation

extension Workspace {
    /// A draft's annotations in a tree, or `nil` when it has none there.
    /// - Throws: ``WorkspaceError/annotationsClash(draft:annotations:owner:)`` when the file
    ///   there belongs to another draft.
    func annotations(of draft: DraftPath, inTree tree: ObjectID) throws -> AnnotationFile? {
        try storedAnnotations(of: draft, inTree: tree)?.file
    }

    /// A draft's annotations in a tree with the blob that holds them, or `nil` when it has none there.
    /// - Throws: ``WorkspaceError/annotationsClash(draft:annotations:owner:)`` when the file
    ///   there belongs to another draft.
    func storedAnnotations(of draft: DraftPath, inTree tree: ObjectID) throws -> (
        file: AnnotationFile, blob: ObjectID, content: Data
    )? {
        guard let entry = try repository.entry(at: draft.annotationsPath, in: tree), entry.kind == .blob else {
            return nil
        }
        let content = try repository.blob(entry.id)
        let file = try decodedAnnotations(entry.id, content: content, path: draft.annotationsPath)
        guard file.draft == draft.path else {
            throw WorkspaceError.annotationsClash(
                draft: draft.path, annotations: draft.annotationsPath, owner: file.draft)
        }
        return (file, entry.id, content)
    }

    /// Every draft's annotations in a tree, by draft path.
    func allAnnotations(inTree tree: ObjectID) throws -> [DraftPath: AnnotationFile] {
        var files: [DraftPath: AnnotationFile] = [:]
        for entry in try repository.files(under: "annotations", in: tree) where entry.path.hasSuffix(".json") {
            let file = try decodeAnnotations(try repository.blob(entry.id), path: entry.path)
            files[try DraftPath(file.draft)] = file
        }
        return files
    }

    /// The editors' decisions on a draft's findings in a tree.
    func decisions(of draft: DraftPath, inTree tree: ObjectID) throws -> DecisionLedger {
        let folder = draft.decisionsFolder + "/"
        var decisions: [Decision] = []
        for entry in try repository.files(under: draft.decisionsFolder, in: tree)
        where entry.path.hasSuffix(".json") && !entry.path.dropFirst(folder.count).contains("/") {
            let data = try repository.blob(entry.id)
            do {
                let decision = try Decision.decode(data)
                if decision.draft == draft.path { decisions.append(decision) }
            } catch {
                throw WorkspaceError.fileError(path: entry.path, reason: "not a decision file: \(error)")
            }
        }
        return DecisionLedger(decisions)
    }

    /// A draft's findings in a tree with the editors' latest decisions applied, or `nil` when
    /// the draft has no annotations there.
    func decidedFindings(of draft: DraftPath, inTree tree: ObjectID) throws -> (
        file: AnnotationFile, findings: [Finding]
    )? {
        guard let file = try annotations(of: draft, inTree: tree) else { return nil }
        let ledger = try decisions(of: draft, inTree: tree)
        let findings = file.findings.map { finding in
            var decided = finding
            decided.status = ledger.status(of: finding)
            return decided
        }
        return (file, findings)
    }

    /// The annotations a blob holds, decoded once per workspace object: a blob id names its
    /// content, so the decoded file can never go stale. Successive checks of a draft through one
    /// workspace (the benchmark, a long-running server) read the previous findings back without
    /// parsing them again.
    func decodedAnnotations(_ blob: ObjectID, content: Data, path: String) throws -> AnnotationFile {
        if let file = decodedAnnotations[blob] { return file }
        let file = try decodeAnnotations(content, path: path)
        if decodedAnnotations.count >= Workspace.decodedAnnotationsLimit { decodedAnnotations.removeAll() }
        decodedAnnotations[blob] = file
        return file
    }

    /// The most decoded annotations files a workspace object keeps.
    static let decodedAnnotationsLimit = 64

    func decodeAnnotations(_ data: Data, path: String) throws -> AnnotationFile {
        do {
            return try AnnotationFile.decode(data, path: path)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError.fileError(path: path, reason: "not an annotations file: \(error)")
        }
    }
}
