/// The Language Server Protocol 3.17 structures the server reads and writes, with LSP's field names.

/// A position: a 0-based line and a character offset in the negotiated ``PositionEncoding``.
public struct Position: Codable, Hashable, Sendable {
    /// The 0-based line.
    public var line: Int
    /// The offset in the line, in units of the negotiated encoding.
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// A range between two positions, end exclusive.
public struct Range: Codable, Hashable, Sendable {
    /// The first position in the range.
    public var start: Position
    /// The position just after the range.
    public var end: Position

    /// Creates a range.
    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

/// A place in a document.
struct Location: Codable, Hashable, Sendable {
    var uri: String
    var range: Range
}

/// A replacement of a range's text.
struct TextEdit: Codable, Hashable, Sendable {
    var range: Range
    var newText: String
}

/// Edits to documents, by URI.
struct WorkspaceEdit: Codable, Hashable, Sendable {
    var changes: [String: [TextEdit]]
}

/// A command the client asks the server to run (`workspace/executeCommand`).
struct Command: Codable, Hashable, Sendable {
    var title: String
    var command: String
    var arguments: [JSONValue]?
}

/// One diagnostic of `textDocument/publishDiagnostics`.
struct Diagnostic: Codable, Hashable, Sendable {
    /// A link to more about the diagnostic.
    struct CodeDescription: Codable, Hashable, Sendable {
        var href: String
    }

    /// A place related to the diagnostic, with what it says there.
    struct RelatedInformation: Codable, Hashable, Sendable {
        var location: Location
        var message: String
    }

    var range: Range
    /// 1 error, 2 warning, 3 information, 4 hint.
    var severity: Int
    /// `checker/rule`.
    var code: String
    var codeDescription: CodeDescription?
    var source: String
    var message: String
    var relatedInformation: [RelatedInformation]?
    /// The finding's id, for code actions and hover.
    var data: JSONValue?
}

/// A code action: an edit to apply or a command to run.
struct CodeAction: Codable, Hashable, Sendable {
    var title: String
    var kind: String
    var diagnostics: [Diagnostic]?
    var isPreferred: Bool?
    var edit: WorkspaceEdit?
    var command: Command?
}

/// Markdown shown on hover.
struct Hover: Codable, Hashable, Sendable {
    struct Content: Codable, Hashable, Sendable {
        var kind: String
        var value: String
    }

    var contents: Content
    var range: Range
}

/// `textDocument/didOpen`'s document.
struct TextDocumentItem: Decodable {
    var uri: String
    var languageId: String?
    var version: Int
    var text: String
}

/// A document named by URI, with a version when it comes with a change.
struct VersionedDocument: Decodable {
    var uri: String
    var version: Int?
}

/// `textDocument/didOpen`.
struct DidOpenParams: Decodable {
    var textDocument: TextDocumentItem
}

/// `textDocument/didChange`.
struct DidChangeParams: Decodable {
    struct Change: Decodable {
        var range: Range?
        var text: String
    }

    var textDocument: VersionedDocument
    var contentChanges: [Change]
}

/// `textDocument/didClose`, `textDocument/didSave`.
struct DocumentParams: Decodable {
    var textDocument: VersionedDocument
}

/// `textDocument/hover`.
struct PositionParams: Decodable {
    var textDocument: VersionedDocument
    var position: Position
}

/// `textDocument/codeAction`.
struct CodeActionParams: Decodable {
    var textDocument: VersionedDocument
    var range: Range
}

/// `workspace/executeCommand`.
struct ExecuteCommandParams: Decodable {
    var command: String
    var arguments: [JSONValue]?
}
