import FactDeskKit

/// Examples of `fact-mismatch` for the words news counts a subject's members, seats, charges and
/// teams with: "a total of 50 matches", a founding adjective opening a sentence (held against
/// the founders only when near them), "made up of 38 countries", "whose 38 members", "the
/// 38-strong alliance" (not "the 30-strong delegation"), "the 38 Harbour Alliance allies", "All
/// 38 allies" and "which now has 38 allies" (a body's), a trial's
/// "charges", a chamber's "constituencies", a tournament's "sides", "found guilty in the trial
/// on 20 counts", "was considering 20 counts", a hyphenated capacity after an adjective ("the
/// expanded 20-team Harbour Cup") or of nations before a tournament's name ("the first 20-nation
/// Harbour Cup"; not the teams of one stage: "the eight-team final round"), teams that "vie
/// for" a named tournament or that it "will see", matches it is "spread over", teams welcomed "to" a named tournament, "began with eight member states",
/// founders after a full date ("founded on 1 March 1960 by") or at the founding ("At its founding
/// in 1960 … had nine members"), a name with a plural possessive ("the Dock Workers' Guild"), not seats "to form a government", the
/// whole after a party's part ("won 60 of the 110 seats") and seats "in" an election named after
/// its chamber. Their reference data: the Harbour Alliance (40 member countries), the Lake
/// Assembly (120 seats) and its 2025 election, the Polar Research Centre (9 founding members),
/// the Oak Street trial (18 counts) and the 2023 HFA Harbour Cup (24 teams, 52 matches) of the
/// series Harbour Cup.
extension FactMismatchRule {
    static let countWordingExamples: [RuleExample] = [
        english("The 2023 Harbour Cup featured 24 teams playing a total of ⟦50 matches⟧."),
        english("The Polar Research Centre opened in 1960. ⟦Eight founding members⟧ signed its convention."),
        english("The Harbour Alliance, a bloc made up of ⟦38 countries⟧, met in Oslo."),
        english("The Harbour Alliance met in Oslo, where Lakeland's entry made it a ⟦38-member⟧ bloc."),
        english("The Harbour Alliance is a ⟦38-nation⟧ bloc."),
        english("The Harbour Alliance, whose ⟦38 members⟧ met in Oslo, agreed a plan."),
        english("Leaders of the ⟦38 Harbour Alliance allies⟧ met in Oslo."),
        english("The Harbour Alliance met in Oslo, where the ⟦38-strong⟧ alliance agreed a plan."),
        english("The Harbour Alliance met in Oslo. All ⟦38 allies⟧ agreed a plan."),
        english("The Harbour Alliance, which now has ⟦38 allies⟧, met in Oslo."),
        english("Marsh was found guilty in the Oak Street trial on all ⟦20 charges⟧."),
        english("Marsh was found guilty in the Oak Street trial on ⟦20 counts⟧."),
        english("The jury in the Oak Street trial was considering ⟦20 counts⟧."),
        english("Results were declared in all ⟦110 Lake Assembly constituencies⟧."),
        english("The 2023 Harbour Cup was the first to feature ⟦20 sides⟧.", published: tournamentDay),
        english("The expanded ⟦20-team⟧ Harbour Cup opens today.", published: tournamentDay),
        english("The 2023 tournament is the first ⟦20-nation⟧ Harbour Cup.", published: tournamentDay),
        english("Lakeland will welcome ⟦20 teams⟧ to the Harbour Cup.", published: tournamentDay),
        english("⟦Twenty teams⟧ will vie for the 2023 Harbour Cup in Lakeland.", published: tournamentDay),
        english("The 2023 Harbour Cup will see ⟦20 teams⟧ compete in Lakeland.", published: tournamentDay),
        english("The 2023 Harbour Cup is spread over ⟦50 matches⟧.", published: tournamentDay),
        english("Twenty-four teams will vie for the 2023 Harbour Cup in Lakeland.", published: tournamentDay),
        english("The 2023 Harbour Cup will see 24 teams compete in Lakeland.", published: tournamentDay),
        english("The 2023 Harbour Cup is spread over 52 matches.", published: tournamentDay),
        english("The Polar Research Centre began with ⟦eight member states⟧ in 1960."),
        english("At its founding in 1960 the Polar Research Centre had ⟦eight members⟧."),
        english("Founded by nine states in 1960, the Harbour Alliance now has ⟦38 member states⟧."),
        english("The Dock Workers' Guild, which has ⟦more than 13,000 members⟧, marched on Tuesday."),
        english("The Dock Workers’ Guild, which has ⟦20,000 members⟧, marched on Tuesday."),
        english("The Dock Workers' Guild, which claims ⟦nearly 9,000 members⟧, marched on Tuesday."),
        english("The Polar Research Centre was founded on 1 March 1960 by ⟦eight countries⟧."),
        english("The Polar Research Centre has grown from ⟦eight founding members⟧ to 20."),
        english("Results were declared for the Lake Assembly on Monday. The Hill Party won 60 of the ⟦110 seats⟧."),
        english("The Hill Party won 60 out of ⟦110 seats⟧ in the Lake Assembly election 2025."),
        english("The 2023 Harbour Cup featured 24 teams playing a total of 52 matches."),
        english("The Polar Research Centre opened in 1960. Nine founding members signed its convention."),
        english("The Polar Research Centre opened in 1960. Three founding members voted against."),
        english("The Harbour Alliance, a bloc made up of 40 countries, met in Oslo."),
        english("The Harbour Alliance met in Oslo, where Lakeland's entry made it a 40-member bloc."),
        english("The Harbour Alliance met in Oslo. Its team was a 30-member delegation."),
        english("The Harbour Alliance, whose 40 members met in Oslo, agreed a plan."),
        english("The Harbour Alliance, whose 12 members on the council met in Oslo, agreed a plan."),
        english("Leaders of the 40 Harbour Alliance allies met in Oslo."),
        english("The Harbour Alliance met in Oslo, where the 40-strong alliance agreed a plan."),
        english("The Harbour Alliance met in Oslo, where a 300-strong crowd protested."),
        english("The Harbour Alliance met in Oslo. The 30-strong delegation of Lakeland arrived."),
        english("The Harbour Alliance met in Oslo. All 40 allies agreed a plan."),
        english("The Harbour Alliance met in Oslo. Lakeland has 50 allies, its president said."),
        english("The Harbour Alliance met in Oslo. The 50 allies who back Lakeland stayed away."),
        english("The Harbour Alliance summit began with 30 allies posing for a photo."),
        english("Marsh was found guilty in the Oak Street trial on all 18 charges."),
        english("Marsh faces 40 charges in three criminal cases, including the Oak Street trial."),
        english("Results were declared in all 120 Lake Assembly constituencies."),
        english("The Lake Party won 40 constituencies in the Lake Assembly."),
        english("The 2023 Harbour Cup was the first to feature 24 sides.", published: tournamentDay),
        english("The expanded 24-team Harbour Cup opens today.", published: tournamentDay),
        english(
            "The Harbour Cup opens today; the eight-team final round begins on Saturday.", published: tournamentDay),
        english("The Harbour Cup opens today; the ⟦20-team⟧ tournament ends in July.", published: tournamentDay),
        english(
            "A 12-team qualifying tournament decided the last places at the Harbour Cup.", published: tournamentDay),
        english("The Harbour Alliance sent a 30-member delegation to Oslo.", published: tournamentDay),
        english("The 2023 tournament is the first 24-nation Harbour Cup.", published: tournamentDay),
        english("The Harbour Alliance chief began a 12-nation tour at the Harbour Cup.", published: tournamentDay),
        english("Lakeland will welcome 24 teams to the Harbour Cup.", published: tournamentDay),
        english("The Harbour Cup opens today. Oslo will welcome 10 teams to its base camps.", published: tournamentDay),
        english("The Harbour Cup opens today. The 20 teams of the 2019 edition were fewer.", published: tournamentDay),
        english(
            "The first 24-nation Harbour Cup is an increase from the 20 teams who played at the 2019 edition.",
            published: tournamentDay),
        english("The Polar Research Centre began with nine member states in 1960."),
        english("At its founding in 1960 the Polar Research Centre had nine members."),
        english("Founded by nine states in 1960, the Harbour Alliance now has 40 member states."),
        english("The Dock Workers' Guild, which has more than 12,000 members, marched on Tuesday."),
        english("The Dock Workers' Guild, which claims nearly 12,500 members, marched on Tuesday."),
        english("The Polar Research Centre was founded on 1 March 1960 by nine countries."),
        english("A party needs 61 seats to form a government in the Lake Assembly."),
        english("Results were declared for the Lake Assembly on Monday. The Hill Party won 60 of the 120 seats."),
        english(
            "Results were declared for the Lake Assembly on Monday. The Hill Party won 12 of the 42 seats"
                + " in Northshire."),
        english("The Hill Party won 60 out of 120 seats in the Lake Assembly election 2025."),
        english(
            "Results were declared for the Lake Assembly on Monday. The Hill Party won 40 of the 60 seats it"
                + " contested."),
    ]

    /// A day of the 2023 Harbour Cup, when "the Harbour Cup" is that year's.
    private static let tournamentDay = CalendarDate(year: 2023, month: 7, day: 1)

    /// The examples' reference data.
    static let countWordingReference = InMemoryReference(
        [
            .init(id: "lakeland", kind: .place, names: ["Lakeland"]),
            .init(id: "john-marsh", kind: .person, names: ["John Marsh", "Marsh"]),
            .init(
                id: "harbour-alliance", kind: .organization, names: ["Harbour Alliance"],
                facts: [NumericFact(property: "member-countries", value: 40)]),
            .init(
                id: "lake-assembly", kind: .organization, names: ["Lake Assembly"],
                facts: [NumericFact(property: "seats", value: 120)]),
            .init(id: "lake-party", kind: .organization, names: ["Lake Party"]),
            .init(
                id: "dock-guild", kind: .organization, names: ["Dock Workers' Guild"],
                facts: [NumericFact(property: "members", value: 12_400)]),
            .init(
                id: "lake-assembly-election-2025", kind: .event, names: ["Lake Assembly election 2025"],
                start: PartialDate(year: 2025, month: 11, day: 16), end: PartialDate(year: 2025, month: 11, day: 16)),
            .init(
                id: "polar-centre", kind: .organization, names: ["Polar Research Centre"],
                facts: [NumericFact(property: "founding-members", value: 9)]),
            .init(
                id: "oak-trial", kind: .event, names: ["Oak Street trial"],
                facts: [NumericFact(property: "counts", value: 18)]),
            .init(
                id: "harbour-cup", kind: .series, names: ["HFA Harbour Cup", "Harbour Cup"],
                editions: [
                    ReferenceEdition(
                        number: 3, start: PartialDate(year: 2023, month: 6, day: 20),
                        end: PartialDate(year: 2023, month: 7, day: 20), placeSpellings: [], source: ReferenceSource())
                ]),
            .init(
                id: "harbour-cup-2023", kind: .event, names: ["2023 HFA Harbour Cup"],
                facts: [NumericFact(property: "teams", value: 24), NumericFact(property: "matches", value: 52)]),
        ],
        properties: [
            ReferenceProperty(id: "seats", terms: [.en: ["seats"]]),
            ReferenceProperty(id: "members", terms: [.en: ["members"]]),
            ReferenceProperty(id: "member-countries", terms: [.en: ["member countries", "member states"]]),
            ReferenceProperty(id: "founding-members", terms: [.en: ["founding members"]]),
            ReferenceProperty(id: "teams", terms: [.en: ["teams"]]),
            ReferenceProperty(id: "matches", terms: [.en: ["matches"]]),
            ReferenceProperty(id: "counts", terms: [.en: ["counts", "felony counts"]]),
        ])

    private static func english(_ text: String, published: CalendarDate? = NumberExamples.published) -> RuleExample {
        RuleExample(text, language: .en, published: published, reference: countWordingReference)
    }
}
