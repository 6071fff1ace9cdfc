/// The small words that decide where a name starts and ends: titles, particles, and the common
/// words that a capital at the start of a sentence says nothing about. Keys are
/// ``Folding/key(_:)`` values, so case and accents do not matter.
enum NameLexicon {
    /// Titles and forms of address that come before a name and are not part of it ("M.",
    /// "Mme", "Président", "Secretary", "Roi", "Dr"). A title at the start of a run of
    /// capitalised words is left out of the name; one inside a run splits it ("INTERPOL
    /// President Ahmed Naser Al-Raisi").
    static let titles: Set<UInt64> = keys([
        "m", "mm", "mme", "mmes", "mlle", "mlles", "mr", "mrs", "ms", "dr", "pr", "prof", "me", "mgr", "sm", "sar",
        "sir", "dame", "lord", "lady", "roi", "reine", "king", "queen", "prince", "princesse", "princess", "emir",
        "cheikh", "sheikh", "sultan", "pape", "pope", "president", "presidente", "vice", "secretaire", "secretary",
        "ministre", "minister", "premier", "prime", "chancelier", "chanceliere", "chancellor", "gouverneur",
        "governor", "maire", "mayor", "senateur", "senatrice", "senator", "depute", "deputee", "deputy",
        "ambassadeur", "ambassadrice", "ambassador", "directeur", "directrice", "director", "juge", "judge",
        "commissaire", "commissioner", "inspecteur", "inspectrice", "inspector", "colonel", "capitaine",
        "captain", "lieutenant", "sergent", "sergeant", "commandant", "commander", "amiral", "admiral",
        "marechal", "marshal", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "adm", "rev", "hon",
        "chief", "chef", "professeur", "professor", "docteur", "doctor", "maitre", "attorney", "procureur",
        "procureure", "prosecutor",
    ])

    /// Titles that are also words of Arabic names inside a run ("Mohamed Ould Cheikh El
    /// Ghazouani"): a title only where a name starts ("Sheikh Tamim").
    static let titlesInNames: Set<UInt64> = keys(["cheikh", "sheikh", "cheick", "shaikh"])

    /// Words that are titles only right after another title ("Secretary General", "Général-Major",
    /// "Attorney General"): alone they may start a name ("General Assembly", "John Major").
    static let secondaryTitles: Set<UInt64> = keys(["general", "generale", "major", "adjoint", "adjointe"])

    /// Particles that join the parts of a name, written lowercase between capitalised words
    /// ("Ursula von der Leyen", "Jean de La Fontaine", "Osama bin Laden").
    static let particles: Set<UInt64> = keys([
        "al", "el", "ben", "bin", "ibn", "bint", "abu", "abou", "de", "du", "des", "da", "das", "di", "do", "dos",
        "del", "della", "van", "von", "der", "den", "ter", "ten", "zu", "y",
    ])

    /// Particles that a lowercase word may carry before a hyphen and a capital ("al-Sissi",
    /// "el-Materi", "bin-Talal"): such a word is capitalised for name purposes.
    static let hyphenParticles: Set<UInt64> = keys([
        "al", "el", "ad", "ed", "an", "ar", "as", "ash", "at", "az", "ul", "bin", "ben", "ibn", "abu", "abd",
    ])

    /// Common words that open sentences and quotations, French and English: a capital on them
    /// means nothing ("Le", "Selon", "The", "However").
    static let functionWords: Set<UInt64> = keys([
        // French
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "et", "ou", "mais", "donc",
        "or", "ni", "car", "ce", "cet", "cette", "ces", "c'", "il", "elle", "ils", "elles", "on", "nous", "vous",
        "je", "j'", "tu", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
        "qui", "que", "qu'", "quoi", "dont", "ou", "a", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans",
        "selon", "depuis", "pendant", "apres", "avant", "entre", "vers", "chez", "contre", "lors", "des", "plus",
        "moins", "tres", "aussi", "ainsi", "alors", "puis", "enfin", "encore", "deja", "ici", "la", "cela",
        "ceci", "ca", "ensuite", "desormais", "s'", "n'", "y", "pas", "ne", "si", "comme", "quand", "lorsque", "lorsqu'", "tout", "tous",
        "toute", "toutes", "chaque", "certains", "certaines", "plusieurs", "aucun", "aucune", "quel", "quelle",
        "quels", "quelles", "cependant", "toutefois", "pourtant", "neanmoins", "parmi", "hier", "demain",
        "voici", "voila", "oui", "non", "est", "sont", "ont", "etait", "sera", "jusqu'", "puisqu'", "quoiqu'",
        "m'", "t'", "outre", "malgre", "durant", "afin", "celui", "celle", "ceux", "celles", "autre", "autres",
        "meme", "bien", "mieux", "peu", "beaucoup", "environ", "pres", "loin", "pourquoi", "comment", "combien",
        // English
        "the", "a", "an", "and", "or", "but", "so", "if", "in", "on", "at", "by", "for", "from", "to", "of",
        "with", "without", "as", "after", "before", "during", "since", "until", "while", "when", "where",
        "which", "who", "whom", "whose", "what", "why", "how", "that", "this", "these", "those", "there", "here",
        "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "more",
        "most", "some", "many", "all", "each", "every", "no", "not", "yes", "also", "however", "yet", "then",
        "than", "thus", "still", "both", "either", "neither", "among", "between", "under", "over", "about",
        "against", "according", "today", "yesterday", "tomorrow", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "do", "does", "did",
        "one", "two", "three", "other", "such", "only", "even", "just", "once", "meanwhile", "instead", "despite",
        "although", "though", "because", "unless", "whether", "into", "onto", "upon", "within", "across",
        "through", "around", "near", "per", "via", "later", "earlier", "afterwards", "now", "finally", "again",
    ])

    /// Month and weekday names, French and English: capitalised in English, never names alone.
    static let calendarWords: Set<UInt64> = keys([
        "janvier", "fevrier", "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
        "decembre", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ])

    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(words.map { Folding.key($0)! })
    }
}
