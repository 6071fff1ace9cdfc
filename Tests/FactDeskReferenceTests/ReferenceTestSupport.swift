import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReference

/// Loads YAML written in a test as the file `test.yml`.
func loadReference(_ yaml: String, limits: ReferenceLimits = .standard) throws(ReferenceError) -> ReferenceData {
    try ReferenceLoader(limits: limits).load(text: yaml, file: "test.yml")
}

/// The problems in YAML written in a test, as `line:column: reason`.
func problems(_ yaml: String, limits: ReferenceLimits = .standard) -> [String] {
    do {
        _ = try loadReference(yaml, limits: limits)
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.reason)" }
    }
}

/// A day written `YYYY-MM-DD`.
func day(_ iso: String) -> CalendarDate {
    CalendarDate(iso: iso)!
}

/// A fresh folder under the temporary directory, removed by the caller.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "factdesk-reference-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// The example workspace's reference folder, found from this file's place in the package.
let exampleReferenceFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Workspaces/interpol-ga/reference").path
