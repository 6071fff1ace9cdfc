/// The French words of nationality, folded (lowercase, without diacritics), singular: the usual
/// endings of a nationality adjective (« ukrainien », « sénégalais », « danoise »,
/// « marocain », « guinéenne »), the adjectives without such an ending (« russe », « turc »,
/// « belge »), and the words with such an ending that say no nationality (« bien »,
/// « prochain », « ancien »). The name checker reads a nationality between a title and a name
/// with them, the number checker a count of one country's entries.
enum FrenchNationalityWords {
    /// The usual endings of a nationality adjective; not « -ique » nor « -ol », which the
    /// callers that accept them add themselves.
    static let endings = ["ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "een", "eenne"]

    /// Nationality adjectives with none of the usual endings.
    static let others: Set<String> = [
        "russe", "belge", "suisse", "turc", "turque", "grec", "grecque", "serbe", "croate", "tcheque", "slovaque",
        "allemand", "allemande", "espagnol", "espagnole", "britannique", "afghan", "afghane", "kenyan", "kenyane",
        "nigerian", "nigeriane", "malgache", "burkinabe", "qatari", "qatarie", "emirati", "emiratie", "irakien",
        "saoudien", "israelien", "azerbaidjanais", "mongol", "ouzbek", "kazakh", "letton", "lettone", "estonien",
        "danois", "arabe", "basque", "catalan", "catalane", "breton", "bretonne", "corse", "slovene",
    ]

    /// Words with one of the usual endings (or « -ique », « -ol ») that say no nationality.
    static let nonNationalities: Set<String> = [
        "bien", "rien", "mien", "tien", "sien", "mais", "jamais", "desormais", "demain", "lendemain", "prochain",
        "prochaine", "certain", "certaine", "main", "pain", "capitaine", "capitaines", "ancien", "ancienne",
        "quotidien", "quotidienne", "moyen", "chretien", "chretienne", "fois", "trois", "mois", "bois", "parfois",
        "autrefois", "soutien", "entretien", "humain", "humaine", "public", "publique", "politique", "unique",
        "pratique", "historique", "symbolique", "economique", "diplomatique", "democratique", "republique",
        "critique", "technique", "logique", "aussi", "seul", "seule", "lorsque", "presque", "quelque", "chaque",
        "pendant", "ensemble", "contre", "souverain", "souveraine", "lointain", "lointaine", "urbain", "urbaine",
        "musulman", "musulmane", "mondain", "mondaine", "republicain", "republicaine", "contemporain",
        "contemporaine", "vilain", "sain", "saine", "plein", "pleine", "soudain", "soudaine", "terrien", "aerien",
        "aerienne", "chacun",
    ]

    /// Whether a folded singular word is a nationality by one of `endings` or as one of
    /// ``others``, and not one of ``nonNationalities``.
    static func isNationality(_ folded: String, endings: [String] = endings) -> Bool {
        guard !nonNationalities.contains(folded) else { return false }
        return others.contains(folded) || endings.contains { folded.hasSuffix($0) }
    }
}
