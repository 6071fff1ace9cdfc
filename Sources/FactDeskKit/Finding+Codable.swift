extension Finding {
    private enum CodingKeys: String, CodingKey {
        case id, checker, rule, severity, message, span, quote, suggestions, evidence, status
    }

    /// The schema's `span` object: offsets plus the 1-based line and column of the start.
    private struct SpanObject: Codable {
        var start: Int
        var end: Int
        var line: Int
        var column: Int
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let spanObject = try container.decode(SpanObject.self, forKey: .span)
        guard spanObject.start >= 0, spanObject.start <= spanObject.end else {
            throw DecodingError.dataCorruptedError(
                forKey: .span, in: container,
                debugDescription: "span end \(spanObject.end) before start \(spanObject.start)")
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            checker: try container.decode(String.self, forKey: .checker),
            rule: try container.decode(String.self, forKey: .rule),
            severity: try container.decode(Severity.self, forKey: .severity),
            message: try container.decode(String.self, forKey: .message),
            span: Span(start: spanObject.start, end: spanObject.end),
            location: SourceLocation(line: spanObject.line, column: spanObject.column),
            quote: try container.decode(TextQuote.self, forKey: .quote),
            suggestions: try container.decodeIfPresent([String].self, forKey: .suggestions) ?? [],
            evidence: try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [],
            status: try container.decodeIfPresent(Status.self, forKey: .status) ?? .open)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(checker, forKey: .checker)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(
            SpanObject(start: span.start, end: span.end, line: location.line, column: location.column),
            forKey: .span)
        try container.encode(quote, forKey: .quote)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(status, forKey: .status)
    }
}
