import Foundation

/// Rewrites the value of `command:` keys in the text of a `factdesk.yml`, line by line, keeping
/// what surrounds the value: the indentation, a list dash, quotes, a trailing comment.
enum CommandLineRewrite {
    /// A `command:` line: the key with what precedes it, an optional quote, the value, the same
    /// quote, then spaces and an optional comment.
    private static let pattern = try! NSRegularExpression(
        pattern: #"^(\s*(?:-\s+)?command:\s+)(["']?)(.*?)\2(\s*(?:#.*)?)$"#)

    /// The text with every `command:` whose value is `old` given `new` instead.
    static func replacing(_ old: String, with new: String, in text: String) -> String {
        text.components(separatedBy: "\n").map { line in
            let range = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: range),
                let key = Range(match.range(at: 1), in: line), let quote = Range(match.range(at: 2), in: line),
                let value = Range(match.range(at: 3), in: line), let rest = Range(match.range(at: 4), in: line),
                unquoted(String(line[value]), quote: String(line[quote])) == old
            else { return line }
            let mark = String(line[quote])
            return String(line[key]) + mark + quoted(new, quote: mark) + mark + String(line[rest])
        }.joined(separator: "\n")
    }

    /// A scalar's value as YAML reads it between those quotes (`''` in single quotes, `\"` and
    /// `\\` in double quotes).
    private static func unquoted(_ text: String, quote: String) -> String {
        switch quote {
        case "'": text.replacingOccurrences(of: "''", with: "'")
        case "\"": text.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
        default: text
        }
    }

    /// A value written between those quotes.
    private static func quoted(_ text: String, quote: String) -> String {
        switch quote {
        case "'": text.replacingOccurrences(of: "'", with: "''")
        case "\"": text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        default: text
        }
    }
}
