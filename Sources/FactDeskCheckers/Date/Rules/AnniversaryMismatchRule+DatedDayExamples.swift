import FactDeskKit

extension AnniversaryMismatchRule {
    /// Anniversaries of a joining the sentence dates, and of a full date written before what they
    /// are of, published on Monday 24 November 2025; of a year that makes the sentence's subject (« 2026 marque … »), with or
    /// without a publication date; years commemorated of what a year dates, told in a past of the
    /// text's week.
    static let datedDayExamples: [RuleExample] = [
        // A membership counted from the joining its sentence dates.
        RuleExample(
            "Norland marks the ⟦25th anniversary of its membership in the union, which it joined in August 1995⟧.",
            language: .en, published: published),
        RuleExample(
            "Norland marks the 30th anniversary of its membership in the union, which it joined in August 1995.",
            language: .en, published: published),
        RuleExample(
            "La Norlande fête le ⟦25e anniversaire de son adhésion à l’Union, qu’elle a rejointe en août 1995⟧.",
            language: .fr, published: published),
        RuleExample(
            "La Norlande fête le 30e anniversaire de son adhésion à l’Union, qu’elle a rejointe en août 1995.",
            language: .fr, published: published),
        RuleExample(
            "Norland marks the 25th anniversary of its membership; its minister joined the cabinet in 1995.",
            language: .en, published: published),
        RuleExample(
            "Veterans gather on Monday to mark the ⟦79th anniversary of the November 20, 1945⟧ opening of the tribunal.",
            language: .en, published: published),
        RuleExample(
            "Veterans gather on Monday to mark the 80th anniversary of the November 20, 1945 opening of the tribunal.",
            language: .en, published: published),
        RuleExample(
            "La ville marque le ⟦79e anniversaire du 20 novembre 1945⟧, jour de l’ouverture du procès.", language: .fr,
            published: published),
        RuleExample(
            "La ville marque le 80e anniversaire du 20 novembre 1945, jour de l’ouverture du procès.", language: .fr,
            published: published),
        RuleExample(
            "2026 marks the ⟦40th anniversary of the Kumasi Film Festival⟧.", language: .en,
            reference: EventExamples.reference),
        RuleExample("2026 marks the 54th anniversary of the Kumasi Film Festival.", language: .en, reference: EventExamples.reference),
        RuleExample(
            "2026 marks the 54th anniversary of the Kumasi Film Festival.", language: .en, published: published,
            reference: EventExamples.reference),
        RuleExample(
            "2026 marquera le ⟦40e anniversaire du Festival du film de Kumasi⟧.", language: .fr,
            reference: EventExamples.reference),
        // Years commemorated of what a year dates; a past of the text's week is this year's.
        RuleExample("La ville commémore les ⟦20 ans de la crue de 2001⟧.", language: .fr, published: published),
        RuleExample("La ville commémore les 24 ans de la crue de 2001.", language: .fr, published: published),
        RuleExample("Samedi, la ville a commémoré les ⟦20 ans de la crue de 2001⟧.", language: .fr, published: published),
        RuleExample("La ville a commémoré les 20 ans de la crue de 2001.", language: .fr, published: published),
        RuleExample("En 2021, la ville a commémoré les 20 ans de la crue de 2001.", language: .fr, published: published),
        RuleExample(
            "On Saturday, the town celebrated the ⟦20th anniversary of the flood of 2001⟧.", language: .en,
            published: published),
        RuleExample("On Saturday, the town celebrated the 24th anniversary of the flood of 2001.", language: .en, published: published),
        // Years before the noun of an anniversary, read on 10 March 2026 against the Kumasi flood (11 March 2011).
        RuleExample(
            "The town marks the ⟦13-year anniversary⟧ of the Kumasi flood this week.", language: .en,
            published: ElapsedYearsMismatchRule.published, reference: RemembranceExamples.reference),
        RuleExample(
            "The town marks the 15-year anniversary of the Kumasi flood this week.", language: .en,
            published: ElapsedYearsMismatchRule.published, reference: RemembranceExamples.reference),
        RuleExample(
            "Ahead of the 13-year anniversary of the Kumasi flood, the town met.", language: .en,
            published: ElapsedYearsMismatchRule.published, reference: RemembranceExamples.reference),
    ]
}
