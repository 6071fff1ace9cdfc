import FactDeskKit
import Foundation

/// Reference data's numeric facts, as the number checker queries them.
extension ReferenceData: NumericFacts {
    /// The terms of every declared and well-known property in a language, except `founded`,
    /// whose value is a date.
    public func propertyTerms(in language: Language) -> [PropertyTerm] {
        let ids = Set(declaredProperties.map(\.id)).union(Property.wellKnown.keys).subtracting([Property.founded])
        return ids.sorted().compactMap { property($0) }.flatMap { property in
            property.terms[language, default: []].map { PropertyTerm(property: property.id, term: $0) }
        }
    }

    /// The facts of an entity with that property whose value is a number, with their validity,
    /// unit and source.
    public func numericFacts(_ property: String, of subjectID: String) -> [NumericFact] {
        (entity(subjectID)?.facts ?? []).compactMap { fact in
            guard fact.property == property, let value = fact.value.number else { return nil }
            return NumericFact(
                property: property, value: value, unit: fact.unit, from: fact.validity.from?.partialDate,
                to: fact.validity.to?.partialDate,
                source: ReferenceSource(citation: fact.source, location: fact.location?.description))
        }
    }
}
