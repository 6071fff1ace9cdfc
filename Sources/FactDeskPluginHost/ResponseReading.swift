import FactDeskKit
import Foundation

/// Reads a plugin's answer to a check request into findings, refusing anything out of place.
enum ResponseReading {
    /// The findings of a response line.
    /// - Throws: ``PluginError/invalidMessage(reason:line:)`` for a line that is not the answer
    ///   to `request`; ``PluginError/reported(_:)`` for an error answer;
    ///   ``PluginError/invalidFinding(_:)`` for a finding outside the document, with a reversed
    ///   span, of an undeclared rule, without a message or with a bad severity.
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
                reason: .init(
                    "answer to request \(response.id), expected \(request)",
                    french: "réponse à la requête \(response.id) au lieu de \(request)"),
                line: LineExcerpt.of(line))
        }
        switch response.type {
        case "error":
            throw .reported(response.message ?? "no message")
        case "findings":
            guard let objects = response.findings else {
                throw .invalidMessage(
                    reason: .init(
                        "a findings message without 'findings'", french: "un message « findings » sans « findings »"),
                    line: LineExcerpt.of(line))
            }
            return try objects.map { object throws(PluginError) in
                try finding(object, descriptor: descriptor, in: document)
            }
        default:
            throw .invalidMessage(
                reason: .init(
                    "unknown message type '\(response.type)'", french: "type de message inconnu « \(response.type) »"),
                line: LineExcerpt.of(line))
        }
    }

    private static func finding(
        _ object: PluginMessages.FindingObject, descriptor: CheckerDescriptor, in document: Document
    )
        throws(PluginError) -> Finding
    {
        guard let rule = descriptor.rules.first(where: { $0.id == object.rule }) else {
            throw .invalidFinding(.undeclaredRule(object.rule))
        }
        let length = document.scalars.count
        let (start, end) = (object.span.start, object.span.end)
        guard start <= end else { throw .invalidFinding(.reversedSpan(rule: rule.id, start: start, end: end)) }
        guard start >= 0, end <= length else {
            throw .invalidFinding(.outsideDocument(rule: rule.id, start: start, end: end, length: length))
        }
        guard let message = object.message, !message.isEmpty else { throw .invalidFinding(.noMessage(rule: rule.id)) }
        var severity = rule.severity
        if let name = object.severity {
            guard let given = Severity(rawValue: name) else {
                throw .invalidFinding(.badSeverity(rule: rule.id, severity: name))
            }
            severity = given
        }
        return document.finding(
            checker: descriptor.id, rule: rule.id, severity: severity,
            span: Span(start: object.span.start, end: object.span.end), message: message,
            suggestions: object.suggestions ?? [],
            evidence: (object.evidence ?? []).map { Evidence(statement: $0.statement, source: $0.source) })
    }
}
