import FactDeskKit

/// One text of the name evaluation: each misspelt name marked `⟦…⟧`, with the spelling expected
/// first among the suggestions, in the order of the marks. A text without marks must get no
/// finding at all from the name checker.
struct NameEvaluationCase: Sendable {
    let text: String
    let language: Language
    let expected: [String]

    init(_ text: String, _ language: Language, _ expected: String...) {
        self.text = text
        self.language = language
        self.expected = expected
    }
}

extension NameEvaluationReference {
    /// Every accepted spelling in sentences of its language — plain, quoted, opening a
    /// sentence, with an English possessive, in a headline in capitals — and texts that set
    /// traps: common words that are also names, very short names, neighbours, titles.
    static let correct: [NameEvaluationCase] = {
        let french: [String] = [
            "Ahmed Naser Al-Raisi", "Al-Raisi", "Valdecy Urquiza", "Urquiza", "Jürgen Stock", "Mohammed VI",
            "Ursula von der Leyen", "Abdel Fattah al-Sissi", "al-Sissi", "Volodymyr Zelensky", "Zelensky", "Xi Jinping",
            "Ban Ki-moon", "Emmanuel Macron", "Siobhan O’Sullivan", "Siobhan O'Sullivan", "Marrakech", "N’Djamena",
            "N'Djamena", "Genève", "Singapour", "Vienne", "Nice", "Glasgow", "Lyon", "Côte d’Ivoire", "Royaume-Uni",
            "Maroc", "Tchad", "Iran", "Irak", "Mali", "INTERPOL", "OIPC-INTERPOL", "Europol", "OTAN",
            "Organisation des Nations unies",
        ]
        let english: [String] = [
            "Ahmed Naser Al-Raisi", "Al-Raisi", "Valdecy Urquiza", "Jürgen Stock", "Mohammed VI",
            "Ursula von der Leyen",
            "von der Leyen", "Abdel Fattah el-Sisi", "el-Sisi", "Volodymyr Zelenskyy", "Zelenskyy", "Xi Jinping",
            "Ban Ki-moon", "Emmanuel Macron", "Macron", "Siobhan O’Sullivan", "O'Sullivan", "Marrakech", "Marrakesh",
            "N’Djamena", "Geneva", "Singapore", "Vienna", "Nice", "Glasgow", "Lyon", "Côte d’Ivoire", "United Kingdom",
            "Morocco", "Chad", "Iran", "Iraq", "Mali", "INTERPOL", "Interpol", "Europol", "NATO", "United Nations",
        ]
        var cases: [NameEvaluationCase] = []
        for name in french {
            cases.append(NameEvaluationCase("Selon nos informations, \(name) a été cité hier.", .fr))
            cases.append(NameEvaluationCase("« \(name) », a-t-on entendu à la tribune.", .fr))
            cases.append(NameEvaluationCase("\(name.uppercased()) AU CŒUR DES DÉBATS", .fr))
        }
        for name in english {
            cases.append(NameEvaluationCase("According to officials, \(name) was cited yesterday.", .en))
            cases.append(NameEvaluationCase("“\(name)” was heard from the podium.", .en))
            cases.append(NameEvaluationCase("\(name)’s delegation arrived on Monday.", .en))
            cases.append(NameEvaluationCase("\(name.uppercased()) IN THE SPOTLIGHT", .en))
        }
        return cases + traps
    }()

    /// Texts whose capitalised words are names or common words the checker must leave alone.
    static let traps: [NameEvaluationCase] = [
        NameEvaluationCase("Stock markets fell; Nice weather helped. Chad said the UN and ONU met.", .en),
        NameEvaluationCase("Le stock a baissé à Nice ; M. Xi a parlé avec Ban Ki-moon et l’ONU.", .fr),
        NameEvaluationCase(
            "Le président Ahmed Naser Al-Raisi et le Secrétaire général, Valdecy Urquiza, ont parlé.", .fr),
        NameEvaluationCase("INTERPOL President Ahmed Naser Al-Raisi and Secretary General Valdecy Urquiza spoke.", .en),
        NameEvaluationCase("SM le Roi Mohammed VI a reçu Mme von der Leyen et M. Macron à Marrakech.", .fr),
        NameEvaluationCase("Police chiefs from Europa, Lyons and Irak met Dr. Urquijo in Geneva.", .en),
        NameEvaluationCase("Le Royaume du Maroc et le Moyen-Orient : l’Orient compliqué, selon M. Stock.", .fr),
        NameEvaluationCase("Macro trends: Iran and Iraq, Mali and Chad, Morocco and the United Kingdom.", .en),
        NameEvaluationCase("L’ancien Secrétaire général Jürgen Stock a salué son successeur, M. Urquiza.", .fr),
        NameEvaluationCase("AHMED NASER AL-RAISI OUVRE L’ASSEMBLÉE D’INTERPOL À MARRAKECH", .fr),
        NameEvaluationCase("Jean-Pierre Dupont et Marie-Claire Lefèvre représentent la Côte d’Ivoire.", .fr),
        NameEvaluationCase("La Fontaine, Le Pen et De Gaulle : des noms que les données ignorent.", .fr),
        NameEvaluationCase("Ursula von der Leyen met Xi Jinping; von der Leyen and Xi then left for N'Djamena.", .en),
        NameEvaluationCase("Le Tchad, l’Irak et l’Iran ont rejoint Genève, Vienne et Singapour.", .fr),
        NameEvaluationCase("Valdecy Urquiza a parlé. Urquiza a ensuite rejoint Al-Raisi à Lyon.", .fr),
    ]

    /// Misspellings of every kind, French and English: letters typed, doubled, dropped or
    /// swapped, accents dropped or wrong, separators, another transliteration, the other
    /// language's spelling — in plain text, quotes and capitals.
    static let misspelled: [NameEvaluationCase] = [
        // French
        NameEvaluationCase("Le président, ⟦Ahmed Nasser Al-Raisi⟧, a ouvert les travaux.", .fr, "Ahmed Naser Al-Raisi"),
        NameEvaluationCase("Le Secrétaire général, ⟦Valdecy Urquisa⟧, a salué les délégués.", .fr, "Valdecy Urquiza"),
        NameEvaluationCase("M. ⟦Valdecy Urqiuza⟧ est arrivé hier.", .fr, "Valdecy Urquiza"),
        NameEvaluationCase("Selon M. ⟦Urquizá⟧, tout va bien.", .fr, "Urquiza"),
        NameEvaluationCase("Selon M. ⟦Al Raisi⟧, la coopération progresse.", .fr, "Al-Raisi"),
        NameEvaluationCase("Les délégués sont arrivés hier à ⟦Marrakesh⟧.", .fr, "Marrakech"),
        NameEvaluationCase("Les délégués sont arrivés hier à ⟦Marakech⟧.", .fr, "Marrakech"),
        NameEvaluationCase("L’ancien secrétaire général ⟦Jurgen Stok⟧ était présent.", .fr, "Jürgen Stock"),
        // Accents left out are accepted by default (the accent policy): no finding.
        NameEvaluationCase("L’ancien secrétaire général Jurgen Stock était présent.", .fr),
        NameEvaluationCase("On a vu ⟦Jürgen Stok⟧ dans la salle.", .fr, "Jürgen Stock"),
        NameEvaluationCase("Le président égyptien ⟦Abdel Fattah al-Sisi⟧ a parlé.", .fr, "Abdel Fattah al-Sissi"),
        NameEvaluationCase("Le président ⟦Volodymyr Zelenskyy⟧ a parlé.", .fr, "Volodymyr Zelensky"),
        NameEvaluationCase("Le président ⟦Volodimir Zelensky⟧ a parlé.", .fr, "Volodymyr Zelensky"),
        NameEvaluationCase("Le président ⟦Emmanuel Macrom⟧ a parlé.", .fr, "Emmanuel Macron"),
        NameEvaluationCase("La présidente ⟦Ursula von der Leyden⟧ a parlé.", .fr, "Ursula von der Leyen"),
        NameEvaluationCase("La délégation de ⟦N’Djaména⟧ est arrivée.", .fr, "N’Djamena"),
        NameEvaluationCase("Le centre est situé à ⟦Singapoure⟧ depuis 2015.", .fr, "Singapour"),
        NameEvaluationCase("La session s’est tenue à ⟦Genéve⟧.", .fr, "Genève"),
        NameEvaluationCase("La délégation de ⟦Côte d’Ivoir⟧ est arrivée.", .fr, "Côte d’Ivoire"),
        NameEvaluationCase("SM le Roi ⟦Mohamed VI⟧ a reçu les délégués.", .fr, "Mohammed VI"),
        NameEvaluationCase("Un accord avec l’⟦OIPC-INTERPLO⟧ a été signé.", .fr, "OIPC-INTERPOL"),
        NameEvaluationCase("Un accord avec ⟦Europoll⟧ a été signé.", .fr, "Europol"),
        NameEvaluationCase("Les policiers de ⟦Glasgo⟧ étaient présents.", .fr, "Glasgow"),
        NameEvaluationCase("L’inspectrice ⟦Siobhan O’Sulivan⟧ a témoigné.", .fr, "Siobhan O’Sullivan"),
        NameEvaluationCase("⟦VALDECY URQUISA⟧ À MARRAKECH", .fr, "Valdecy Urquiza"),
        NameEvaluationCase("« ⟦Ahmed Naser Al-Raissi⟧ », a-t-on lu sur l’affiche.", .fr, "Ahmed Naser Al-Raisi"),
        NameEvaluationCase("La délégation du ⟦Royaume-Unis⟧ est arrivée.", .fr, "Royaume-Uni"),
        NameEvaluationCase("Après « Valdecy Urquiza », on a lu « M. ⟦Urquisa⟧ ».", .fr, "Urquiza"),
        // English
        NameEvaluationCase(
            "INTERPOL President ⟦Ahmed Naser Al-Raissi⟧ opened the meeting.", .en, "Ahmed Naser Al-Raisi"),
        NameEvaluationCase("Secretary General ⟦Valdecy Urqiza⟧ spoke next.", .en, "Valdecy Urquiza"),
        NameEvaluationCase("The delegates met in ⟦Marrakesk⟧ on Monday.", .en, "Marrakesh"),
        NameEvaluationCase("The session was held in ⟦Geneve⟧.", .en, "Geneva"),
        NameEvaluationCase("Former Secretary General ⟦Jürgen Stöck⟧ attended.", .en, "Jürgen Stock"),
        NameEvaluationCase("Former Secretary General Jurgen Stock attended.", .en),
        NameEvaluationCase("Egypt’s president ⟦Abdel Fattah el-Sissi⟧ spoke.", .en, "Abdel Fattah el-Sisi"),
        NameEvaluationCase("President ⟦Volodymyr Zelenksyy⟧ spoke.", .en, "Volodymyr Zelenskyy"),
        NameEvaluationCase("President ⟦Emanuel Macron⟧ spoke.", .en, "Emmanuel Macron"),
        NameEvaluationCase("The innovation centre opened in ⟦Singapour⟧ in 2015.", .en, "Singapore"),
        NameEvaluationCase("The previous session was held in ⟦Vienne⟧.", .en, "Vienna"),
        NameEvaluationCase("Flights to ⟦Ndjamena⟧ were delayed.", .en, "N’Djamena"),
        NameEvaluationCase("An agreement with ⟦INTERPLO⟧ was signed.", .en, "INTERPOL"),
        NameEvaluationCase("Commission President ⟦Ursula von der Lyen⟧ spoke.", .en, "Ursula von der Leyen"),
        NameEvaluationCase("President ⟦Xi Jinpin⟧ spoke.", .en, "Xi Jinping"),
        NameEvaluationCase("Former UN chief ⟦Ban Ki-mon⟧ spoke.", .en, "Ban Ki-moon"),
        NameEvaluationCase("Inspector ⟦Siobhan O'Sulivan⟧ testified.", .en, "Siobhan O’Sullivan"),
        NameEvaluationCase("⟦Valdecy Urquisa⟧ opened the session.", .en, "Valdecy Urquiza"),
        NameEvaluationCase("Valdecy Urquiza spoke; delegates praised ⟦Urquisa⟧’s speech.", .en, "Urquiza"),
        // A family name misspelt at its first mention is left alone by design (see NameBook).
        NameEvaluationCase("Delegates praised ⟦Urquisa⟧’s speech.", .en, "Urquiza"),
        NameEvaluationCase("⟦AHMED NASSER AL-RAISI⟧ OPENS THE ASSEMBLY", .en, "Ahmed Naser Al-Raisi"),
        NameEvaluationCase("“⟦Valdecy Urquizza⟧” was heard from the podium.", .en, "Valdecy Urquiza"),
        NameEvaluationCase("The talks moved from Marrakesh to ⟦Glasgw⟧.", .en, "Glasgow"),
    ]
}
