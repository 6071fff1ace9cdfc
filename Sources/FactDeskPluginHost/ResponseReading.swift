import FactDeskKit
import Foundation

/// Reads a plugin's answer to a check request into findings, refusing anything out of place.
enum ResponseReading {
    /// The findings of a response line.
    /// - Throws: ``PluginError/invalidMessage(reason:line:)`` for a line that is not the answer
    ///   to `request`; ``PluginError/reported(_:)`` for an error answer;
    ///   ``PluginError/invalidFinding(_:)`` for a finding outside the document or of an undeclared rule.
    static func findings(in line: Data, request: Int, descriptor: CheckerDescriptor, document: Document)
        throws(PluginError) -> [Finding]
    {
        let response: PluginMessages.Response
        do {
            response = try JSONDecoder().decode(PluginMessages.Response.self, from: line)
        } catch {
            throw .invalidMessage(reason: DecodingProblem.describe(error), line: LineExcerpt.of(line))
        }
        guard response.id == request else {
            throw .invalidMessage(
                reason: "answer to request \(response.id), expected \(request)", line: LineExcerpt.of(line))
        }
        switch response.type {
        case "error":
            throw .reported(response.message ?? "no message")
        case "findings":
            guard let objects = response.findings else {
                throw .invalidMessage(reason: "a findings message without 'findings'", line: LineExcerpt.of(line))
            }
            return try objects.map { object throws(PluginError) in
                try finding(object, descriptor: descriptor, in: document)
            }
        default:
            throw .invalidMessage(reason: "unknown message type '\(response.type)'", line: LineExcerpt.of(line))
        }
    }

    private static func finding(
        _ object: PluginMessages.FindingObject, descriptor: CheckerDescriptor, in document: Document
    )
        throws(PluginError) -> Finding
    {
        guard let rule = descriptor.rules.first(where: { $0.id == object.rule }) else {
            throw .invalidFinding("rule '\(object.rule)' is not declared in the handshake")
        }
        let length = document.scalars.count
        guard object.span.start >= 0, object.span.start <= object.span.end, object.span.end <= length else {
            throw .invalidFinding(
                "span \(object.span.start)..<\(object.span.end) of rule '\(rule.id)' lies outside the document (0..<\(length))"
            )
        }
        guard !object.message.isEmpty else { throw .invalidFinding("a finding of rule '\(rule.id)' has no message") }
        return document.finding(
            checker: descriptor.id, rule: rule.id, severity: object.severity ?? rule.severity,
            span: Span(start: object.span.start, end: object.span.end), message: object.message,
            suggestions: object.suggestions ?? [],
            evidence: (object.evidence ?? []).map { Evidence(statement: $0.statement, source: $0.source) })
    }
}
