/// The small words claim building looks for around numbers, folded with ``Fold/word(_:)``.
enum ClaimWords {
    /// Whether a word ends with a possessive "’s" or "'s" ("INTERPOL’s", "Tom Reed's").
    static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("’s") || word.hasSuffix("'s")
    }

    /// Before a number, words that make it a reference to a place in a document or a list, not a
    /// quantity: "page 12", "article 3", "n° 5", "chapter 4".
    static let referenceWords: Set<String> = [
        "page", "pages", "chapitre", "chapter", "article", "numero", "number", "tome", "volume", "section",
        "paragraphe", "paragraph", "annexe", "annex", "figure", "tableau", "table", "ligne", "line", "alinea",
        "verset", "verse", "acte", "act", "scene",
    ]

    /// The same, abbreviated with a period: "p. 12", "art. 3", "No. 5".
    static let referenceAbbreviations: Set<String> = ["p", "pp", "art", "no", "vol", "fig", "chap", "n"]

    /// Symbols before a number with the same effect: "§ 3", "# 4", "n° 5".
    static let referenceSymbols: Set<String> = ["§", "#", "°", "№"]

    /// Between a count and its property, the words that make it a total: "2 millions d’habitants".
    /// (English "of" makes a part: "120% of member countries".)
    static let countedWith: Set<String> = ["de", "d'"]

    /// Between a property and its count: "un budget de 3,2 Md€", "a budget of $3.2bn".
    static let ofWords: Set<String> = ["de", "d'", "of"]

    /// Between a count and its property, the words that make it a part: "150 des pays membres",
    /// "150 of the member countries", "150 d’entre les", "parmi les", "sur les".
    static let partWords: Set<String> = ["des", "d'entre", "parmi", "sur", "of", "out"]

    /// After a count's property, words that make it some of them: « les cinq sièges restants »,
    /// "the 12 seats left", "20 seats available".
    static let partFollowers: Set<String> = [
        "restants", "restantes", "restant", "restante", "remaining", "vacants", "vacantes", "vacant",
        "supplementaires", "additionnels", "additional", "disponibles", "available", "left", "libres",
    ]

    /// Determiners that may follow a part word: "of the", "parmi les", "sur ses".
    static let determiners: Set<String> = ["the", "its", "their", "les", "ses", "leurs", "ces", "these", "those"]

    /// After a property, the words that bring in whose it is: "pays membres d’INTERPOL",
    /// "member countries of INTERPOL".
    static let complementWords: Set<String> = ["de", "d'", "du", "des", "of"]

    /// After a property, words of place that bring in its owner when it is a body or an event,
    /// not a place: "545 seats in the Lok Sabha", « 577 sièges à l’Assemblée ».
    static let locationWords: Set<String> = ["in", "dans", "au", "a", "à"]

    /// Between a property and its count, prepositions before a description of its subject:
    /// "turnout for this election", « participation à ce scrutin », "turnout of the election".
    static let describedComplementWords: Set<String> = [
        "for", "of", "in", "at", "pour", "a", "à", "de", "du", "lors", "dans", "au",
    ]

    /// Articles that may stand between a complement word and a name: "de l’Organisation".
    static let articles: Set<String> = ["l'", "la", "le", "les", "the"]

    /// Before a property, the words that announce its count: "le nombre de pays membres est de".
    static let countWords: [[String]] = [["nombre", "de"], ["nombre", "d'"], ["number", "of"], ["total", "de"]]

    /// Verbs that link a property to its count: "est de", "s’élève à", "atteint", "stands at".
    static let linkVerbs: Set<String> = [
        "est", "etait", "sera", "eleve", "elevent", "elevait", "elevaient", "etablit", "etablissent", "etablissait",
        "atteint", "atteignait", "totalise", "passe", "is", "was", "are", "were", "stands", "stood", "reached",
        "totals", "totalled", "totaled", "rose", "grew", "came", "comes",
        // « a été de 61 % », « s’est établie à 61 % », « s’est élevée à », « s’est chiffrée à ».
        "ete", "fut", "etabli", "etablie", "etablis", "etablies", "elevee", "elevees", "eleves", "chiffre",
        "chiffree",
        // "has risen to 32", "has grown to 32", "climbed to 32".
        "risen", "grown", "climbed", "increased", "expanded", "swelled", "jumped",
        // « a été évalué à 61 % », « estimé à », « fixé à », "was estimated at 61%".
        "evalue", "evaluee", "evalues", "evaluees", "estime", "estimee", "estimes", "estimees", "fixe", "fixee",
        "fixes", "fixees", "estimated", "evaluated",
        // « Les États membres de l’Union sont au nombre de 55 » (not « sont 12 à avoir signé »).
        "nombre",
    ]

    /// Between a property and its count, the words that may stand: link verbs and the small
    /// words around them ("s’élève à", "has now reached", "rose to").
    static let linkWords: Set<String> = linkVerbs.union([
        "s'", "a", "à", "de", "d'", "desormais", "aujourd'hui", "at", "now", "has", "had", "to", "of", "in",
        // « sont au nombre de 55 ».
        "sont", "etaient", "seront", "au",
    ])

    /// Articles before a property whose count follows a link verb: "le budget atteint".
    static let definiteArticles: Set<String> = ["le", "la", "les", "l'", "the", "son", "sa", "ses", "its", "their"]

    /// Articles before a property whose count follows "de" or "of": "un budget de 3,2 Md€".
    static let indefiniteArticles: Set<String> = ["un", "une", "a", "an"]

    /// Verbs of change: after one, "de" and "from" introduce an old value ("passé de 195 à 196").
    static let changeVerbs: Set<String> = [
        "passe", "rose", "grew", "fell", "went", "augmente", "baisse", "increased", "decreased", "risen", "grown",
        "climbed", "expanded", "swelled", "jumped",
    ]

    /// Nouns and adverbs of change before "from": "an increase from 24", "up from 24".
    static let changeNouns: Set<String> = [
        "increase", "rise", "expansion", "jump", "growth", "decrease", "drop", "fall", "up", "down", "expanded",
        "increased", "grown",
    ]

    /// The words after a verb of change that introduce the old value.
    static let oldValueWords: Set<String> = ["de", "d'", "from"]

    /// Marks after which a sentence starts again with a capital: a quote, a parenthesis, a colon, a dash.
    static let openingMarks: Set<String> = ["«", "“", "„", "\"", "(", "[", ":", "—", "–", "-", "#"]

    /// Before a count followed by its property, the words that make it a total ("les 196 pays
    /// membres", "compte 196 pays membres", "de 195 pays membres", "has 196 member countries",
    /// « met en compétition 21 films »)
    /// rather than some of them ("Trois pays membres ont voté contre", "dont 12 États membres").
    static let totalLeads: Set<String> = [
        "les", "ses", "leurs", "nos", "vos", "ces", "de", "d'", "des", "du", "avec", "à", "a", "soit", "compte",
        "comptait", "comptera", "comptent", "comptaient", "reunit", "reunissait", "reunira", "rassemble",
        "rassemblait", "regroupe", "regroupait", "avait", "aura", "ont", "avaient", "totalise", "emploie",
        "employait", "accueille", "accueillait", "accueilli", "federe", "atteint", "denombre", "recense", "attire",
        "the", "its", "their", "our", "these", "those", "all", "of", "from", "with", "to", "has", "had", "have",
        "counts", "counted", "numbers", "numbered", "gathers", "gathered", "brings", "comprises", "comprised",
        "employs", "employed", "totals", "totalled", "reached", "hosts", "hosted", "welcomed", "welcomes", "unites",
        "united", "groups", "drew", "draws", "attracted", "attracts", "includes", "feature", "features",
        "featured", "featuring", "involve", "involves", "accueillera", "reunira", "rassemblera", "regroupera", "concerne", "concernera", "concernait", "presente",
        "presentera", "programme", "programmera", "competition", "by", "par", "make", "makes", "made", "perform", "performs",
        "performed", "effectue", "effectuera", "effectuait", "effectuer", "realise", "realisera", "reuni",
        "bring", "brings", "brought", "bringing", "include", "included", "faces", "faced", "facing", "accueilleront", "reuniront",
        "rassembleront", "regrouperont", "compteront", "auront", "whose", "gather", "unite", "considering", "weighing",
        "oppose", "opposera", "opposent", "opposeront", "opposait", "aux", "propose", "proposent", "proposera",
        "proposeront", "proposait", "offers", "offer", "offered",
        // "the 2026 Cup will see 12 teams play".
        "see", "sees",
        // « qui revendique 9 000 membres », "boasts 9,000 members": a body's own count.
        "revendique", "revendiquait", "revendiquent", "claims", "claimed", "boasts", "boasted", "affiche",
        "affichait",
        // « le programme comprend 32 sports », like "includes".
        "comprend", "comprenait", "comprendra", "reunissent", "rassemblent", "regroupent",
        // « la cour va juger 20 accusés », « où sont jugés 20 accusés », « le procès juge 20 accusés »:
        // those a trial tries.
        "juger", "jugera", "jugeront", "jugent", "juges", "jugees", "juge", "jugeait",
        // « la compétition verra 24 sélections s’affronter », like "will feature".
        "verra", "verront",
        // « la catastrophe a fait 41 morts », "the blast left 41 dead": a disaster's toll.
        "fait", "faisant", "fera", "feront", "left", "leaving", "leaves",
        // « l’attentat a tué 41 personnes », "the blast killed 41 people".
        "tue", "tuait", "killed", "kills",
    ]

    /// Openings before a comma that make the count after them a total: « Au total, 64 matchs »,
    /// "In total, 64 matches", folded.
    static let totalOpenings: [[String]] = [["au", "total"], ["en", "tout"], ["in", "total"], ["in", "all"], ["all", "told"]]

    /// Words that sum the things counted just before into the figure after them (« 29 secteurs
    /// pour un total de 56 kilomètres », "12 stages for a total of 900 km"), folded: a total of
    /// those, not of the subject.
    static let totalOfCountedOnes: [[String]] = [
        ["pour", "un", "total", "de"], ["for", "a", "total", "of"], ["totalling"], ["totaling"],
    ]

    /// Words between a name and a heading's colon that announce its figures: "Paris 2025 by
    /// the numbers: 300 events", « Le Festival 2025 en chiffres : 17 films », folded.
    static let figureHeadings: [[String]] = [
        ["by", "the", "numbers"], ["in", "numbers"], ["in", "figures"], ["en", "chiffres"], ["en", "quelques", "chiffres"],
    ]

    /// Adverbs that may stand between such a word and the count: "compte désormais 196".
    static let adverbs: Set<String> = [
        "desormais", "aujourd'hui", "maintenant", "actuellement", "deja", "toujours", "ensemble", "now", "today",
        "currently", "already", "still", "together", "record", "ainsi", "donc", "thus",
    ]

    /// Verbs in the present before a count: the claim speaks of the publication date whatever
    /// date its sentence gives elsewhere ("Créée en 1923, INTERPOL compte 196 pays membres").
    static let presentVerbs: Set<String> = [
        "compte", "comptent", "reunit", "rassemble", "regroupe", "a", "ont", "totalise", "emploie", "accueille",
        "federe", "atteint", "denombre", "recense", "attire", "has", "have", "counts", "numbers", "gathers", "brings",
        "comprises", "employs", "totals", "hosts", "welcomes", "unites", "groups", "draws", "attracts", "includes",
    ]

    /// Verbs of a toll that a property's term may be, right before its count: "killed 41
    /// people", « a tué 41 personnes », folded.
    static let tollVerbs: Set<String> = ["killed", "tue", "tues", "tuee", "tuees"]
    /// Nouns of the people a toll counts, folded.
    static let tollNouns: Set<String> = [
        "people", "persons", "civilians", "victims", "lives", "residents", "miners", "workers", "soldiers",
        "passengers", "children", "personnes", "victimes", "civils", "habitants", "mineurs", "ouvriers", "soldats",
        "passagers", "enfants",
    ]

    /// Prepositions among ``totalLeads``: a count after one may be some of the whole.
    static let weakLeads: Set<String> = ["de", "d'", "des", "du", "avec", "à", "aux", "of", "from", "with", "to", "by", "par", "on"]

    /// "Total" and nouns of a measure before a weak lead ("a total of 64", « un total de 64 », "a
    /// capacity of 100 MW", « une longueur de 1 500 mètres »): the count after is the whole value.
    static let totalNouns: Set<String> = [
        "total", "capacity", "length", "height", "depth", "area", "surface", "width", "population",
        "capacite", "longueur", "puissance", "hauteur", "profondeur", "superficie", "largeur",
    ]

    /// "One" before a weak lead ("one of 29", « l’un des 27 »): the count after is the whole.
    static let oneWords: Set<String> = ["one", "un", "une", "l'un", "l'une"]

    /// Before a date, words that make it a date of history rather than the time a claim speaks
    /// of: "since", « depuis », founding words ("founded in", « créée en », "since its creation on").
    static let historyWords: Set<String> = [
        "since", "depuis", "founded", "established", "created", "creation", "founding", "inception", "fonde",
        "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees", "fondation", "etabli", "etablie",
        "etablis", "etablies", "introduced", "introduit", "introduite", "instaure", "instauree",
    ]

    /// Words of titles, capitalised before a name ("the Samoan Prime Minister", « le Secrétaire
    /// général »): not names of owners.
    static let titleWords: Set<String> = [
        "president", "prime", "minister", "secretary", "general", "chancellor", "king", "queen", "prince", "princess",
        "judge", "chairman", "chairwoman", "chair", "governor", "mayor", "ambassador", "director", "chief", "premier",
        "senator", "spokesman", "spokeswoman", "spokesperson", "commissioner", "envoy", "foreign", "defence", "defense",
        "president-elect", "vice", "deputy", "head", "secretaire", "generale", "ministre", "premiere", "presidente",
        "directeur", "directrice", "roi", "reine", "juge", "gouverneur", "maire", "ambassadeur", "chef",
        "porte-parole", "commissaire", "vice-president", "vice-presidente",
    ]

    /// Verbs of an existential "there are" before a count, folded: "there were 24 teams", "there will be 40 matches".
    static let existentialVerbs: Set<String> = ["are", "were", "be"]

    /// Before a verb of having, words that make it a wish or a future: "aims to have", "will have".
    static let modals: Set<String> = ["to", "will", "would", "could", "may", "might", "should", "must", "can"]

    /// How many words may stand between a part's property and « sur », "out of" before its whole
    /// ("sièges à pourvoir sur les 577").
    static let partToWholeReach = 4

    /// Words that join a count to the one before it, which it shares its status with: "32
    /// teams and 64 matches", "32 teams playing 64 matches", "329 events in 32 sports".
    static let coordinators: Set<String> = ["et", "and", "playing", "disputant", "in", "dans", "across"]

    /// Before "on", words of a verdict or a charge that make the count after it all the counts,
    /// unless far below them (a verdict on some counts only): "convicted on 12 counts", "guilty
    /// on 12 felony counts", folded.
    static let verdictWords: Set<String> = ["guilty", "convicted", "indicted", "charged", "acquitted", "tried"]
    /// How many words back from "on" a verdict word may stand in its clause ("found guilty in the
    /// Oak Street trial on 34 counts").
    static let verdictReach = 8
    /// How many tokens back from a coordinator the count before it is looked for.
    static let coordinatedReach = 8

    /// Nouns after a count that split what a property's words before it count ("a jury of seven
    /// men and five women"), folded.
    static let makeUpNouns: Set<String> = ["men", "women", "hommes", "femmes"]

    /// Verbs of welcoming, which make the count after them a total only when its event is named
    /// after it ("will welcome 32 teams to the World Cup", not "Auckland will welcome 10 teams").
    static let welcomingVerbs: Set<String> = ["welcome", "welcoming"]

    /// Verbs of a programme, whose future ("will feature 3,300 shows") states a planned count, not a wish.
    static let programmeVerbs: Set<String> = [
        "feature", "involve", "include", "host", "welcome", "bring", "gather", "make", "perform", "effectuer",
    ]
}
