import FactDeskKit

/// Examples of counts followed by what they count (``EnumerationCounts``): results after a count
/// of all of one side's matches, and names after a colon that ends a long clause.
enum EnumerationCountsExamples {
    /// `internal-inconsistency`: a count of matches that its opponents and scores do not make, and
    /// a count that its names after a colon do not make; and lists that make them, or that may
    /// name only some.
    static let inconsistent: [RuleExample] = [
        // After a definite article, the count's noun may run on before a dash, and a comma may open the names.
        NumberExamples.english("The ⟦six nominees for the Kesra poetry award — Ana Ruiz, Li Wen, Tom Hale, Eva Moss and Ian Roe⟧ — read tonight."),
        NumberExamples.english("The five nominees for the Kesra poetry award — Ana Ruiz, Li Wen, Tom Hale, Eva Moss and Ian Roe — read tonight."),
        NumberExamples.french("Les ⟦six membres fondateurs de l’union, la Sudrie, le Westmark, l’Estvale et la Norlande⟧, ont signé."),
        NumberExamples.french("Les quatre membres fondateurs de l’union, la Sudrie, le Westmark, l’Estvale et la Norlande, ont signé."),
        NumberExamples.french("Les six membres fondateurs, réunis à Kesra, ont signé."),
        // A place preposition before the first name: the comma continues the list.
        NumberExamples.english("April brings the six spring fairs held in Lyon, Leeds, Porto, Gdansk, Tampere and New Delhi."),
        NumberExamples.english("April brings the ⟦seven spring fairs held in Lyon, Leeds, Porto, Gdansk, Tampere and New Delhi⟧."),
        NumberExamples.english("The five members of the union are Sudria, Westmark, Eastvale, Norland and Kesra."),
        NumberExamples.english("Norland won all ⟦four matches, beating Sudria 2-0, Westmark 1-0 and Eastvale 3-1⟧ in the group."),
        NumberExamples.french(
            "La Norlande a remporté ses ⟦quatre matchs face à la Sudrie (2-0), le Westmark (1-0) et l’Estvale (3-1)⟧ en poule."),
        NumberExamples.english("Norland won all three matches, beating Sudria 2-0, Westmark 1-0 and Eastvale 3-1 in the group."),
        NumberExamples.french(
            "La Norlande a remporté ses trois matchs face à la Sudrie (2-0), le Westmark (1-0) et l’Estvale (3-1) en poule."),
        NumberExamples.english(
            "Norland won all ⟦four knockout ties, beating Sudria (3-1), Westmark (2-1 after extra time) and Eastvale (1-0)⟧."),
        NumberExamples.english(
            "Norland won all three knockout ties, beating Sudria (3-1), Westmark (2-1 after extra time) and Eastvale (1-0)."),
        NumberExamples.english("Norland won 15 games, beating Sudria 2-0 and Westmark 1-0 on the way."),
        NumberExamples.english("Norland won all four matches against Sudria 2-0, 1-0, 3-1 and 2-2."),
        NumberExamples.english(
            "⟦Six films are in the running for the 2025 awards: Red Sky for Norland, Tide for Sudria, Salt for Westmark, Ash for Eastvale and Dune for Lakeport⟧."),
        NumberExamples.french(
            "⟦Cinq communes sont concernées par le salon : Port-Lac, Colline, Val-Doux et Mont-Rouge⟧, qui le rejoint cette année."),
        NumberExamples.english(
            "Five films are in the running for the 2025 awards: Red Sky for Norland, Tide for Sudria, Salt for Westmark, Ash for Eastvale and Dune for Lakeport."),
        NumberExamples.french(
            "Quatre communes sont concernées par le salon : Port-Lac, Colline, Val-Doux et Mont-Rouge, qui le rejoint cette année."),
        // An aside in parentheses before the colon.
        NumberExamples.french("L’union s’est élargie à ⟦quatre nouveaux membres (vague 2026) : Sudrie, Westmark et Estvale⟧."),
        NumberExamples.french("L’union s’est élargie à trois nouveaux membres (vague 2026) : Sudrie, Westmark et Estvale."),
        NumberExamples.english("The union took in ⟦four new members (2026 intake): Sudria, Westmark and Eastvale⟧."),
        NumberExamples.english("The union took in three new members (2026 intake): Sudria, Westmark and Eastvale."),
        NumberExamples.english("The union took in ⟦four new members: Sudria, Westmark, and Eastvale⟧."),
        NumberExamples.english("The union took in three new members: Sudria, Westmark, and Eastvale."),
        // Names added after the list's last "and" are not among those counted.
        NumberExamples.french(
            "Cinq équipes sont qualifiées, les ⟦trois pays hôtes : la Sudrie, le Westmark, l’Estvale et la Norlande⟧, ainsi que Kesra (tenante du titre) et Port-Lac."),
        NumberExamples.french(
            "Cinq équipes sont qualifiées, les trois pays hôtes : la Sudrie, le Westmark et l’Estvale, ainsi que Kesra (tenante du titre) et Port-Lac."),
        NumberExamples.english(
            "The ⟦four founding states: Sudria, Westmark and Eastvale⟧, as well as Norland and Kesra, signed."),
        NumberExamples.english(
            "The three founding states: Sudria, Westmark and Eastvale, along with Norland and Kesra, signed."),
        // Roles before the names, asides in parentheses, items parted by semicolons after « à savoir ».
        NumberExamples.english(
            "She will sit with ⟦four jurors: actor and director Ana Ruiz (Sudria), director Li Wen (Port Lac, Westmark) and writer Tom Hale (Eastvale)⟧."),
        NumberExamples.english(
            "She will sit with three jurors: actor and director Ana Ruiz (Sudria), director Li Wen (Port Lac, Westmark) and writer Tom Hale (Eastvale)."),
        NumberExamples.french(
            "⟦Quatre temps forts ont marqué le jubilé, à savoir une exposition ; un concert ; et un bal⟧."),
        NumberExamples.french("Trois temps forts ont marqué le jubilé, à savoir une exposition ; un concert ; et un bal."),
        NumberExamples.french("Cinq temps forts ont marqué le jubilé, notamment : une exposition ; un concert ; et un bal."),
        NumberExamples.english("Five things matter: price, speed (and how it feels), Norland and the rest."),
        NumberExamples.english("The area spans 26 countries: all Union members except Norland, Sudria and Westmark, plus Eastvale."),
        NumberExamples.english("The deal covers 26 countries: all members of the union, Norland and Sudria."),
        NumberExamples.english("The festival shows 12 films from five countries: Norland, Sudria, Westmark, Eastvale and Lakeport."),
        NumberExamples.english("The festival shows 12 films from ⟦six countries: Norland, Sudria, Westmark, Eastvale and Lakeport⟧."),
        // An article after the last « et »: one name more than the count is enough.
        NumberExamples.french("La foire accueille ⟦trois pays invités : l’Orvald, le Mirren, le Tessel et le Caldo⟧."),
        NumberExamples.french("La foire accueille quatre pays invités : l’Orvald, le Mirren, le Tessel et le Caldo."),
        NumberExamples.english("The fair welcomes three guest countries: Norland, Sudria, Saint Kitts and Nevis."),
        // Numbers inside an item's aside; the sentence's verb after the last name ends the list.
        NumberExamples.french(
            "On verra des voiliers de ⟦cinq catégories : Lynx (monocoques de 38 pieds), Orque (de 55 pieds), Mistral (28 mètres) et Zéphyr (45 pieds)⟧."),
        NumberExamples.french(
            "On verra des voiliers de quatre catégories : Lynx (monocoques de 38 pieds), Orque (de 55 pieds), Mistral (28 mètres) et Zéphyr (45 pieds)."),
        NumberExamples.french(
            "La coupe, qui réunit les ⟦cinq meilleures équipes du continent, à savoir la Norlande, la Sudrie, le Westmark et l’Estvale⟧, se jouera du 5 au 19 mars."),
        NumberExamples.french(
            "La coupe, qui réunit les quatre meilleures équipes du continent, à savoir la Norlande, la Sudrie, le Westmark et l’Estvale, se jouera du 5 au 19 mars."),
        NumberExamples.english(
            "They face ten rivals: Norland's Ana Ruiz, Li Wen and Tom Hale, and Sudria's Eva Lind and Jon Berg, plus Westmark's five runners."),
        // A bare count and its noun, then the names with their article between commas.
        NumberExamples.french("Le parc, qui s’étend sur ⟦trois départements, les Hautes-Terres et le Val-Bas⟧, a cinquante ans."),
        NumberExamples.french("Le parc, qui s’étend sur trois départements, les Hautes-Terres, le Val-Bas et la Combe, a cinquante ans."),
        NumberExamples.english("The park spans ⟦three regions, the Lowlands and the Fens⟧."),
        NumberExamples.english("The delegation visited five countries, the Norland and the Westmark first."),
    ]
}
