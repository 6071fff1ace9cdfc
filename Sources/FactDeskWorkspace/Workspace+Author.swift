import FactDeskGit
import Foundation

extension Workspace {
    /// Who signs new revisions and decisions, at the options' clock time. In order:
    /// `FACTDESK_AUTHOR` (`Name <email>`), `author:` in `factdesk.yml`, then git's
    /// `user.name` and `user.email` (repository, user or system configuration).
    /// - Throws: ``WorkspaceError/noAuthor`` when none is set.
    func author() throws -> Signature {
        let time = options.clock()
        let configured =
            options.environment["FACTDESK_AUTHOR"].flatMap(Workspace.parseAuthor)
            ?? configurationValue("author").flatMap(Workspace.parseAuthor)
        if let (name, email) = configured {
            return Signature(name: name, email: email, time: time)
        }
        guard let signature = try repository.defaultSignature() else { throw WorkspaceError.noAuthor }
        return Signature(name: signature.name, email: signature.email, time: time)
    }

    /// Splits `Name <email>` (the e-mail may be left out).
    static func parseAuthor(_ text: String) -> (name: String, email: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "<"), trimmed.hasSuffix(">") else {
            return trimmed.isEmpty ? nil : (trimmed, "")
        }
        let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let email = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        return name.isEmpty ? nil : (name, email)
    }

    /// A top-level scalar of `factdesk.yml` (`key: value`, quotes removed), or `nil`.
    ///
    /// Only plain top-level `key: value` lines are read here; the engine reads the rest of the
    /// configuration.
    func configurationValue(_ key: String) -> String? {
        let file = root.appendingPathComponent(Workspace.configurationFile)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            let unquoted =
                trimmed.count >= 2 && (trimmed.first == "\"" || trimmed.first == "'") && trimmed.last == trimmed.first
                ? String(trimmed.dropFirst().dropLast()) : trimmed
            return unquoted.isEmpty ? nil : unquoted
        }
        return nil
    }

    /// A top-level list of `factdesk.yml` written one item a line (`key:` then `  - item` lines,
    /// quotes removed); empty when there is none.
    func configurationList(_ key: String) -> [String] {
        let file = root.appendingPathComponent(Workspace.configurationFile)
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var items: [String] = []
        var inList = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix(key + ":") {
                inList = true
            } else if inList, let dash = line.firstIndex(of: "-"), line[..<dash].allSatisfy({ $0 == " " }), dash != line.startIndex {
                var item = line[line.index(after: dash)...].trimmingCharacters(in: .whitespaces)
                if item.count >= 2, item.first == "\"" || item.first == "'", item.last == item.first {
                    item = String(item.dropFirst().dropLast())
                }
                items.append(item)
            } else if inList, !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                inList = false
            }
        }
        return items
    }
}
