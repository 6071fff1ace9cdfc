import Yams

/// A diagnostic for text that Yams could not parse, at the place libyaml stopped.
public enum YAMLSyntaxError {
    /// The diagnostic for an error thrown while composing `text`.
    public static func diagnostic(_ error: any Error, text: String, file: String) -> ReferenceDiagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func within(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        guard let error = error as? YamlError else {
            return ReferenceDiagnostic("malformed YAML: \(error)", at: ReferenceFile.fileStart(file))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return ReferenceDiagnostic("malformed YAML: \(problem)\(within(context))", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ReferenceDiagnostic("duplicate key \(keys) in one mapping", at: at(context.mark))
        case .reader(let problem, let offset, _, _):
            return ReferenceDiagnostic(
                "malformed YAML: \(problem)", at: location(ofByte: offset ?? 0, in: text, file: file))
        default:
            return ReferenceDiagnostic("malformed YAML: \(error)", at: ReferenceFile.fileStart(file))
        }
    }

    /// The line and column of a UTF-8 byte offset.
    private static func location(ofByte offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
