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
            // Round spans tied to a year: after, ago, « après », « il y a ».
            ("The fair returns ⟦a century⟧ after its first edition.", .en, ["100 year"]),
            ("⟦Un siècle⟧ après sa fondation, le club recrute.", .fr, ["100 year"]),
            ("Il y a ⟦un demi-siècle⟧, la digue cédait.", .fr, ["50 year"]),
            ("It opened ⟦half a century⟧ ago.", .en, ["50 year"]),
            ("⟦A decade⟧ later, the dam broke.", .en, ["10 year"]),
            ("⟦Une décennie⟧ après la crue, la ville reconstruit.", .fr, ["10 year"]),
            ("⟦Deux siècles⟧ après la bataille, le village commémore.", .fr, ["200 year"]),
            ("The club marks ⟦a century⟧ of football.", .en, ["100 year"]),
            // One unit and "long" in one word; an article, a week or a month, then what it holds.
            ("A ⟦weeklong⟧ fair, then a ⟦monthlong⟧ tour.", .en, ["1 week", "1 month"]),
            ("The fair offers ⟦a fortnight⟧ of music.", .en, ["2 week"]),
            ("⟦Une semaine⟧ de festival, puis ⟦un mois⟧ de tournée.", .fr, ["1 week", "1 month"]),
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
            // Centuries of the calendar, loose or approximate spans.
            ("The 21st century began.", .en), ("Au XXe siècle, la ville grandit.", .fr), ("Le 20e siècle.", .fr),
            ("For centuries, the centuries-old wall stood.", .en), ("A century of song.", .en),
            ("Nearly a century after the war.", .en), ("Plus d’un siècle après la guerre.", .fr),
            ("More than a decade after the flood.", .en), ("Over the past decade, prices rose.", .en),
            ("Depuis un siècle, le village fête la moisson.", .fr), ("Nearly half a century ago.", .en),
            // A unit after an article with no "of" after it, a word ending in "long".
            ("Une semaine plus tard, le salon ferme.", .fr), ("A week later, the fair closed.", .en),
            ("Un jour de grève.", .fr), ("Prices belong to the past; the road is oblong.", .en),
        ])
    func notDurations(text: String, language: Language) {
        #expect(Extraction(text, language: language, extractor: DurationExtractor()).mentions.isEmpty)
    }
}
