/// The one-word names of the world's countries in English and French, folded as
/// ``NameFolding`` folds: two of them a letter apart ("Ireland", "Iceland"; « Irlande »,
/// « Islande ») are two countries, never one name written two ways.
enum CountryNames {
    /// Whether two folded words are both names of countries.
    static func areTwoCountries(_ one: String, _ other: String) -> Bool {
        names.contains(one) && names.contains(other)
    }

    /// Whether two folded words are both names of countries or continents (« Amérique », « Afrique »).
    static func areTwoPlaces(_ one: String, _ other: String) -> Bool {
        one != other && (names.contains(one) || continents.contains(one))
            && (names.contains(other) || continents.contains(other))
    }

    /// The names of the continents in English and French, folded.
    private static let continents: Set<String> = [
        "africa", "america", "americas", "asia", "europe", "oceania", "antarctica", "afrique", "amerique", "ameriques",
        "asie", "oceanie", "antarctique",
    ]

    /// Whether a folded word is the name of a country.
    static func isCountry(_ folded: String) -> Bool {
        names.contains(folded)
    }

    private static let names: Set<String> = [
        // English
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
        "bhutan", "bolivia", "bosnia", "botswana", "brazil", "britain", "brunei", "bulgaria", "burma", "burundi",
        "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "comoros", "congo", "croatia", "cuba",
        "cyprus", "czechia", "denmark", "djibouti", "dominica", "ecuador", "egypt", "england", "eritrea", "estonia",
        "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia", "georgia", "germany", "ghana",
        "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan",
        "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "lesotho", "liberia",
        "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi", "malaysia", "maldives", "mali",
        "malta", "mauritania", "mauritius", "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro",
        "morocco", "mozambique", "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger",
        "nigeria", "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines",
        "poland", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "scotland", "senegal", "serbia",
        "seychelles", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "suriname", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "tonga", "tunisia", "turkey",
        "turkiye", "turkmenistan", "tuvalu", "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "vatican",
        "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
        // French
        "albanie", "algerie", "allemagne", "andorre", "angleterre", "argentine", "armenie", "australie", "autriche",
        "azerbaidjan", "bahrein", "barbade", "belgique", "bhoutan", "bielorussie", "birmanie", "bolivie", "bosnie",
        "bresil", "bulgarie", "cambodge", "cameroun", "chili", "chine", "chypre", "colombie", "comores", "croatie",
        "danemark", "ecosse", "egypte", "equateur", "erythree", "espagne", "estonie", "ethiopie", "fidji",
        "finlande", "gambie", "georgie", "grece", "grenade", "guinee", "hongrie", "inde", "indonesie", "irak",
        "irlande", "islande", "italie", "jamaique", "japon", "jordanie", "kirghizistan", "koweit", "lettonie",
        "liban", "libye", "lituanie", "macedoine", "malaisie", "malte", "maroc", "maurice", "mauritanie", "mexique",
        "micronesie", "moldavie", "mongolie", "namibie", "norvege", "ouganda", "ouzbekistan", "palaos", "perou",
        "pologne", "roumanie", "russie", "salvador", "serbie", "singapour", "slovaquie", "slovenie", "somalie",
        "soudan", "suede", "suisse", "syrie", "tadjikistan", "tanzanie", "tchad", "tchequie", "thailande",
        "tunisie", "turquie", "zambie",
    ]
}
