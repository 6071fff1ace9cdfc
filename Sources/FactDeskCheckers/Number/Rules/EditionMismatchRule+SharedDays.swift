import FactDeskKit

/// Editions held together on the same days: a bloc that opens two summits at once ("the 30th
/// and 31st summits opened today"), numbered one after the other. An ordinal dated to those
/// days must be one of them, the first of two joined ordinals too ("the 29th and 31st summits").
extension EditionMismatchRule {
    /// The editions, two or more, that share the same days and that the claim's year and days
    /// point to, when its number is none of theirs.
    static func sharedDayEditions(against claim: EditionNumberClaim) -> [ReferenceEdition]? {
        guard let years = claim.years, let days = claim.days else { return nil }
        let held = claim.editions.filter { edition in
            years.contains { isHeld(edition, in: $0) } && EditionAnchor.days(of: edition)?.overlaps(days) == true
        }
        // Editions known only by their year share the whole year, not a day.
        guard held.count > 1, held.allSatisfy({ $0.start?.day != nil }), let first = held.first.flatMap(EditionAnchor.days(of:)),
            held.allSatisfy({ EditionAnchor.days(of: $0) == first }), !held.contains(where: { $0.number == claim.number })
        else { return nil }
        return held
    }

    static let sharedDayExamples: [RuleExample] = [
        reef("The leaders opened the 31st and ⟦32nd Reef Bloc Summits⟧ today in Pelagos.", .en),
        reef("The leaders opened the 30th and 31st Reef Bloc Summits today in Pelagos.", .en),
        reef("The leaders opened the ⟦32nd Reef Bloc Summit⟧ in Pelagos on October 9, 2024.", .en),
        reef("The leaders opened the 31st Reef Bloc Summit in Pelagos on October 9, 2024.", .en),
        reef("Les dirigeants ont ouvert aujourd’hui à Pelagos les 31e et ⟦32e sommets du Bloc Récif⟧.", .fr),
        reef("Les dirigeants ont ouvert aujourd’hui à Pelagos les 30e et 31e sommets du Bloc Récif.", .fr),
        reef("The leaders opened the ⟦29th⟧ and 31st Reef Bloc Summits today in Pelagos.", .en),
        reef("Les dirigeants ont ouvert aujourd’hui à Pelagos les ⟦29e⟧ et 31e sommets du Bloc Récif.", .fr),
        reef("The 14th Reef Bloc Summit opened in Pelagos in 2019.", .en),
    ]

    /// Wednesday 9 October 2024, the day the bloc's 30th and 31st summits were held together.
    private static let reefDay = CalendarDate(year: 2024, month: 10, day: 9)

    private static let reefReference = InMemoryReference([
        .init(
            id: "reef-bloc-summit", kind: .series,
            names: ["Reef Bloc Summit", "Reef Bloc Summits", "sommet du Bloc Récif", "sommets du Bloc Récif"],
            editions: [
                exampleEdition(12, "2019", nil, "Pelagos"),
                exampleEdition(13, "2019", nil, "Pelagos"),
                exampleEdition(29, "2023-09-05", "2023-09-05", "Pelagos"),
                exampleEdition(30, "2024-10-09", "2024-10-09", "Pelagos"),
                exampleEdition(31, "2024-10-09", "2024-10-09", "Pelagos"),
            ])
    ])

    private static func reef(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: reefDay, reference: reefReference)
    }

    /// The finding for an ordinal that is none of the editions held on its days.
    func sharedDayFinding(_ claim: EditionNumberClaim, editions: [ReferenceEdition], check: NumberCheck) -> Finding {
        let quoted = check.document.text(in: claim.span)
        return check.finding(
            descriptor, at: claim.span,
            message: check.wording.sharedDayEditions(
                quoted: quoted, numbers: editions.map(\.number), series: claim.series.name,
                dates: check.wording.dates(of: editions[0])),
            evidence: editions.map { edition in
                Evidence(
                    statement:
                        "edition \(edition.number) of \(claim.series.id): \(edition.start?.description ?? "?")"
                        + "..\(edition.end?.description ?? "?")" + (edition.place.map { " in \($0)" } ?? ""),
                    source: edition.source.citation ?? edition.source.location)
            })
    }
}

extension NumberWording {
    /// `edition-mismatch` for an ordinal that is none of the editions held on its days.
    func sharedDayEditions(quoted: String, numbers: [Int], series: String, dates: String?) -> String {
        let ordinals = numbers.map { ordinal($0, feminine: true) }
        let joined = ordinals.dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + ordinals[ordinals.count - 1]
        let days = dates.map { ", \($0)" } ?? ""
        switch language {
        case .fr:
            return "\(quote(quoted)) : selon les données de référence, les éditions tenues ces jours-là (\(series)) "
                + "sont les \(joined)\(days)."
        case .en:
            return "\(quote(quoted)): according to the reference data, the editions held on those days (\(series)) "
                + "are the \(joined)\(days)."
        }
    }
}
