import FactDeskKit

/// What `factdesk reference lint` warns about in data that loads: things the checkers will do
/// that the author probably did not mean.
public enum ReferenceWarnings {
    /// The warnings of valid data, ordered by place.
    ///
    /// A spelling that is both an entity's and a series' name (folded as drafts' words are, in a
    /// language both accept): where a draft writes it, the checkers read the entity, so the
    /// series' editions (`number/edition-mismatch`, `date/edition-date-mismatch`) are not checked
    /// there.
    public static func warnings(in data: ReferenceData) -> [ReferenceDiagnostic] {
        var entitiesByKey: [String: [(entity: Entity, name: Name)]] = [:]
        for entity in data.entities {
            for name in entity.names {
                entitiesByKey[NameFolding.key(name.text), default: []].append((entity, name))
            }
        }
        var warnings: [ReferenceDiagnostic] = []
        for series in data.series {
            var warned: Set<String> = []
            for name in series.names {
                let key = NameFolding.key(name.text)
                for (entity, entityName) in entitiesByKey[key] ?? []
                where sharesLanguage(name, entityName) && warned.insert(entity.id).inserted {
                    let place = entity.location.map { " (\($0))" } ?? ""
                    warnings.append(
                        ReferenceDiagnostic(
                            "'\(name.text)' names both series '\(series.id)' and entity '\(entity.id)'\(place): "
                                + "where a draft writes it the checkers read the entity, so this series' editions "
                                + "are not checked there; give the series or the entity a spelling of its own",
                            at: series.location ?? ReferenceValidator.unknownLocation, level: .warning))
                }
            }
        }
        return warnings.sorted()
    }

    /// Whether a draft in some language accepts both spellings.
    private static func sharesLanguage(_ first: Name, _ second: Name) -> Bool {
        guard let one = first.language, let other = second.language else { return true }
        return one == other
    }
}
