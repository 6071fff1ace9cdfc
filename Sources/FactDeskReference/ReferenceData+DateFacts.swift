import FactDeskKit
import Foundation

/// Reference data's facts whose value is a date, as the date checker queries them.
extension ReferenceData {
    /// An entity's facts whose value is a date, other than `founded`, by property id (the first
    /// of each property), with their sources. A first or last occurrence (`last-final: 1964`)
    /// may be given as a plain year.
    public func dateFacts(of subjectID: String) -> [String: ReferenceFact<PartialDate>] {
        var found: [String: ReferenceFact<PartialDate>] = [:]
        for fact in entity(subjectID)?.facts ?? [] where fact.property != Property.founded {
            guard found[fact.property] == nil, let date = Self.dateValue(of: fact) else { continue }
            found[fact.property] = ReferenceFact(
                value: date, source: ReferenceSource(citation: fact.source, location: fact.location?.description))
        }
        return found
    }

    /// A fact's date: its value when it is one, or a year written as a whole number for a
    /// property of a first or last occurrence (`first-`, `last-`).
    private static func dateValue(of fact: Fact) -> PartialDate? {
        switch fact.value {
        case .date(let date): return date.partialDate
        case .number(let number) where fact.property.hasPrefix("last-") || fact.property.hasPrefix("first-"):
            guard let year = Int(exactly: number as NSDecimalNumber), (1000...2999).contains(year) else { return nil }
            return PartialDate(year: year)
        default: return nil
        }
    }
}
