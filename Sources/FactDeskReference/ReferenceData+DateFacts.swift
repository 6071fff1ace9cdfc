import FactDeskKit

/// Reference data's facts whose value is a date, as the date checker queries them.
extension ReferenceData {
    /// An entity's facts whose value is a date, other than `founded`, by property id (the first
    /// of each property), with their sources.
    public func dateFacts(of subjectID: String) -> [String: ReferenceFact<PartialDate>] {
        var found: [String: ReferenceFact<PartialDate>] = [:]
        for fact in entity(subjectID)?.facts ?? [] where fact.property != Property.founded {
            guard case .date(let date) = fact.value, found[fact.property] == nil else { continue }
            found[fact.property] = ReferenceFact(
                value: date.partialDate,
                source: ReferenceSource(citation: fact.source, location: fact.location?.description))
        }
        return found
    }
}
