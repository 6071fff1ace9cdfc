import FactDeskKit

extension WeekdayMismatchRule {
    /// A date written without a year, in a text without a publication date, whose weekday is
    /// wrong in the year its sentence gives: the year its anniversary speaks in
    /// (``RememberedYear``: « dimanche 7 avril » beside « les 20 ans de la crue de 1994 » is
    /// 7 April 2014, a Monday), else the year of the edition it names (``EditionYear``:
    /// « l’édition 2026 du salon ouvre dimanche 14 avril »). Either the weekday or the anniversary
    /// may be wrong, so that finding spans both. Silent when the weekday is right in the
    /// remembered year, unless a future verb comes before the date: the date may be the day
    /// remembered.
    /// - Returns: `nil` when the sentence gives no year; else the finding, if any: a date the
    ///   sentence's year accounts for is read no other way.
    func sentenceYearFindings(_ mention: Mention, date: PartialDate, written: Weekday, check: DateCheck) -> [Finding]? {
        guard date.year == nil, let month = date.month, let dayOfMonth = date.day else { return nil }
        let sentence = check.document.sentenceIndex(of: mention.span.start)
        let year: Int
        let span: Span
        let evidence: Evidence
        if let remembered = RememberedYear.of(sentence: sentence, check: check) {
            // A future verb before the date makes it the commemoration's day ("will take place on …").
            let first = check.document.tokenIndex(from: mention.span.start)
            let isFuture = check.tenses.tense(before: first, in: check.document.sentences[sentence].tokens) == .future
            guard isFuture || CalendarDate(year: remembered.remembered, month: month, day: dayOfMonth)?.weekday != written
            else { return [] }
            (year, span, evidence) = (remembered.year, mention.span.union(remembered.mention.span), remembered.evidence)
        } else if let edition = EditionYear.of(sentence: sentence, check: check) {
            (year, span, evidence) = (edition.year, mention.span, edition.evidence)
        } else {
            return nil
        }
        guard let day = CalendarDate(year: year, month: month, day: dayOfMonth), day.weekday != written else {
            return []
        }
        return [
            finding(
                check, quoted: check.document.text(in: span), span: span, mismatches: [day],
                replacements: [check.wording.weekday(day.weekday)], evidence: [evidence])
        ]
    }

    /// A film festival founded in 2010.
    private static let foundedFestival = InMemoryReference([
        .init(
            id: "reflets", kind: .other, names: ["festival Reflets", "Reflets festival"],
            founded: PartialDate(year: 2010)),
    ])

    /// Dates without a year beside an anniversary or an edition year: in that year, else silent.
    static let sentenceYearExamples: [RuleExample] = [
        RuleExample(
            "On ⟦Thursday, March 11, the town marked the 15th anniversary⟧ of the Kumasi flood.", language: .en,
            reference: RemembranceExamples.reference),
        RuleExample(
            "⟦Jeudi 11 mars, la ville a commémoré le 15e anniversaire⟧ de l’inondation de Kumasi.", language: .fr,
            reference: RemembranceExamples.reference),
        RuleExample(
            "⟦Samedi 9 avril, le village a commémoré les 20 ans⟧ de la crue de 2006.", language: .fr),
        RuleExample("Jeudi 9 avril, le village a commémoré les 20 ans de la crue de 2006.", language: .fr),
        RuleExample(
            "On ⟦Saturday, April 9, the valley marked the 20th anniversary⟧ of the flood of 2006.", language: .en),
        RuleExample("On Thursday, April 9, the valley marked the 20th anniversary of the flood of 2006.", language: .en),
        RuleExample(
            "On ⟦Friday, April 9, the valley marked the 20th anniversary⟧ of the 2006 flood.", language: .en),
        RuleExample("On Thursday, April 9, the valley marked the 20th anniversary of the 2006 flood.", language: .en),
        RuleExample(
            "Events take place on ⟦Thursday, March 11, to mark the 15-year anniversary⟧ of the Kumasi flood.",
            language: .en, reference: RemembranceExamples.reference),
        RuleExample(
            "Events take place on Wednesday, March 11, to mark the 15-year anniversary of the Kumasi flood.",
            language: .en, reference: RemembranceExamples.reference),
        RuleExample(
            "On ⟦Tuesday, March 11, the town marked the 15th anniversary⟧ of the devastating Kumasi flood.",
            language: .en, reference: RemembranceExamples.reference),
        // A future verb: the commemoration's day, even when the remembered day had that weekday.
        RuleExample(
            "Events will take place on ⟦Sunday, April 9, to mark the 20-year anniversary⟧ of the flood of 2006.",
            language: .en),
        // The day remembered, right in its own year (9 April 2006 was a Sunday).
        RuleExample(
            "The valley marked the 20th anniversary of the flood of 2006, which struck on Sunday, April 9.",
            language: .en),
        RuleExample("L’édition 2026 du salon ouvre ses portes ⟦dimanche 14 avril⟧.", language: .fr),
        RuleExample("L’édition 2026 du salon ouvre ses portes mardi 14 avril.", language: .fr),
        RuleExample("The 2026 edition of the fair opens on ⟦Sunday, April 14⟧.", language: .en),
        RuleExample("The 2026 edition of the fair opens on Tuesday, April 14.", language: .en),
        RuleExample(
            "Le Festival du film de Kumasi 2025 s’ouvre le ⟦dimanche 8 mars⟧.", language: .fr,
            reference: EventExamples.reference),
        RuleExample(
            "Le Festival du film de Kumasi 2025 s’ouvre le samedi 8 mars.", language: .fr,
            reference: EventExamples.reference),
        // The years a founded subject celebrates give the year.
        RuleExample(
            "⟦Dimanche 19 octobre, le festival Reflets, qui fête cette année ses 16 ans⟧, remet ses prix.",
            language: .fr, reference: foundedFestival),
        RuleExample(
            "Dimanche 19 octobre, le festival Reflets, qui fête cette année ses 15 ans, remet ses prix.",
            language: .fr, reference: foundedFestival),
        RuleExample(
            "On ⟦Sunday, October 19, the Reflets festival, which celebrates its 16 years⟧ this autumn, hands out its prizes.",
            language: .en, reference: foundedFestival),
        RuleExample(
            "On Sunday, October 19, the Reflets festival, which celebrates its 15 years this autumn, hands out its prizes.",
            language: .en, reference: foundedFestival),
        // A short name the reference data does not hold, after an article.
        RuleExample(
            "The second stage (⟦Sunday, May 7⟧) climbs to the ski station of the Ronde 2026.", language: .en),
        RuleExample("The second stage (Thursday, May 7) climbs to the ski station of the Ronde 2026.", language: .en),
        RuleExample("La deuxième étape (⟦dimanche 7 mai⟧) grimpe vers la station de la Ronde 2026.", language: .fr),
        RuleExample("La deuxième étape (jeudi 7 mai) grimpe vers la station de la Ronde 2026.", language: .fr),
        // Another year in the sentence: no edition year.
        RuleExample(
            "L’édition 2026 du salon ouvre dimanche 14 avril, comme le 14 avril 2019.", language: .fr),
        // Two anniversaries of two years: no year.
        RuleExample(
            "Dimanche 9 avril, le village a fêté les 20 ans de la crue de 2006 et les 50 ans du pont de 1970.",
            language: .fr),
    ]
}
