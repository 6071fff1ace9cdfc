import FactDeskReference

/// Nationality words whose place's name is not their stem with a usual ending, with the usual
/// French and English spellings of that place: « russe » of « Russie », « ivoirien » of « Côte
/// d’Ivoire », "British" of "United Kingdom", "Dutch" of "Netherlands".
enum IrregularDemonyms {
    /// The places' spellings, by the nationality's folded word (``NameFolding/key(_:)``) in every
    /// gender and number.
    static let places: [String: [String]] = {
        var places: [String: [String]] = [:]
        for (words, spellings) in table {
            for word in words { places[NameFolding.key(word)] = spellings }
        }
        return places
    }()

    private static let table: [([String], [String])] = [
        (["russe", "russes"], ["Russie", "Russia", "Fédération de Russie", "Russian Federation"]),
        (["turc", "turque", "turcs", "turques", "Turkish"], ["Turquie", "Turkey", "Türkiye"]),
        (["grec", "grecque", "grecs", "grecques", "Greek"], ["Grèce", "Greece"]),
        (["belge", "belges", "Belgian"], ["Belgique", "Belgium"]),
        (["argentin", "argentine", "argentins", "argentines", "Argentinian"], ["Argentine", "Argentina"]),
        (["suisse", "suisses", "Swiss"], ["Suisse", "Switzerland"]),
        (["allemand", "allemande", "allemands", "allemandes", "German"], ["Allemagne", "Germany"]),
        (["ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes", "Ivorian"], ["Côte d’Ivoire", "Ivory Coast"]),
        (["britannique", "britanniques", "British"], ["Royaume-Uni", "United Kingdom", "Grande-Bretagne", "Britain"]),
        (["américain", "américaine", "américains", "américaines", "American"], ["États-Unis", "United States"]),
        (["espagnol", "espagnole", "espagnols", "espagnoles", "Spanish"], ["Espagne", "Spain"]),
        (["néerlandais", "néerlandaise", "néerlandaises", "Dutch"], ["Pays-Bas", "Netherlands"]),
        (["danois", "danoise", "danoises", "Danish"], ["Danemark", "Denmark"]),
        (["suédois", "suédoise", "suédoises", "Swedish"], ["Suède", "Sweden"]),
        (["polonais", "polonaise", "polonaises", "Polish"], ["Pologne", "Poland"]),
        (["hongrois", "hongroise", "hongroises"], ["Hongrie", "Hungary"]),
        (["letton", "lettone", "lettons", "lettones"], ["Lettonie", "Latvia"]),
        (["slovène", "slovènes"], ["Slovénie", "Slovenia"]),
        (["saoudien", "saoudienne", "saoudiens", "saoudiennes", "Saudi"], ["Arabie saoudite", "Saudi Arabia"]),
        (["émirati", "émiratie", "émiratis", "émiraties", "Emirati"], ["Émirats arabes unis", "United Arab Emirates"]),
        (["French"], ["France"]),
        (["Finnish"], ["Finlande", "Finland"]),
        (["Irish"], ["Irlande", "Ireland"]),
        (["Thai"], ["Thaïlande", "Thailand"]),
        (["Filipino"], ["Philippines"]),
        (["Scottish"], ["Écosse", "Scotland"]),
        (["Welsh"], ["Pays de Galles", "Wales"]),
        (["English"], ["Angleterre", "England"]),
    ]
}
