import FactDeskKit

extension EditionDateMismatchRule {
    /// The INTERPOL General Assembly's last three editions, as the examples assume them.
    static let assembly = InMemoryReference.Subject(
        id: "interpol-general-assembly", kind: .series,
        names: ["Assemblée générale d’INTERPOL", "INTERPOL General Assembly", "General Assembly"],
        editions: [
            ReferenceEdition(
                number: 91, start: PartialDate(year: 2023, month: 11, day: 28),
                end: PartialDate(year: 2023, month: 12, day: 1),
                placeSpellings: ["Vienne", "Vienna"], source: ReferenceSource(location: "reference/interpol.yml:31:9")),
            ReferenceEdition(
                number: 92, start: PartialDate(year: 2024, month: 11, day: 4),
                end: PartialDate(year: 2024, month: 11, day: 7),
                placeSpellings: ["Glasgow"], source: ReferenceSource(location: "reference/interpol.yml:32:9")),
            ReferenceEdition(
                number: 93, start: PartialDate(year: 2025, month: 11, day: 24),
                end: PartialDate(year: 2025, month: 11, day: 27),
                placeSpellings: ["Marrakech", "Marrakesh"],
                source: ReferenceSource(location: "reference/interpol.yml:33:9")),
        ])

    static let examples: [RuleExample] = {
        let reference = InMemoryReference([assembly])
        let published = CalendarDate(iso: "2025-11-24")
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: reference)
        }
        return [
            example(
                "La session précédente de l’Assemblée générale d’INTERPOL s’est tenue à ⟦Glasgow du 7 au 10 novembre 2023⟧.",
                .fr),
            example("La 93e session de l’Assemblée générale d’INTERPOL se tient ⟦du 24 au 28 novembre 2025⟧.", .fr),
            example(
                "L’Assemblée générale d’INTERPOL s’ouvre à Marrakech. La session précédente s’était tenue à ⟦Glasgow du 7 au 10 novembre 2023⟧.",
                .fr),
            example("The previous General Assembly session was held in ⟦Glasgow on November 7–10, 2023⟧.", .en),
            example("The 93rd General Assembly opened in ⟦Marrakesh on December 2, 2025⟧.", .en),
            example("The General Assembly was held in ⟦Glasgow in November 2025⟧.", .en),
            // A year whose edition the reference data does not list may be one it does not know.
            example("The delegate first spoke at the General Assembly in Glasgow in 2004.", .en),
            example("La déléguée a pris la parole pour la première fois à l’Assemblée générale, à Vienne en 2004.", .fr),
            example("The General Assembly was due to be held in Glasgow in November 2025 but was postponed.", .en),
            example("L’Assemblée générale, initialement prévue à Glasgow en novembre 2025, se tient ailleurs.", .fr),
            example(
                "La session précédente de l’Assemblée générale d’INTERPOL s’est tenue à Glasgow du 4 au 7 novembre 2024.",
                .fr),
            example("La 93e session de l’Assemblée générale d’INTERPOL se tient du 24 au 27 novembre 2025.", .fr),
            example("La 94e session de l’Assemblée générale d’INTERPOL se tiendra en 2026.", .fr),
            // The dates after another numbered event of the sentence are that event's (« les Ves »:
            // a plural Roman ordinal of one letter).
            example(
                "La 93e session de l’Assemblée générale d’INTERPOL se tient du 24 au 27 novembre 2025, tandis que les Ves Assises du Port auront lieu du 3 au 5 décembre 2025.",
                .fr),
            example("La 94e session de l’Assemblée générale d’INTERPOL se tient du 24 au 27 novembre 2025.", .fr),
            example("La 92e session de l’Assemblée générale d’INTERPOL se tient du 24 au 27 novembre 2025.", .fr),
            example("The General Assembly's debating prize was won by Glasgow in November 2025.", .en),
            example("The 93rd General Assembly opened in Marrakesh on November 24, 2025.", .en),
            // A date given to people, not to the edition.
            example("The 93rd General Assembly honoured 40 officers, including 12 who died in 2021.", .en),
            example("La 93e session de l’Assemblée générale d’INTERPOL a honoré 40 policiers, dont 12 tués en 2021.", .fr),
            example("The 93rd General Assembly honoured 40 officers in ⟦2021⟧.", .en),
            example(
                "Le ministre, à Glasgow du 7 au 10 novembre 2023 pour un congrès, a manqué la 92e session de l’Assemblée générale d’INTERPOL.",
                .fr),
            example("Le festival de Glasgow se tenait du 7 au 10 novembre 2023.", .fr),
            example(
                "La 93e session de l’Assemblée générale d’INTERPOL, organisation fondée en 1923, se tient du 24 au 27 novembre 2025.",
                .fr),
            example("The 93rd General Assembly, held every year since 1946, opened in Marrakesh on November 24, 2025.", .en),
            example(
                "The General Assembly was due to be held in Glasgow in November 2023 but was postponed by a year.", .en),
            example("The General Assembly was originally planned for Glasgow in November 2023.", .en),
            example(
                "L’Assemblée générale d’INTERPOL devait se tenir à Glasgow en novembre 2023, avant d’être reportée.", .fr),
            example("La 92e session, prévue initialement à Glasgow en novembre 2023, a été décalée.", .fr),
            example(
                "The General Assembly, due in Glasgow in November 2024, was postponed to ⟦Marrakesh in November 2023⟧.", .en),
            // A date after another edition (« la précédente session, en 2024 ») is that one's.
            example(
                "La 93e session de l’Assemblée générale d’INTERPOL s’ouvre à Marrakech, un an après la précédente session, en 2024.",
                .fr),
            example("The 93rd General Assembly opened in Marrakesh; the last session in 2024 was shorter.", .en),
            example("The 93rd General Assembly opened in Marrakesh; the session in ⟦2024⟧ was shorter.", .en),
            // A year that ends a clause of founding is the body's past.
            example("The 93rd General Assembly of a body founded by police chiefs in 1923 opened in Marrakesh.", .en),
            // The year of a format introduced, a stretch of whole years: history, not the edition.
            example("The 93rd General Assembly keeps the voting format introduced in 1998 and opened in Marrakesh.", .en),
            example("The 93rd General Assembly keeps the voting format adopted in ⟦1998⟧ and opened in Marrakesh.", .en),
            example("The 93rd General Assembly opened in Marrakesh, a city that hosted trade fairs from 1998 to 2007.", .en),
            example("La 93e session de l’Assemblée générale d’INTERPOL reprend les règles des sessions de 1998 à 2007.", .fr),
            // A target date ("by", « d’ici », « à l’horizon ») is no edition's date.
            example("The 93rd General Assembly, to be completed by March 2024, opened in Marrakesh.", .en),
            example("La 93e session de l’Assemblée générale d’INTERPOL, d’ici mars 2024, s’ouvre à Marrakech.", .fr),
            example("The 93rd General Assembly, held in ⟦March 2024⟧, opened in Marrakesh.", .en),
            example("La 93e session de l’Assemblée générale d’INTERPOL, tenue en ⟦mars 2024⟧, s’ouvre à Marrakech.", .fr),
        ] + sharedSpellingExamples
    }()

    /// A festival whose founding the reference data keeps on an entity and whose editions on a
    /// series spelt the same: the draft's words name both.
    static let sharedSpellingExamples: [RuleExample] = {
        let reference = InMemoryReference([
            .init(id: "kesra-nights", kind: .other, names: ["Kesra Nights"], founded: PartialDate(year: 1990)),
            .init(
                id: "kesra-nights-editions", kind: .series, names: ["KESRA NIGHTS"],
                editions: [
                    ReferenceEdition(
                        number: 36, start: PartialDate(year: 2026, month: 6, day: 12),
                        end: PartialDate(year: 2026, month: 6, day: 14), placeSpellings: [], source: ReferenceSource())
                ]),
        ])
        func example(_ text: String) -> RuleExample {
            RuleExample(text, language: .en, published: CalendarDate(iso: "2026-06-01"), reference: reference)
        }
        return [
            example("The 36th Kesra Nights runs ⟦from June 5 to June 7, 2026⟧."),
            example("The 36th Kesra Nights runs from June 12 to June 14, 2026."),
        ]
    }()
}
