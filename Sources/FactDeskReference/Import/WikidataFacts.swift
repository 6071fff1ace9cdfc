/// Turns the statements of one whitelisted property into facts with validity periods that do
/// not overlap.
enum WikidataFacts {
    private struct Dated {
        let value: FactValue
        let unit: String?
        var from: ReferenceDate?
        var to: ReferenceDate?
    }

    static func facts(_ statements: [WikidataEntity.Statement], property: String, source: String) -> [Fact] {
        let kept = statements.filter { $0.rank != "deprecated" }
        let values: [(statement: WikidataEntity.Statement, dated: Dated)] = kept.compactMap { statement in
            guard statement.mainsnak.snaktype == "value", let value = statement.mainsnak.datavalue else { return nil }
            let fact: (FactValue, String?)?
            if property == Property.founded {
                fact = value.date.map { (.date($0), nil) }
            } else {
                fact = value.quantity.map { (.number($0.amount), $0.unit) }
            }
            guard let (factValue, unit) = fact else { return nil }
            let qualifier = { (id: String) in statement.qualifiers?[id]?.first?.datavalue?.date }
            return (
                statement,
                Dated(value: factValue, unit: unit, from: qualifier("P580") ?? qualifier("P585"), to: qualifier("P582"))
            )
        }
        if property == Property.founded {
            return chosen(values).map { Fact(property: property, value: $0.value, source: source) }
        }
        var dated = values.map(\.dated).filter { $0.from != nil || $0.to != nil }
        if dated.isEmpty {
            return chosen(values).map { Fact(property: property, value: $0.value, unit: $0.unit, source: source) }
        }
        dated.sort { ($0.from?.earliestDay.daysSinceEpoch ?? .min) < ($1.from?.earliestDay.daysSinceEpoch ?? .min) }
        var facts: [Fact] = []
        for (position, value) in dated.enumerated() {
            var to = value.to
            if to == nil, position + 1 < dated.count, let next = dated[position + 1].from { to = next.previous }
            let period = ValidityPeriod(from: value.from, to: to)
            // Overlapping claims in the source: the earlier-dated value is kept.
            guard !period.isReversed, !facts.contains(where: { $0.validity.overlaps(period) }) else { continue }
            facts.append(
                Fact(property: property, value: value.value, unit: value.unit, validity: period, source: source))
        }
        return facts
    }

    /// The preferred value, or the first, when values are undated.
    private static func chosen(_ values: [(statement: WikidataEntity.Statement, dated: Dated)]) -> [Dated] {
        let preferred = values.first { $0.statement.rank == "preferred" } ?? values.first
        return preferred.map { [$0.dated] } ?? []
    }
}
