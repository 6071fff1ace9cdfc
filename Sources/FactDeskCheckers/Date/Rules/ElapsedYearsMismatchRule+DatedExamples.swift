import FactDeskKit

extension ElapsedYearsMismatchRule {
    /// Years after a full date, a far year, a day of the previous or next sentence, or a reference
    /// event (``DatedElapsedYears``), and years ago beside a full date, read on 10 March 2026 (a
    /// Tuesday).
    static let datedExamples: [RuleExample] = {
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: RemembranceExamples.reference)
        }
        return [
            example("Plus de ⟦sept ans après la crue du 12 mai 2021⟧, la halle de Porto rouvre.", .fr),
            example("Plus de quatre ans après la crue du 12 mai 2021, la halle de Porto rouvre.", .fr),
            example("The Porto hall reopens more than ⟦seven years after the flood of 12 May 2021⟧.", .en),
            example("The Porto hall reopens more than four years after the flood of 12 May 2021.", .en),
            example("La halle rouvre ⟦sept ans et demi après la crue du 12 mai 2021⟧.", .fr),
            example("La halle rouvre quatre ans et demi après la crue du 12 mai 2021.", .fr),
            example("La halle a rouvert sept ans après la crue du 12 mai 2021.", .fr),
            // Counted by calendar years: the anniversary's year.
            example("The Porto hall reopens six years after the flood of 20 November 2020.", .en),
            example("The Porto hall reopens ⟦seven years after the flood of 20 November 2020⟧.", .en),
            // A present perfect goes with years since.
            example("In the ⟦seven years since the flood of 12 May 2021⟧, the hall has never reopened.", .en),
            example("In the four years since the flood of 12 May 2021, the hall has never reopened.", .en),
            example("In the seven years since the flood of 12 May 2021, the hall never reopened.", .en),
            example("La halle rouvre près de sept ans après la crue du 12 mai 2021.", .fr),
            example(
                "Les rameurs reviennent, ⟦sept ans après une série de régates qui avait marqué toute la ville de Porto en 2016⟧.",
                .fr),
            example(
                "Les rameurs reviennent, dix ans après une série de régates qui avait marqué toute la ville de Porto en 2016.",
                .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. ⟦Huit ans⟧ après cette crue, des hommages ont lieu.", .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. Dix ans après cette crue, des hommages ont lieu.", .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. ⟦Huit ans⟧ après la crue, la ville se souvient.", .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. Dix ans après la crue, la ville se souvient.", .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. Huit ans après la réforme, la ville se souvient.", .fr),
            example("On 12 May 2016, a flood swept Porto. ⟦Eight years⟧ after the flood, the town remembers.", .en),
            // Years after or later that open their sentence, a comma after them.
            example("Le 12 mai 2016, une crue a ravagé Porto. ⟦Huit ans⟧ après, la ville se souvient.", .fr),
            example("Le 12 mai 2016, une crue a ravagé Porto. Dix ans après, la ville se souvient.", .fr),
            example("On 12 May 2016, a flood swept Porto. ⟦Eight years⟧ later, the town remembers.", .en),
            example("On 12 May 2016, a flood swept Porto. Ten years later, the town remembers.", .en),
            example("On 12 May 2016, a flood swept Porto. Two years later, the dike was rebuilt.", .en),
            example("C’était il y a ⟦huit ans⟧. Une crue ravageait Porto le 12 mai 2016.", .fr),
            example("C’était il y a dix ans. Une crue ravageait Porto le 12 mai 2016.", .fr),
            example("That was ⟦eight years⟧ ago. A flood swept Porto on 12 May 2016.", .en),
            example("That was ten years ago. A flood swept Porto on 12 May 2016.", .en),
            example("It has been ⟦13 years since the Kumasi flood⟧.", .en),
            example("It has been 15 years since the Kumasi flood.", .en),
            example("⟦Thirteen years on from the Kumasi flood⟧, the lower town is open again.", .en),
            example("Fourteen years on from the Kumasi flood, the lower town is open again.", .en),
            example("Cela fait ⟦douze ans que l’inondation de Kumasi⟧ a ravagé la ville basse.", .fr),
            example("Cela fait quatorze ans que l’inondation de Kumasi a ravagé la ville basse.", .fr),
            example("Voilà ⟦douze ans que l’inondation de Kumasi⟧ a ravagé la ville basse.", .fr),
            // A verb of marking right before the years counts them to the marking.
            example("Crowds gathered to mark ⟦12 years since the Kumasi flood⟧.", .en),
            example("Crowds gathered to mark 14 years since the Kumasi flood.", .en),
            example("Last year, crowds gathered to mark 13 years since the Kumasi flood.", .en),
            example("It had been 13 years since the Kumasi flood when the dam failed.", .en),
            example("⟦Thirteen years⟧ ago, the Kumasi flood swept the lower town.", .en),
            example("Fifteen years ago, the Kumasi flood swept the lower town.", .en),
            example("Il y a ⟦treize ans⟧, l’inondation de Kumasi ravageait la ville basse.", .fr),
            example("Il y a quinze ans, l’inondation de Kumasi ravageait la ville basse.", .fr),
            example("Thirteen years ago, the town marked the anniversary of the Kumasi flood.", .en),
            // The start's own clause may tell its past; a day of the text's week dates a past to the text's time.
            example("It has been ⟦13 years since the Kumasi flood⟧ swept the lower town.", .en),
            example("It has been 15 years since the Kumasi flood swept the lower town.", .en),
            example("⟦Six ans après l’inondation de Kumasi⟧ qui a ravagé la ville basse, la digue tient toujours.", .fr),
            example("Quinze ans après l’inondation de Kumasi qui a ravagé la ville basse, la digue tient toujours.", .fr),
            example("Six ans après l’inondation de Kumasi qui a ravagé la ville basse, la digue a été reconstruite.", .fr),
            example("La halle a rouvert samedi, ⟦sept ans après la crue du 12 mai 2021⟧.", .fr),
            example("La halle a rouvert samedi, quatre ans et demi après la crue du 12 mai 2021.", .fr),
            example("The hall reopened on Saturday, ⟦seven years after the flood of 12 May 2021⟧.", .en),
            example("The hall reopened on Saturday, nearly five years after the flood of 12 May 2021.", .en),
            // From a known day, rounded up by a quarter of a year at most.
            example("La halle rouvre ⟦cinq ans et demi après la crue du 12 mai 2021⟧.", .fr),
            example("La halle rouvre cinq ans après la crue du 12 mai 2021.", .fr),
            // Years ago beside a full date count to the day.
            example("Le ⟦2 mars 2016, il y a neuf ans⟧, une crue ravageait Porto.", .fr),
            example("Le 2 mars 2016, il y a dix ans, une crue ravageait Porto.", .fr),
            example("Le 14 mars 2016, il y a dix ans, une crue ravageait Porto.", .fr),
            // A year right before the years is their time.
            example("The lower town was rebuilt in ⟦2016, seven years after the Kumasi flood⟧.", .en),
            example("The lower town was rebuilt in 2016, five years after the Kumasi flood.", .en),
            example("La ville basse a été rebâtie en ⟦2016, sept ans après l’inondation de Kumasi⟧.", .fr),
            example("La ville basse a été rebâtie en 2016, cinq ans après l’inondation de Kumasi.", .fr),
            // The date right after years ago, and words between « il y a » and the years.
            example("A flood swept Porto ⟦nine years ago on 2 March 2016⟧.", .en),
            example("A flood swept Porto ten years ago on 2 March 2016.", .en),
            example("A flood swept Porto ⟦eight years ago in 2016⟧.", .en),
            example("Il y a tout juste ⟦neuf ans, le 2 mars 2016⟧, une crue ravageait Porto.", .fr),
            example("Il y a maintenant dix ans, le 2 mars 2016, une crue ravageait Porto.", .fr),
            example("On ⟦March 2, 2016, nine years⟧ ago, a flood swept Porto.", .en),
            example("On March 2, 2016, ten years ago, a flood swept Porto.", .en),
            example("A flood swept Porto ⟦eleven years ago, on 14 March 2016⟧.", .en),
            example("A flood swept Porto ten years ago, on 14 March 2016.", .en),
            // « Cela fait déjà N ans que »: an adverb between.
            example("Cela fait déjà ⟦neuf ans que la crue du 2 mars 2016⟧ a ravagé Porto.", .fr),
            example("Cela fait déjà dix ans que la crue du 2 mars 2016 a ravagé Porto.", .fr),
        ] + toTheDayExamples
    }()

    /// Years ago to the day, read on 11 March 2026, the day and month of the Kumasi flood (11
    /// March 2011): from the one reference event of that day, when the sentence names none.
    static let toTheDayExamples: [RuleExample] = {
        let anniversary = CalendarDate(year: 2026, month: 3, day: 11)
        func example(_ text: String, _ language: Language, published: CalendarDate? = anniversary) -> RuleExample {
            RuleExample(text, language: language, published: published, reference: RemembranceExamples.reference)
        }
        return [
            example("⟦Thirteen years⟧ ago today, water swept the lower town.", .en),
            example("Fifteen years ago today, water swept the lower town.", .en),
            example("Il y a ⟦treize ans⟧ jour pour jour, l’eau envahissait la ville basse.", .fr),
            example("Il y a quinze ans jour pour jour, l’eau envahissait la ville basse.", .fr),
            example("Il y a treize ans aujourd’hui, l’eau envahissait la ville basse.", .fr, published: published),
            example("Thirteen years ago, water swept the lower town in a single night.", .en),
        ]
    }()
}
