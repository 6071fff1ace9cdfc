extension InMemoryReference: NumericFacts {
    /// The terms of ``properties`` in a language.
    public func propertyTerms(in language: Language) -> [PropertyTerm] {
        properties.flatMap { property in
            property.terms[language, default: []].map { PropertyTerm(property: property.id, term: $0) }
        }
    }

    /// The facts of a subject's ``Subject/facts`` with that property.
    public func numericFacts(_ property: String, of subjectID: String) -> [NumericFact] {
        subjects.first { $0.id == subjectID }?.facts.filter { $0.property == property } ?? []
    }
}
