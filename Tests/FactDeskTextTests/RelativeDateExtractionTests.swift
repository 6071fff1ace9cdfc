import FactDeskKit
import FactDeskText
import Testing

@Suite("DateExtractor: relative dates")
struct RelativeDateExtractionTests {
    static let relativeKinds: Set<Mention.Kind> = [.relativeDate, .weekday, .date]

    @Test(
        "French and English relative dates",
        arguments: [
            ("Il est arrivé ⟦hier⟧ et repart ⟦demain⟧.", Language.fr, ["-1 day", "1 day"]),
            ("⟦Aujourd’hui⟧, ⟦avant-hier⟧ et ⟦après-demain⟧.", .fr, ["0 day", "-2 day", "2 day"]),
            ("Il viendra ⟦lundi prochain⟧, pas ⟦mardi dernier⟧.", .fr, ["monday 1", "tuesday -1"]),
            ("Il a voté ⟦ce lundi⟧ et ⟦mardi passé⟧.", .fr, ["monday 0", "tuesday -1"]),
            ("⟦La semaine dernière⟧, ⟦le mois prochain⟧ et ⟦l’an dernier⟧.", .fr, ["-1 week", "1 month", "-1 year"]),
            ("⟦Cette année⟧ comme ⟦l’année prochaine⟧.", .fr, ["0 year", "1 year"]),
            ("They met ⟦yesterday⟧, meet ⟦today⟧ and ⟦tomorrow⟧.", .en, ["-1 day", "0 day", "1 day"]),
            ("It opens ⟦next Monday⟧ and closed ⟦last Friday⟧.", .en, ["monday 1", "friday -1"]),
            ("⟦Last week⟧, ⟦this year⟧ and ⟦next month⟧.", .en, ["-1 week", "0 year", "1 month"]),
            ("The ⟦day after tomorrow⟧ and the ⟦day before yesterday⟧.", .en, ["2 day", "-2 day"]),
        ])
    func relative(marked: String, language: Language, values: [String]) {
        let extraction = Extraction(marked, language: language, kinds: [.relativeDate])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == values)
    }

    @Test(
        "words that are not relative dates",
        arguments: [
            ("The last week of November was busy.", Language.en), ("In the last year, prices rose.", .en),
            ("La dernière semaine de novembre.", .fr), ("Le dernier jour.", .fr), ("Ce projet est fini.", .fr),
        ])
    func notRelative(text: String, language: Language) {
        #expect(Extraction(text, language: language, kinds: [.relativeDate]).mentions.isEmpty)
    }

    @Test func aWeekdayBeforeItsDateStaysWithTheDate() {
        let extraction = Extraction("Rendez-vous ce ⟦lundi 24 novembre 2025⟧.", kinds: Self.relativeKinds)
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == ["2025-11-24 monday"])
    }

    @Test(
        "“dernier” and “prochain” put a date without a year before or after the publication",
        arguments: [
            ("Le ⟦3 mars dernier⟧.", "2025-11-24", "2025-03-03"),
            ("Le ⟦3 mars prochain⟧.", "2025-11-24", "2026-03-03"),
            ("Le ⟦24 novembre dernier⟧.", "2025-11-24", "2025-11-24"),
            ("Le ⟦30 novembre dernier⟧.", "2025-11-24", "2024-11-30"),
        ])
    func yearDirection(marked: String, published: String, value: String) {
        let extraction = Extraction(marked, published: published, kinds: [.date])
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == [value])
    }

    @Test func relativeDatesAreDecidedFromThePublicationDate() {
        let monday = CalendarDate(iso: "2025-11-24")!
        #expect(RelativeDate.days(-1).day(from: monday)?.iso == "2025-11-23")
        #expect(RelativeDate.weekday(.tuesday, offset: -1).day(from: monday)?.iso == "2025-11-18")
        #expect(RelativeDate.weekday(.monday, offset: -1).day(from: monday)?.iso == "2025-11-17")
        #expect(RelativeDate.weekday(.monday, offset: 1).day(from: monday)?.iso == "2025-12-01")
        #expect(RelativeDate.weekday(.friday, offset: 0).day(from: monday)?.iso == "2025-11-28")
        #expect(RelativeDate.years(-1).year(from: monday) == 2024)
        #expect(RelativeDate.weeks(1).day(from: monday) == nil)
    }
}
