/// The Language Server Protocol 3.17 structures the server reads and writes, with LSP's field names.

/// A position: a 0-based line and a character offset in the negotiated ``PositionEncoding``.
public struct Position: Codable, Hashable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// A range between two positions, end exclusive.
public struct Range: Codable, Hashable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }
}

/// A place in a document.
public struct Location: Codable, Hashable, Sendable {
    public var uri: String
    public var range: Range
}

/// A replacement of a range's text.
public struct TextEdit: Codable, Hashable, Sendable {
    public var range: Range
    public var newText: String
}

/// Edits to documents, by URI.
public struct WorkspaceEdit: Codable, Hashable, Sendable {
    public var changes: [String: [TextEdit]]
}

/// A command the client asks the server to run (`workspace/executeCommand`).
public struct Command: Codable, Hashable, Sendable {
    public var title: String
    public var command: String
    public var arguments: [JSONValue]?
}

/// One diagnostic of `textDocument/publishDiagnostics`.
public struct Diagnostic: Codable, Hashable, Sendable {
    /// A link to more about the diagnostic.
    public struct CodeDescription: Codable, Hashable, Sendable {
        public var href: String
    }

    /// A place related to the diagnostic, with what it says there.
    public struct RelatedInformation: Codable, Hashable, Sendable {
        public var location: Location
        public var message: String
    }

    public var range: Range
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// `checker/rule`.
    public var code: String
    public var codeDescription: CodeDescription?
    public var source: String
    public var message: String
    public var relatedInformation: [RelatedInformation]?
    /// The finding's id, for code actions and hover.
    public var data: JSONValue?
}

/// A code action: an edit to apply or a command to run.
public struct CodeAction: Codable, Hashable, Sendable {
    public var title: String
    public var kind: String
    public var diagnostics: [Diagnostic]?
    public var isPreferred: Bool?
    public var edit: WorkspaceEdit?
    public var command: Command?
}

/// Markdown shown on hover.
public struct Hover: Codable, Hashable, Sendable {
    public struct Content: Codable, Hashable, Sendable {
        public var kind: String
        public var value: String
    }

    public var contents: Content
    public var range: Range
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
