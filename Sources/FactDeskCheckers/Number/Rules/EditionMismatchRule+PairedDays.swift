import FactDeskKit

/// Two ordinals joined by "and", « et » under one name of a series ("the 44th and 45th Reef
/// Bloc Summits") number editions held together. When one of them numbers an edition the
/// reference data holds on the same days as another, the other ordinal must be that one — in a
/// draft published about those days, whatever its sentence says of when ("During the 42nd and
/// 45th Reef Bloc Summits, leaders adopted …" three days after the 44th and 45th ended).
extension EditionMismatchRule {
    /// How many days before the shared days a draft may announce the editions held together.
    static let pairedDaysBefore = 30

    /// The editions held together on the same days, two or more, that the ordinal joined to the
    /// claim's numbers, when the claim's number is none of theirs and the publication date is
    /// near those days.
    static func pairedSharedDayEditions(against claim: EditionNumberClaim, in check: NumberCheck)
        -> [ReferenceEdition]?
    {
        guard let published = check.document.published,
            let partner = partner(of: claim, in: check),
            let partnerEdition = claim.editions.first(where: { $0.number == partner.number }),
            partnerEdition.start?.day != nil, let days = EditionAnchor.days(of: partnerEdition)
        else { return nil }
        let held = claim.editions.filter { $0.start?.day != nil && EditionAnchor.days(of: $0) == days }
        let opening = days.lowerBound.adding(days: -pairedDaysBefore)
        let closing = days.upperBound.adding(days: EditionAnchor.nearDays)
        guard held.count > 1, !held.contains(where: { $0.number == claim.number }), (opening...closing).contains(published)
        else { return nil }
        return held
    }

    /// The claim of the same series whose ordinal is joined to the claim's by one word of
    /// ``EditionNumberClaimBuilder/pairJoiners``, before or after it.
    private static func partner(of claim: EditionNumberClaim, in check: NumberCheck) -> EditionNumberClaim? {
        let document = check.document
        let ordinal = document.tokenRange(of: claim.mention.span)
        return check.editions.first { other in
            guard other.series.id == claim.series.id, other.mention.span != claim.mention.span else { return false }
            let otherOrdinal = document.tokenRange(of: other.mention.span)
            let joiner =
                otherOrdinal.lowerBound == ordinal.upperBound + 1 ? ordinal.upperBound
                : ordinal.lowerBound == otherOrdinal.upperBound + 1 ? otherOrdinal.upperBound : nil
            return joiner.map { check.folded.isWord($0, in: EditionNumberClaimBuilder.pairJoiners) } ?? false
        }
    }

    static let pairedDayExamples: [RuleExample] = [
        pelagos("During the ⟦29th⟧ and 31st Reef Bloc Summits, leaders adopted a charter."),
        pelagos("During the 30th and ⟦32nd Reef Bloc Summits⟧, leaders adopted a charter."),
        pelagos("Pendant les ⟦29e⟧ et 31e sommets du Bloc Récif, les dirigeants ont adopté une charte.", .fr),
        pelagos("During the 30th and 31st Reef Bloc Summits, leaders adopted a charter."),
        pelagos("Pendant les 30e et 31e sommets du Bloc Récif, les dirigeants ont adopté une charte.", .fr),
        pelagos("The 14th Reef Bloc Summit adopted the first charter."),
        RuleExample(
            "During the 29th and 31st Reef Bloc Summits, leaders adopted a charter.", language: .en,
            published: CalendarDate(year: 2025, month: 6, day: 2), reference: pelagosReference),
    ]

    /// Monday 14 October 2024, three days after the bloc's 30th and 31st summits ended.
    private static let pelagosDay = CalendarDate(year: 2024, month: 10, day: 14)

    private static let pelagosReference = InMemoryReference([
        .init(
            id: "reef-bloc-summit", kind: .series,
            names: ["Reef Bloc Summit", "Reef Bloc Summits", "sommet du Bloc Récif", "sommets du Bloc Récif"],
            editions: [
                exampleEdition(14, "2019-05-02", "2019-05-03", "Pelagos"),
                exampleEdition(29, "2023-09-05", "2023-09-06", "Pelagos"),
                exampleEdition(30, "2024-10-09", "2024-10-11", "Pelagos"),
                exampleEdition(31, "2024-10-09", "2024-10-11", "Pelagos"),
                exampleEdition(32, "2025-05-26", "2025-05-27", "Coralia"),
            ])
    ])

    private static func pelagos(_ text: String, _ language: Language = .en) -> RuleExample {
        RuleExample(text, language: language, published: pelagosDay, reference: pelagosReference)
    }
}
