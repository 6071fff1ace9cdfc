import FactDeskReference

/// Whether a lowercase French word is a nationality adjective, as French writes it between a
/// title and a name: « le Premier ministre indien Narendra Modi », « le président sénégalais »,
/// « la cheffe du gouvernement togolaise ». Read by its ending (-ien, -ais, -ois, -ain, -éen,
/// -ol, -ique and their feminines) or as one of the adjectives without such an ending (russe,
/// turc, belge…), never a verb or adverb with such an ending (« bien », « mais », « demain »).
enum NationalityAdjective {
    /// Whether `word`, as written, is a lowercase nationality adjective.
    static func isAdjective(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isLowercase else { return false }
        let folded = NameFolding.key(word)
        guard folded.count >= 4, !exceptions.contains(folded) else { return false }
        return others.contains(folded) || endings.contains { folded.hasSuffix($0) }
    }

    /// The endings of nationality adjectives.
    private static let endings = [
        "ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "een", "eenne", "ol", "ole", "ique",
    ]

    /// Nationality adjectives with no such ending.
    private static let others: Set<String> = [
        "russe", "belge", "suisse", "turc", "turque", "grec", "grecque", "serbe", "croate", "tcheque", "slovaque",
        "allemand", "allemande", "afghan", "afghane", "kenyan", "kenyane", "nigerian", "nigeriane", "malgache",
        "burkinabe", "qatari", "qatarie", "emirati", "emiratie", "irakien", "saoudien", "israelien", "azerbaidjanais",
        "mongol", "ouzbek", "kazakh", "letton", "lettone", "estonien", "danois", "arabe", "basque", "catalan",
        "catalane", "breton", "bretonne", "corse", "slovene",
    ]

    /// Words with those endings that are no nationality.
    private static let exceptions: Set<String> = [
        "bien", "rien", "mien", "tien", "sien", "mais", "jamais", "desormais", "demain", "prochain", "prochaine",
        "certain", "certaine", "main", "pain", "capitaine", "capitaines", "ancien", "ancienne", "quotidien", "quotidienne", "moyen", "chretien",
        "fois", "trois", "mois", "bois", "parfois", "autrefois", "soutien", "entretien", "lendemain",
        "humain", "humaine", "public", "publique", "politique", "unique", "pratique", "historique", "symbolique",
        "economique", "diplomatique", "democratique", "republique", "critique", "technique", "logique",
        "aussi", "seul", "seule", "lorsque", "presque", "quelque", "chaque", "pendant", "ensemble", "contre",
    ]
}
