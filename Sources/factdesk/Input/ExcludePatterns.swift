/// The `exclude:` patterns of a workspace's `factdesk.yml`, read the way `.gitignore` reads
/// its lines: a pattern without a `/` matches a file or folder name at any depth, one with a `/`
/// matches the path from the workspace's root (a leading `/` only anchors it), a trailing `/`
/// matches folders only, `*` and `?` match within a name, `**` any number of folders, and `!`
/// takes back an earlier pattern. The last pattern that matches decides; a folder excluded is not
/// walked, so nothing under it comes back.
struct ExcludePatterns {
    private struct Pattern {
        var segments: [Substring]
        var anchored: Bool
        var foldersOnly: Bool
        var negated: Bool
    }

    private let patterns: [Pattern]

    /// Patterns as written; blank ones and `#` comments are ignored.
    init(_ lines: [String]) {
        patterns = lines.compactMap { line in
            var text = Substring(line.trimmingCharacters(in: .whitespaces))
            guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
            let negated = text.hasPrefix("!")
            if negated { text = text.dropFirst() }
            let foldersOnly = text.hasSuffix("/")
            while text.hasSuffix("/") { text = text.dropLast() }
            let anchored = text.contains("/")
            while text.hasPrefix("/") { text = text.dropFirst() }
            guard !text.isEmpty else { return nil }
            return Pattern(
                segments: text.split(separator: "/"), anchored: anchored, foldersOnly: foldersOnly, negated: negated)
        }
    }

    /// Whether a file or folder is excluded.
    /// - Parameters:
    ///   - path: its path from the workspace's root, `/`-separated.
    ///   - isFolder: whether it is a folder.
    func excludes(_ path: String, isFolder: Bool) -> Bool {
        let segments = path.split(separator: "/")
        guard let name = segments.last else { return false }
        var excluded = false
        for pattern in patterns where !pattern.foldersOnly || isFolder {
            let matches =
                pattern.anchored
                ? Self.match(pattern.segments[...], segments[...])
                : pattern.segments.count == 1 && Self.match(name: pattern.segments[0], name)
            if matches { excluded = !pattern.negated }
        }
        return excluded
    }

    /// Whether path segments match pattern segments, `**` standing for any number of them.
    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            return path.indices.contains { match(rest, path[$0...]) } || match(rest, path[path.endIndex...])
        }
        guard let segment = path.first, match(name: first, segment) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Whether a name matches a pattern with `*` (any characters) and `?` (one character),
    /// without recursion: a mismatch goes back to the last `*` only.
    static func match(name pattern: Substring, _ name: Substring) -> Bool {
        let pattern = Array(pattern)
        let name = Array(name)
        var p = 0
        var n = 0
        var star: Int?
        var resume = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = n
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                n = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
