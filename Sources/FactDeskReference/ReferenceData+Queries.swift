import FactDeskKit

extension ReferenceData {
    /// The entity with an id.
    public func entity(_ id: String) -> Entity? {
        entityWithPosition(id)?.entity
    }

    /// The entity with an id and its position in the order read.
    func entityWithPosition(_ id: String) -> (entity: Entity, position: Int)? {
        switch entityStore {
        case .memory(let entities, let positions): positions[id].map { (entities[$0], $0) }
        case .snapshot(let entities): entities.entity(id)
        }
    }

    /// The series with an id.
    public func series(_ id: String) -> Series? {
        seriesPositions[id].map { series[$0] }
    }

    /// A property by id: the declared one, its terms joined with the well-known ones when it is
    /// also well-known; or the well-known one.
    public func property(_ id: String) -> Property? {
        let wellKnown = Property.wellKnown[id]
        guard let position = propertyPositions[id] else { return wellKnown }
        var declared = declaredProperties[position]
        for (language, terms) in wellKnown?.terms ?? [:] {
            let own = declared.terms[language, default: []]
            declared.terms[language] = own + terms.filter { !own.contains($0) }
        }
        return declared
    }

    /// Every property, declared or well-known, with a term that folds like `phrase` in a language
    /// (`États membres` finds `member-countries`).
    public func properties(withTerm phrase: String, language: Language) -> [Property] {
        let key = NameFolding.key(phrase)
        let ids = Set(declaredProperties.map(\.id)).union(Property.wellKnown.keys).sorted()
        return ids.compactMap { property($0) }.filter { property in
            property.terms[language, default: []].contains { NameFolding.key($0) == key }
        }
    }

    /// The facts of one property of one entity in force on a day, the most recently started first.
    ///
    /// Usually one; two on the day of a hand-over written at month or year precision (`to: 2025-11`
    /// then `from: 2025-11`), when the draft may mean either.
    public func facts(_ property: String, of entityID: String, on date: CalendarDate) -> [Fact] {
        (entity(entityID)?.facts ?? [])
            .filter { $0.property == property && $0.validity.contains(date) }
            .sorted { startDay($0) > startDay($1) }
    }

    private func startDay(_ fact: Fact) -> Int {
        fact.validity.from?.earliestDay.daysSinceEpoch ?? Int.min
    }

    /// The fact of one property of one entity in force on a day (the most recently started one at
    /// a hand-over), or `nil`.
    public func fact(_ property: String, of entityID: String, on date: CalendarDate) -> Fact? {
        facts(property, of: entityID, on: date).first
    }

    /// The roles a person holds on a day.
    public func roles(of personID: String, on date: CalendarDate) -> [Role] {
        (entity(personID)?.roles ?? []).filter { $0.validity.contains(date) }
    }

    /// The edition of a series with a number (the 93rd).
    public func edition(of seriesID: String, number: Int) -> Edition? {
        series(seriesID)?.editions.first { $0.number == number }
    }

    /// The editions of a series held (even partly) in a year.
    public func editions(of seriesID: String, inYear year: Int) -> [Edition] {
        series(seriesID)?.editions.filter { $0.isHeld(inYear: year) } ?? []
    }

    /// The entities a phrase names exactly, once folded for case, diacritics, hyphens,
    /// apostrophes and spaces (`ALRAISI` names the entity spelt `Al-Raisi`).
    public func entities(named phrase: String) -> [Entity] {
        nameIndex.exactIDs(phrase).compactMap { entity($0) }
    }

    /// The series a phrase names exactly, folded like ``entities(named:)``.
    public func series(named phrase: String) -> [Series] {
        nameIndex.exactIDs(phrase).compactMap { series($0) }
    }
}
