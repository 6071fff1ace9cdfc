import FactDeskKit
import FactDeskText
import Testing

@Suite("DurationExtractor")
struct DurationExtractorTests {
    @Test(
        "durations",
        arguments: [
            ("Ils échangeront, ⟦quatre jours⟧ durant, sur les priorités.", Language.fr, ["4 day"]),
            ("Ils se réunissent pendant ⟦trois jours⟧.", .fr, ["3 day"]),
            ("Un plan pour les ⟦cinq prochaines années⟧.", .fr, ["5 year"]),
            ("Depuis ⟦2 semaines⟧ et ⟦18 mois⟧.", .fr, ["2 week", "18 month"]),
            ("Durant ⟦quatre-vingt-dix jours⟧.", .fr, ["90 day"]),
            ("Pendant ⟦un an⟧, puis une semaine encore ?", .fr, ["1 year"]),
            ("Sur ⟦1,5 jour⟧.", .fr, ["1.5 day"]),
            ("A ⟦four-day⟧ meeting, then a ⟦4-day⟧ one.", .en, ["4 day", "4 day"]),
            ("They met for ⟦five days⟧ over ⟦twenty-one years⟧.", .en, ["5 day", "21 year"]),
            ("For ⟦a year⟧ and ⟦two months⟧.", .en, ["1 year", "2 month"]),
            ("A ⟦twenty-five-year⟧ plan.", .en, ["25 year"]),
            ("Un candidat a ⟦72 heures⟧ pour déposer un recours.", .fr, ["72 hour"]),
            ("A ⟦48-hour⟧ strike, then talks for ⟦six hours⟧.", .en, ["48 hour", "6 hour"]),
        ])
    func durations(marked: String, language: Language, values: [String]) {
        let extraction = Extraction(marked, language: language, extractor: DurationExtractor())
        #expect(extraction.spans == extraction.expectedSpans)
        #expect(extraction.values == values)
    }

    @Test(
        "not durations",
        arguments: [
            ("Un jour, il viendra.", Language.fr), ("Le premier jour.", .fr), ("La dixième année.", .fr),
            ("One day he came.", .en), ("The 93rd session.", .en), ("Les 196 pays.", .fr),
            ("Le jour J.", .fr), ("Rendez-vous à 16 heures.", .fr), ("Ouvert de 9 heures à 17 heures.", .fr),
            ("Les 24 Heures du Mans.", .fr), ("Départ vers 10 heures 30.", .fr), ("We meet at 10 hours sharp.", .en),
            ("Il parlera au journal de 20 heures.", .fr),
            ("Elle était l’invitée du 13 heures.", .fr), ("Le 20 heures a ouvert sur le vote.", .fr),
        ])
    func notDurations(text: String, language: Language) {
        #expect(Extraction(text, language: language, extractor: DurationExtractor()).mentions.isEmpty)
    }
}
