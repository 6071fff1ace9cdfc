import FactDeskKit
import FactDeskReference
import Foundation
import Yams

/// The `languages:` key of a workspace's `factdesk.yml`: the languages its drafts are written
/// in. `--lang auto` chooses among them: with one listed, every draft of the workspace is taken
/// to be in it; with both, each draft's language is told from its words.
enum LanguageSettings {
    /// The languages listed, or `nil` when the file has no `languages:` key.
    /// - Throws: ``CheckerSettingsError`` when the file cannot be read, or the key is not a
    ///   non-empty list of `fr` and `en`.
    static func read(_ file: String) throws -> [Language]? {
        guard let mapping = try WorkspaceSettingsFile.mapping(file), let value = mapping["languages"] else {
            return nil
        }
        var nodes = NodeReader(file: file)
        var languages: [Language] = []
        for item in nodes.list(value, "languages") ?? [] {
            guard let name = nodes.text(item, "languages") else { continue }
            guard let language = Language(rawValue: name) else {
                nodes.report("unknown language '\(name)' in 'languages' (fr or en)", at: item)
                continue
            }
            if !languages.contains(language) { languages.append(language) }
        }
        if nodes.diagnostics.isEmpty, languages.isEmpty {
            nodes.report("'languages' lists no language (fr, en or both)", at: value)
        }
        if let problem = nodes.diagnostics.first {
            throw CheckerSettingsError(location: problem.location, reason: problem.reason)
        }
        return languages
    }

    /// The language `--lang auto` gives every draft of the workspace: its only listed language,
    /// or `nil` (tell each draft's language from its words).
    static func fixedLanguage(_ file: String) throws -> Language? {
        guard let languages = try read(file), languages.count == 1 else { return nil }
        return languages[0]
    }
}
