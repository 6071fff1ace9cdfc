import FactDeskKit

/// Evidence citing a reference fact: "member-countries of interpol: 196 (2024-11..)".
enum FactEvidence {
    static func statement(_ fact: NumericFact, subject: String) -> Evidence {
        if YearsSince.isYearsSince(fact.property) {
            return Evidence(
                statement: "\(fact.property) of \(subject): \(fact.value) years from the start year it gives to the "
                    + "publication date (or the end it gives)",
                source: fact.source.citation ?? fact.source.location)
        }
        let unit = fact.unit.map { " \($0)" } ?? ""
        let validity =
            fact.from == nil && fact.to == nil
            ? "always" : "\(fact.from?.description ?? "")..\(fact.to?.description ?? "")"
        return Evidence(
            statement: "\(fact.property) of \(subject): \(fact.value)\(unit) (\(validity))",
            source: fact.source.citation ?? fact.source.location)
    }

    /// Evidence of how a claim's description or possessive was read, when it was: "“the
    /// Alliance” read as NATO, named in the next sentence".
    /// With the named others a count includes, when it does: "“50 co-defendants” counts the
    /// defendants but the one named with them: 51 in all".
    static func reading(of claim: Claim, wording: NumberWording) -> [Evidence] {
        var evidence: [Evidence] = []
        if let reading = claim.subjectReading, let subject = claim.subject {
            evidence.append(Evidence(statement: wording.subjectReading(reading, subject: subject.name)))
        }
        if claim.companions > 0 {
            let total = ClaimBuilder.writtenValue(claim.mention) + claim.companions
            evidence.append(Evidence(statement: wording.companionReading(total: total)))
        }
        return evidence
    }
}
