import FactDeskKit

/// Examples of `edition-mismatch` for people meeting at an edition the sentence gives no date,
/// year or place to (``EditionAnchor/meetingAt(orNext:)``), published on Monday 24 November 2025
/// while the 41st Bastia film festival (22-29 November 2025) is under way: an ordinal one off
/// from it is reported, the next one in the future only with a length of the meeting (« Pendant
/// une semaine, … »), since people will also meet at the next edition; one further off, a later time (« prochain », "in two years", a host), a
/// place or a past tense leave the sentence alone. A part of the edition may stand between ("during
/// the plenary session of the", « lors de la séance plénière du »), and "is set to" is a future.
extension EditionMismatchRule {
    static let meetingExamples: [RuleExample] = [
        meeting(
            "Pendant une semaine, les cinéastes se retrouveront lors du ⟦42e Festival du film de Bastia⟧.", .fr),
        meeting("Au cours de la ⟦40e édition⟧ du Festival du film de Bastia, le jury se réunira tous les soirs.", .fr),
        meeting("Over eight days, critics will gather at the ⟦42nd Bastia Film Festival⟧.", .en),
        meeting("Film lovers descend on the old port for the ⟦40th Bastia Film Festival⟧", .en),
        meeting("Film lovers descend on the old port for the 41st Bastia Film Festival", .en),
        meeting("During the ⟦40th Bastia Film Festival⟧, the jury will award ten prizes.", .en),
        meeting("The mayor is set to speak during the plenary session of the ⟦40th Bastia Film Festival⟧.", .en),
        meeting("Le maire parlera lors de la séance plénière du ⟦40e Festival du film de Bastia⟧.", .fr),
        meeting("The mayor is set to speak during the plenary session of the 41st Bastia Film Festival.", .en),
        meeting("The mayor is set to speak during the plenary session of the 42nd Bastia Film Festival.", .en),
        meeting("Pendant une semaine, les cinéastes se retrouveront lors du 41e Festival du film de Bastia.", .fr),
        meeting("Les cinéastes se retrouveront lors du 42e Festival du film de Bastia.", .fr),
        meeting("Le 41e Festival du film de Bastia s’achève samedi. Les cinéastes se retrouveront lors du 42e festival.", .fr),
        meeting("Critics will gather at the 42nd Bastia Film Festival.", .en),
        meeting("Over eight days, critics will gather at the 41st Bastia Film Festival.", .en),
        meeting("Les cinéastes se retrouveront lors du 44e Festival du film de Bastia.", .fr),
        meeting("Les cinéastes se retrouveront lors du prochain Festival du film de Bastia, le 42e.", .fr),
        meeting("Les cinéastes se retrouveront à Ajaccio lors du 42e Festival du film de Bastia.", .fr),
        meeting("Les cinéastes se sont retrouvés lors du 40e Festival du film de Bastia.", .fr),
        meeting("Le jury a remis dix prix lors du 40e Festival du film de Bastia.", .fr),
        meeting("Critics will gather at the 42nd Bastia Film Festival in two years.", .en),
        meeting("Critics will gather at the 42nd Bastia Film Festival, which the town will host.", .en),
        meeting("Critics were at the 40th Bastia Film Festival.", .en),
        meeting("La ville accueillera les cinéastes lors du 42e Festival du film de Bastia.", .fr),
        meeting("At the 42nd Bastia Film Festival, Ajaccio will welcome the critics.", .en),
        meeting("Lors du 42e Festival du film de Bastia, la présidence du jury reviendra à une actrice.", .fr),
        meeting("He will repeat what he said at the 40th Bastia Film Festival.", .en),
        meeting("Il répétera ce qu’il déclarait lors du 40e Festival du film de Bastia.", .fr),
        meeting("Il répétera ce qu’il a dit lors du 40e Festival du film de Bastia.", .fr),
    ]

    /// A sentence opening on the edition people met at, then telling in a past tense what they
    /// did there (``EditionAnchor/metAt``): the ordinal one above the edition under way (the
    /// 41st) names one still to come; the edition under way, an earlier one, a future, a later
    /// time, a link further into the sentence or no comma after the claim leave it alone.
    static let metAtExamples: [RuleExample] = [
        meeting("En marge du ⟦42e Festival du film de Bastia⟧, deux producteurs ont signé un accord.", .fr),
        meeting("On the sidelines of the ⟦42nd Bastia Film Festival⟧, two producers signed a deal.", .en),
        meeting("Lors du ⟦42e Festival du film de Bastia⟧, le jury a distingué un premier film.", .fr),
        meeting("At the ⟦42nd Bastia Film Festival⟧, the jury gave its prize to a first film.", .en),
        meeting("En marge du 41e Festival du film de Bastia, deux producteurs ont signé un accord.", .fr),
        meeting("En marge du 40e Festival du film de Bastia, deux producteurs ont signé un accord.", .fr),
        meeting("En marge du 43e Festival du film de Bastia, deux producteurs ont signé un accord.", .fr),
        meeting("On the sidelines of the 41st Bastia Film Festival, two producers signed a deal.", .en),
        meeting("On the sidelines of the 42nd Bastia Film Festival, two producers will sign a deal.", .en),
        meeting("En marge du 42e Festival du film de Bastia, deux producteurs signeront un accord.", .fr),
        meeting("On the sidelines of the 42nd Bastia Film Festival next year, two producers signed a deal.", .en),
        meeting("Two producers signed a deal to meet on the sidelines of the 42nd Bastia Film Festival.", .en),
        meeting("At the ⟦42nd Bastia Film Festival⟧ the jury gave its prize to a first film.", .en),
        meeting("En marge du 42e Festival du film de Bastia, qu’Ajaccio accueillera, deux producteurs ont signé.", .fr),
    ]

    /// « L’an dernier », "last year": the edition of the year before the publication (the 40th,
    /// in 2024), when the sentence or the one before it names the series; a series the text
    /// does not name (« le festival ») is no claim.
    static let lastYearExamples: [RuleExample] = [
        meeting("L’an dernier, un documentaire avait clôturé la ⟦39e édition⟧ du Festival du film de Bastia.", .fr),
        meeting("Last year, a documentary closed the ⟦39th Bastia Film Festival⟧.", .en),
        meeting(
            "Le Festival du film de Bastia s’achève samedi. L’an dernier, un documentaire avait clôturé la ⟦39e édition⟧.",
            .fr),
        meeting("L’an dernier, un documentaire avait clôturé la 40e édition du Festival du film de Bastia.", .fr),
        meeting("Last year, a documentary closed the 40th Bastia Film Festival.", .en),
        meeting("Le festival s’achève samedi. L’an dernier, un documentaire avait clôturé la 39e édition.", .fr),
    ]

    private static func meeting(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NumberExamples.published, reference: formReference)
    }
}
