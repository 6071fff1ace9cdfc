import FactDeskKit
import Foundation

/// Finds the other-language version of a draft: the file its front matter names
/// (`translation-of: drafts/x.fr.md`, or the first existing one of `translations: [...]`), else,
/// by the workspace convention, `NAME.en.md` beside `NAME.fr.md` and the other way round.
///
/// A path in the front matter is read from the draft's folder, then from each folder above it,
/// so that a workspace-relative `drafts/x.fr.md` is found from `drafts/`.
public enum CounterpartLookup {
    /// The front-matter keys that name a counterpart.
    static let keys = ["translation-of", "translations"]
    /// How many folders above the draft's a front-matter path is looked for in.
    static let foldersUp = 4

    /// The counterpart's path, built from the draft's, or `nil` when it has none.
    /// - Parameters:
    ///   - draft: the draft's path.
    ///   - text: the draft's text, whose front matter may name the counterpart.
    public static func path(of draft: String, text: String) -> String? {
        guard draft != "-" else { return nil }
        let folder = Self.folder(of: draft)
        for declared in declaredPaths(in: text) {
            if let found = locate(declared, from: folder), !samePath(found, draft) { return found }
        }
        return conventionalPath(of: draft)
    }

    /// `NAME.en.md` for `NAME.fr.md` and the other way round, when it exists.
    static func conventionalPath(of draft: String) -> String? {
        let folder = Self.folder(of: draft)
        let file = folder.isEmpty ? draft : String(draft.dropFirst(folder.count).drop { $0 == "/" })
        let parts = file.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, let language = Language(rawValue: String(parts[parts.count - 2])) else { return nil }
        for other in Language.allCases where other != language {
            var renamed = parts
            renamed[parts.count - 2] = Substring(other.rawValue)
            let path = joined(folder, renamed.joined(separator: "."))
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// The paths of the front matter's `translation-of:` and `translations:` keys, in order.
    static func declaredPaths(in text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).makeIterator()
        guard let first = lines.next(), first.trimmingCharacters(in: .whitespaces).trimmingPrefix("\u{FEFF}") == "---" else {
            return []
        }
        var paths: [String] = []
        var inList = false
        while let line = lines.next() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { return paths }
            if inList, trimmed.hasPrefix("- ") {
                paths.append(unquoted(trimmed.dropFirst(2)))
                continue
            }
            inList = false
            guard !line.hasPrefix(" "), let colon = line.firstIndex(of: ":"),
                keys.contains(line[..<colon].trimmingCharacters(in: .whitespaces))
            else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.isEmpty {
                inList = true
            } else if value.hasPrefix("["), value.hasSuffix("]") {
                paths += value.dropFirst().dropLast().split(separator: ",").map(unquoted).filter { !$0.isEmpty }
            } else {
                paths.append(unquoted(Substring(value)))
            }
        }
        return []
    }

    private static func unquoted(_ value: Substring) -> String {
        var value = value.trimmingCharacters(in: .whitespaces)
        if let hash = value.range(of: " #") { value = value[..<hash.lowerBound].trimmingCharacters(in: .whitespaces) }
        if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }

    /// The first existing file at `path` read from `folder` or a folder above it, relative to
    /// the current folder when it lies inside it.
    private static func locate(_ path: String, from folder: String) -> String? {
        if path.hasPrefix("/") { return FileManager.default.fileExists(atPath: path) ? path : nil }
        var base = URL(fileURLWithPath: folder.isEmpty ? "." : folder).standardizedFileURL
        for _ in 0...foldersUp {
            let candidate = base.appendingPathComponent(path).standardizedFileURL.path
            if FileManager.default.fileExists(atPath: candidate) {
                let current = FileManager.default.currentDirectoryPath + "/"
                return candidate.hasPrefix(current) ? String(candidate.dropFirst(current.count)) : candidate
            }
            let parent = base.deletingLastPathComponent()
            guard parent.path != base.path else { return nil }
            base = parent
        }
        return nil
    }

    /// The folder part of a path ("" for a bare file name), by its last slash.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func samePath(_ a: String, _ b: String) -> Bool {
        standardized(a) == standardized(b)
    }

    /// A path made absolute from the current folder, with `.` and `..` resolved: two paths of
    /// one file written differently (`drafts/x.md`, `./drafts/x.md`) give the same.
    public static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
