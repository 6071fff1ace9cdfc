import FactDeskKit

/// Examples of `edition-mismatch` for a sentence that tells nothing of which edition it speaks of
/// (``EditionAnchor/publicationTime(isPast:opensText:)``): published in the days of an edition, it speaks
/// of that one, or in the present of one starting within weeks; in the past it may recall an
/// earlier edition, and an ordinal far off speaks of another edition on purpose. A year of
/// history (a format introduced in 1998, the winners from 1985 to 1995) does not say which.
///
/// Their reference data is that of ``formExamples``: the Bastia film festival (the 41st on 22-29
/// November 2025, under way on the publication date, Monday 24 November 2025) and the Hanse
/// summit (the 12th on 5-6 December 2025, some weeks after a publication on 1 November 2025).
extension EditionMismatchRule {
    static let publicationTimeExamples: [RuleExample] = [
        formEnglish("The ⟦42nd Bastia Film Festival⟧ was marked by record queues."),
        formEnglish("The 40th Bastia Film Festival was marked by record queues."),
        formEnglish("The 41st Bastia Film Festival was marked by record queues."),
        // A lede in the past, published once the edition is over, speaks of that one.
        formEnglish("The ⟦40th Bastia Film Festival⟧ was marked by record queues.", published: afterBastia),
        formEnglish("The 41st Bastia Film Festival was marked by record queues.", published: afterBastia),
        formEnglish("Crowds came back. The 40th Bastia Film Festival was marked by record queues.", published: afterBastia),
        formEnglish("The 39th Bastia Film Festival was marked by record queues.", published: afterBastia),
        // A year given to people does not date the edition.
        formEnglish(
            "The ⟦40th Bastia Film Festival⟧ honoured 30 directors, including 9 who died in 2019.", published: afterBastia),
        formEnglish("The 40th Bastia Film Festival honoured 30 directors in 2019.", published: afterBastia),
        formEnglish("Cinemas sell out during the ⟦40th Bastia Film Festival⟧."),
        formEnglish("Cinemas sell out during the 41st Bastia Film Festival."),
        formEnglish("Cinemas sold out during the 32nd Bastia Film Festival."),
        formFrench("Les salles affichent complet pendant le ⟦40e Festival du film de Bastia⟧."),
        formFrench("Les salles affichent complet pendant le 41e Festival du film de Bastia."),
        formFrench("Le ⟦42e Festival du film de Bastia⟧ a connu des files record."),
        formFrench("Le 40e Festival du film de Bastia a connu des files record."),
        formEnglish("Ports polish their quays for the ⟦13th Hanse Summit⟧.", published: november),
        formEnglish("Ports polish their quays for the 12th Hanse Summit.", published: november),
        formEnglish("Ports polish their quays for the 13th Hanse Summit.", published: EditionMismatchRule.may),
        formFrench("Les ports se préparent pour le ⟦13e Sommet de la Hanse⟧.", published: november),
        formFrench("Les ports se préparent pour le 12e Sommet de la Hanse.", published: november),
        formFrench("Le 13e Sommet de la Hanse est annoncé pour l’an prochain.", published: november),
        // No series named: the one near the publication date whose name has the sentence's kind noun.
        formEnglish("Queues grew as the film festival opened its ⟦42nd edition⟧ in Bastia."),
        formEnglish("Queues grew as the film festival opened its 41st edition in Bastia."),
        formEnglish("Queues grew as the trade summit opened its 42nd edition in Bastia."),
        // A demonstrative before a kind noun points at the edition the piece reports.
        formFrench("Ce ⟦13e sommet⟧ s’annonce chargé."),
        formFrench("Ce 12e sommet s’annonce chargé."),
        formEnglish("This 12th summit promises to be busy."),
        // Without it, the summit may be one the reference data does not know.
        formFrench("Le 13e sommet s’annonce chargé."),
        // Years of history do not say which edition: a format introduced, a stretch of whole years.
        formEnglish("The ⟦42nd Bastia Film Festival⟧ keeps the jury rules introduced in 1998."),
        formEnglish("The 41st Bastia Film Festival keeps the jury rules introduced in 1998."),
        formEnglish("The ⟦42nd Bastia Film Festival⟧ shows prize winners from 1985 to 1995."),
        formEnglish("The 41st Bastia Film Festival shows prize winners from 1985 to 1995."),
    ]

    /// Three days after the 41st Bastia film festival closed.
    static let afterBastia = CalendarDate(year: 2025, month: 12, day: 2)

    /// Some weeks before the 12th Hanse summit.
    static let november = CalendarDate(year: 2025, month: 11, day: 1)
}
