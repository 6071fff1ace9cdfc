/// The words ``TenseReader`` knows, folded with ``WordFolding``: auxiliaries, participles,
/// clear past and future forms, and the small words that may stand between a verb and its date.
enum TenseLexicon {
    /// Words that may stand between a verb and the date it governs without ending the search:
    /// articles, possessives, prepositions, adverbs and the nouns of set phrases ("se tiendra à
    /// Genève le", "aura lieu le", "entrera en vigueur le", "was held in Paris on", "took place on").
    static let fillers: Set<String> = [
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "a", "en", "dans", "sur",
        "par", "avec", "chez", "vers", "des", "depuis", "jusqu'au", "jusqu'", "entre", "lieu", "bien", "deja",
        "aussi", "finalement", "officiellement", "ensuite", "enfin", "notamment", "egalement", "alors", "pourtant",
        "the", "an", "on", "in", "at", "from", "of", "by", "near", "until", "between", "also", "again",
        "officially", "finally", "already", "then", "formally", "place", "been", "be", "to",
        "son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her", "vigueur", "into", "force",
        // « ouvrira quant à elle le mardi 9 juin »
        "quant", "lui", "elle", "eux", "elles",
    ]

    /// French auxiliaries of a past tense before a participle ("a ouvert", "avait eu lieu"),
    /// lowercase with their accents ("a" is not "à").
    static let frenchPastAuxiliaries: Set<String> = ["a", "ont", "avait", "avaient", "eut", "eurent"]
    /// French auxiliaries of a future before a participle ("sera inaugurée", "aura été"), lowercase.
    static let frenchFutureAuxiliaries: Set<String> = ["sera", "seront", "aura", "auront"]
    /// "est", "sont" and the like, lowercase: past with a reflexive ("s’est tenue") or a verb of motion
    /// ("est arrivé"), else a passive that says nothing of time ("est prévue").
    static let frenchBeAuxiliaries: Set<String> = ["est", "sont", "était", "étaient"]
    static let frenchReflexives: Set<String> = ["s'", "se"]
    /// Participles conjugated with "être" in the past: "est arrivé", "sont partis".
    static let frenchMotionParticiples: Set<String> = [
        "arrive", "parti", "venu", "revenu", "ne", "mort", "decede", "entre", "sorti", "devenu", "tombe", "reste",
        "alle", "passe", "retourne", "rentre", "intervenu",
    ]
    /// Participles that point at a date still to come whatever their tense ("a été reportée au
    /// 3 mars", "est prévue le").
    static let schedulingParticiples: Set<String> = [
        "prevu", "annonce", "programme", "fixe", "reporte", "repousse", "decale", "avance", "convoque", "attendu",
        "planifie", "agende", "renvoye", "ajourne", "cale", "envisage",
        "scheduled", "planned", "due", "set", "expected", "postponed", "delayed", "moved", "rescheduled", "slated",
        "supposed", "pushed", "brought",
    ]
    /// French simple pasts and imperfects of the verbs news uses with dates.
    static let frenchPastForms: Set<String> = [
        "tint", "tinrent", "ouvrit", "ouvrirent", "fut", "furent", "eut", "eurent", "signa", "vota", "reunit",
        "naquit", "mourut", "debuta", "commenca", "acheva", "termina", "adopta", "accueillit", "avait", "tenait",
    ]
    /// French futures that the endings in ``frenchFutureEndings`` miss.
    static let frenchFutureForms: Set<String> = [
        "va", "vont", "fera", "feront", "ira", "iront", "sera", "seront", "aura", "auront",
    ]
    /// Verbs before an infinitive that put it in the future ("va se tenir", "doit s’ouvrir").
    static let frenchFutureBeforeInfinitive: Set<String> = ["va", "vont", "doit", "doivent", "devrait", "devraient"]
    /// Endings of the French simple future, third person ("tiendra", "ouvrira", "débattront").
    static let frenchFutureEndings = [
        "era", "eront", "ira", "iront", "dra", "dront", "vra", "vront", "rra", "rront", "ura", "uront", "tra", "tront",
    ]
    /// Words with those endings that are not verbs.
    static let frenchFutureLookalikes: Set<String> = [
        "opera", "camera", "extra", "ultra", "sierra", "mantra", "tantra", "era", "lira", "sutra", "contra",
        "intra", "vera", "cobra", "hydra", "cathedra", "algebra", "chimera", "pyrrhura",
    ]

    /// English simple pasts of the verbs news uses with dates.
    static let englishPastForms: Set<String> = [
        "took", "met", "began", "opened", "closed", "ended", "started", "gathered", "convened", "signed", "voted",
        "launched", "hosted", "marked", "celebrated", "welcomed", "attended", "visited", "adopted", "approved",
        "elected", "died", "arrived", "left", "came", "returned", "finished", "concluded", "said", "announced",
        "told", "was", "were", "happened", "occurred",
    ]
    /// English words before a verb that make it past ("was held", "had met", "has opened").
    static let englishPastAuxiliaries: Set<String> = ["was", "were", "had", "has", "have"]
    /// English words before a verb that make it future ("will open", "shall meet", "is to be held").
    static let englishFutureAuxiliaries: Set<String> = ["will", "shall", "won't"]
    /// English words before a verb that make its tense present ("is held", "opens"), or unclear.
    static let englishPresentAuxiliaries: Set<String> = ["is", "are", "am", "be", "being", "to"]
}
