import FactDeskKit
import FactDeskReference
import Foundation

/// A reference fact a finding cited, as a revision's own reference data holds it.
struct CitedFact: Encodable, Equatable {
    /// The entity's id.
    let entity: String
    /// The property.
    let property: String
    /// The value as written, with its unit when it has one.
    let value: String
    /// When it holds: `2021-11..2025-11`, `2024-11..`, or `always`.
    let period: String
    /// Where the value comes from (a URL or a citation), when given.
    let source: String?
    /// Where the fact is written in that revision's tree: `reference/x.yml:12`.
    let location: String?

    /// `member-countries of interpol = 196 (2024-11..), source: …, reference/x.yml:12`.
    var line: String {
        "\(property) of \(entity) = \(value) (\(period))" + (source.map { ", source: \($0)" } ?? "")
            + (location.map { ", \($0)" } ?? "")
    }
}

/// Finds the reference facts a revision's findings cited, in the reference data of that very
/// revision (its `reference/` read from the commit's tree), so that history shows the facts in
/// force when a finding was made, even after the files changed.
///
/// A piece of evidence cites a fact either by its place (`reference/x.yml:12:5`) or, when the
/// fact has a source, by its statement (`member-countries of interpol: 196 (2024-11..)`) and
/// that source. Evidence that matches no fact, or several, cites none: precision first.
struct CitedFacts {
    private let facts: [(fact: Fact, entity: Entity, location: String?)]

    /// The facts of reference data read from `folder` (a revision's files written out), their
    /// places named from that folder, as the workspace names them.
    init(reference: ReferenceData, readFrom folder: URL) {
        let prefix = folder.path + "/"
        facts = reference.entities.flatMap { entity in
            entity.facts.map { fact in
                let place = fact.location.map { location in
                    let file = location.file.hasPrefix(prefix) ? String(location.file.dropFirst(prefix.count)) : location.file
                    return "\(file):\(location.line)"
                }
                return (fact, entity, place)
            }
        }
    }

    /// The facts a finding's evidence cites, in evidence order, each once.
    func cited(by finding: Finding) -> [CitedFact] {
        var found: [CitedFact] = []
        for evidence in finding.evidence {
            let matches = facts.filter { Self.cites(evidence, $0.fact, place: $0.location) }
            guard matches.count == 1, let match = matches.first else { continue }
            let unit = match.fact.unit.map { " \($0)" } ?? ""
            let cited = CitedFact(
                entity: match.entity.id, property: match.fact.property, value: "\(match.fact.value)\(unit)",
                period: match.fact.validity.description, source: match.fact.source, location: match.location)
            if !found.contains(cited) { found.append(cited) }
        }
        return found
    }

    /// Whether a piece of evidence cites a fact: by its place, or by its statement and source.
    private static func cites(_ evidence: Evidence, _ fact: Fact, place: String?) -> Bool {
        if let source = evidence.source, let place, source == place || source.hasPrefix(place + ":") { return true }
        guard let source = fact.source, evidence.source == source else { return false }
        let unit = fact.unit.map { " \($0)" } ?? ""
        return evidence.statement.hasPrefix("\(fact.property) of ")
            && evidence.statement.hasSuffix(": \(fact.value)\(unit) (\(fact.validity.description))")
    }
}
