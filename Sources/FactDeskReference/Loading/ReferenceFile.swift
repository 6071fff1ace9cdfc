import Foundation

/// One reference file read into memory: its text once its size and encoding have been checked.
struct ReferenceFile: Sendable {
    /// The path to show in diagnostics.
    let path: String
    /// The text, UTF-8 decoded, without a byte order mark.
    let text: String

    /// The extensions read from a folder.
    static let extensions: Set<String> = ["yml", "yaml", "json"]

    /// Reads every reference file under `paths` (files, or folders searched recursively for
    /// `*.yml`, `*.yaml` and `*.json`, skipping hidden ones), in path order.
    ///
    /// Files that cannot be used (missing, unreadable, too large, not UTF-8) are reported in
    /// `diagnostics` and skipped, so every problem in every file is found in one run.
    static func readAll(
        _ paths: [String], limits: ReferenceLimits, diagnostics: inout [ReferenceDiagnostic]
    ) -> [ReferenceFile] {
        var sources: [ReferenceFile] = []
        var totalBytes = 0
        for path in paths {
            for file in files(at: path, diagnostics: &diagnostics) {
                guard let source = read(file, limits: limits, totalBytes: &totalBytes, diagnostics: &diagnostics)
                else { continue }
                sources.append(source)
            }
        }
        return sources
    }

    /// The reference files a path names: itself when it is a file, else the files under it.
    static func files(at path: String, diagnostics: inout [ReferenceDiagnostic]) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            diagnostics.append(ReferenceDiagnostic("no such file or folder", at: fileStart(path)))
            return []
        }
        guard isFolder.boolValue else { return [path] }
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            diagnostics.append(ReferenceDiagnostic("cannot list the folder", at: fileStart(path)))
            return []
        }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            let full = (path as NSString).appendingPathComponent(relative)
            var isSubfolder: ObjCBool = false
            if extensions.contains((name as NSString).pathExtension.lowercased()),
                FileManager.default.fileExists(atPath: full, isDirectory: &isSubfolder), !isSubfolder.boolValue
            {
                found.append(full)
            }
        }
        return found.sorted()
    }

    private static func read(
        _ path: String, limits: ReferenceLimits, totalBytes: inout Int, diagnostics: inout [ReferenceDiagnostic]
    ) -> ReferenceFile? {
        let data: Data
        switch BoundedFileRead.read(path, maxBytes: limits.maxFileBytes) {
        case .success(let read):
            data = read
        case .failure(.tooLarge(let size)):
            diagnostics.append(
                ReferenceDiagnostic(
                    "file is \(megabytes(size)), over the \(megabytes(limits.maxFileBytes)) limit", at: fileStart(path))
            )
            return nil
        case .failure(.notARegularFile):
            diagnostics.append(
                ReferenceDiagnostic("not a regular file (a device, pipe or socket is never read)", at: fileStart(path)))
            return nil
        case .failure(.unreadable(let reason)):
            diagnostics.append(ReferenceDiagnostic("cannot read the file: \(reason)", at: fileStart(path)))
            return nil
        }
        if totalBytes + data.count > limits.maxTotalBytes {
            diagnostics.append(
                ReferenceDiagnostic(
                    "reference files add up to more than \(megabytes(limits.maxTotalBytes))", at: fileStart(path)))
            return nil
        }
        totalBytes += data.count
        switch UTF8Validation.decode(data) {
        case .success(let text):
            return ReferenceFile(path: path, text: text)
        case .failure(let invalid):
            diagnostics.append(
                ReferenceDiagnostic(
                    String(format: "not valid UTF-8 (byte 0x%02X)", invalid.byte),
                    at: SourceLocation(file: path, line: invalid.line, column: invalid.column)))
            return nil
        }
    }

    /// Line 1, column 1 of a file: where problems with the whole file are reported.
    static func fileStart(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 1, column: 1)
    }

    private static func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 30
            ? String(format: "%.1f GB", Double(bytes) / Double(1 << 30))
            : String(format: "%.0f MB", (Double(bytes) / Double(1 << 20)).rounded(.up))
    }
}
