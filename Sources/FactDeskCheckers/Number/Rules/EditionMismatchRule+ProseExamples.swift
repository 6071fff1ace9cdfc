import FactDeskKit

/// Examples of `edition-mismatch` for forms of real prose: a French suffix typed apart from its
/// digits (« la 13 ème édition », « la 13 e édition »); a place that names a side of a match or
/// its winner rather than the venue (« la finale a opposé Tonga aux Fidji », "Fiji won");
/// « international » inside a series' name (« le 13e Sommet international de la Hanse »); a
/// demonstrative before the ordinal whatever the future after it (« pour cette 42e édition, la
/// cérémonie sera retransmise »); « est lancée »; people gathering or arriving for an edition
/// ("convene", "have gathered", « Réunis à … pour », « sont arrivés … pour », further back than
/// other verbs), « prend part à »; a channel named after a country (« sur France 2 ») is no place
/// the series met elsewhere.
///
/// Their reference data: the Oceania Nations Cup (the 11th in Fiji in 2022, the 12th in Tonga on
/// 20 November - 7 December 2025) and the series of ``formReference`` (the Bastia film festival,
/// its 41st under way on the publication date, Monday 24 November 2025; the 12th Hanse summit on
/// 5-6 December 2025 in Lübeck and Hamburg).
extension EditionMismatchRule {
    static let proseExamples: [RuleExample] = [
        cupFrench("La ⟦13 ème édition⟧ de la Coupe d’Océanie des nations s’est ouverte le 20 novembre 2025."),
        cupFrench("La ⟦13 e édition⟧ de la Coupe d’Océanie des nations s’est ouverte le 20 novembre 2025."),
        cupFrench("La 12 ème édition de la Coupe d’Océanie des nations s’est ouverte le 20 novembre 2025."),
        cupFrench("La 12 e édition de la Coupe d’Océanie des nations s’est ouverte le 20 novembre 2025."),
        cupFrench("Les Fidji ont remporté en 2025 la ⟦11e édition⟧ de la Coupe d’Océanie des nations."),
        cupEnglish("Fiji won the ⟦11th Oceania Nations Cup⟧ in 2025."),
        cupFrench("Les Fidji ont remporté en 2025 la 12e édition de la Coupe d’Océanie des nations."),
        cupFrench("Les Fidji ont remporté en 2025 la 11e Coupe d’Océanie des nations de leur histoire."),
        cupEnglish("In 2025 Fiji won the 11th Oceania Nations Cup in their history."),
        cupEnglish("Fiji won the 12th Oceania Nations Cup in 2025."),
        cupFrench("La 11e édition de la Coupe d’Océanie des nations s’est achevée par une finale qui a opposé Tonga aux Fidji."),
        cupEnglish("Tonga beat Fiji in the final of the 11th Oceania Nations Cup."),
        cupFrench("La 11e édition de la Coupe d’Océanie des nations s’achève sur un match Tonga-Fidji."),
        prose("Le ⟦13e Sommet⟧ international de la Hanse s’ouvre le 5 décembre 2025.", .fr),
        prose("Le 12e Sommet international de la Hanse s’ouvre le 5 décembre 2025.", .fr),
        prose(
            "Pour cette ⟦42e édition⟧ du Festival du film de Bastia, la cérémonie de clôture sera retransmise samedi.", .fr),
        prose(
            "For this ⟦42nd edition⟧ of the Bastia Film Festival, the closing ceremony will be broadcast on Saturday.", .en),
        prose("Pour cette 41e édition du Festival du film de Bastia, la cérémonie de clôture sera retransmise samedi.", .fr),
        prose("For this 41st edition of the Bastia Film Festival, the closing ceremony will be broadcast on Saturday.", .en),
        prose("La ⟦42e édition⟧ du Festival du film de Bastia est lancée.", .fr),
        prose("La 41e édition du Festival du film de Bastia est lancée.", .fr),
        prose("Film-makers convene in Bastia for the ⟦42nd Bastia Film Festival⟧.", .en),
        prose("Film-makers have gathered in Bastia for the ⟦42nd Bastia Film Festival⟧.", .en),
        prose("Réunis à Bastia pour la ⟦42e édition⟧ du Festival du film de Bastia, les cinéastes ont salué le jury.", .fr),
        prose("Film-makers convene in Bastia for the 41st Bastia Film Festival.", .en),
        prose("Film-makers have gathered in Bastia for the 41st Bastia Film Festival.", .en),
        prose("Film-makers will convene in Bastia for the 42nd Bastia Film Festival.", .en),
        prose("Réunis à Bastia pour la 41e édition du Festival du film de Bastia, les cinéastes ont salué le jury.", .fr),
        prose("Les jurés sont arrivés samedi à Bastia pour la ⟦42e édition⟧ du Festival du film de Bastia.", .fr),
        prose("The jurors arrived in Bastia for the ⟦42nd Bastia Film Festival⟧.", .en),
        prose("Les jurés sont arrivés samedi à Bastia pour la 41e édition du Festival du film de Bastia.", .fr),
        prose("The jurors arrived in Bastia for the 41st Bastia Film Festival.", .en),
        prose("Les jurés sont arrivés cet après-midi à Bastia pour la ⟦42e édition⟧ du Festival du film de Bastia.", .fr),
        prose("The jurors arrived this afternoon in Bastia, Corsica, for the ⟦42nd Bastia Film Festival⟧.", .en),
        prose("Réunis à Bastia, en Corse, pour la ⟦42e édition⟧ du Festival du film de Bastia, les cinéastes ont applaudi.", .fr),
        prose("Les jurés sont arrivés cet après-midi à Bastia pour la 41e édition du Festival du film de Bastia.", .fr),
        prose("Réunis à Bastia, en Corse, pour la 41e édition du Festival du film de Bastia, les cinéastes ont applaudi.", .fr),
        prose("Le Portugal prend part à la ⟦42e édition⟧ du Festival du film de Bastia.", .fr),
        prose("Le Portugal prend part à la 41e édition du Festival du film de Bastia.", .fr),
        channel("Le Festival du film de Bastia s’ouvre. Pour cette ⟦42e édition⟧, la cérémonie sera retransmise sur France 2."),
        channel("Le Festival du film de Bastia s’ouvre. Pour cette 41e édition, la cérémonie sera retransmise sur France 2."),
        channel("Le Festival du film de Bastia s’ouvre. Pour cette 41e édition, la cérémonie se tient en France."),
    ]

    /// The Bastia film festival (its 41st under way on the publication date) and France, whose
    /// name is also a channel's (« France 2 »).
    static let channelReference = InMemoryReference([
        .init(id: "france", kind: .place, names: ["France"]),
        .init(
            id: "bastia-festival", kind: .series, names: ["Festival du film de Bastia"],
            editions: [
                ReferenceEdition(
                    number: 41, start: PartialDate(year: 2025, month: 11, day: 22),
                    end: PartialDate(year: 2025, month: 11, day: 29), placeSpellings: ["Bastia"], source: ReferenceSource())
            ]),
    ])

    private static func channel(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: NumberExamples.published, reference: channelReference)
    }

    /// The Oceania Nations Cup: the 11th in Fiji in 2022, the 12th in Tonga from 20 November to
    /// 7 December 2025.
    static let cupReference = InMemoryReference([
        .init(id: "fiji", kind: .place, names: ["Fiji", "Fidji"]),
        .init(id: "tonga", kind: .place, names: ["Tonga"]),
        .init(
            id: "oceania-cup", kind: .series, names: ["Coupe d’Océanie des nations", "Oceania Nations Cup"],
            editions: [
                ReferenceEdition(
                    number: 11, start: PartialDate(year: 2022), end: nil, placeSpellings: ["Fidji", "Fiji"],
                    source: ReferenceSource()),
                ReferenceEdition(
                    number: 12, start: PartialDate(year: 2025, month: 11, day: 20),
                    end: PartialDate(year: 2025, month: 12, day: 7), placeSpellings: ["Tonga"], source: ReferenceSource()),
            ]),
    ])

    private static func cupFrench(_ text: String) -> RuleExample {
        RuleExample(text, language: .fr, published: nil, reference: cupReference)
    }

    private static func cupEnglish(_ text: String) -> RuleExample {
        RuleExample(text, language: .en, published: nil, reference: cupReference)
    }

    private static func prose(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NumberExamples.published, reference: formReference)
    }
}
