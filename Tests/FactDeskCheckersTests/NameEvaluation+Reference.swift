/// The reference data of the name evaluation: people, places and organisations chosen for the
/// traps they set — particles, transliterations that differ between French and English, very
/// short names, names that are also common words, neighbours one letter apart.
enum NameEvaluationReference {
    static let yaml = """
        entities:
          - id: interpol
            kind: organization
            names: [INTERPOL, OIPC-INTERPOL, Interpol]
            facts: [{property: founded, value: 1923, source: "https://www.interpol.int/Who-we-are"}]
          - id: europol
            kind: organization
            names: [Europol]
          - id: united-nations
            kind: organization
            names: [{name: Organisation des Nations unies, lang: fr}, {name: ONU, lang: fr}, {name: United Nations, lang: en}, {name: UN, lang: en}]
          - id: nato
            kind: organization
            names: [{name: OTAN, lang: fr}, {name: NATO, lang: en}]
          - id: ahmed-naser-al-raisi
            kind: person
            names: [Ahmed Naser Al-Raisi, Al-Raisi]
            roles: [{title: {en: President, fr: président}, of: interpol, from: 2021-11, to: 2025-11}]
          - id: valdecy-urquiza
            kind: person
            names: [Valdecy Urquiza, Urquiza]
            roles: [{title: {en: Secretary General, fr: Secrétaire général}, of: interpol, from: 2024-11}]
          - id: jurgen-stock
            kind: person
            names: [Jürgen Stock, Stock]
            roles: [{title: {en: Secretary General, fr: Secrétaire général}, of: interpol, from: 2014-11, to: 2024-11}]
          - id: mohammed-vi
            kind: person
            names: [Mohammed VI]
            roles: [{title: {en: King, fr: roi}, of: maroc, from: 1999-07}]
          - id: ursula-von-der-leyen
            kind: person
            names: [Ursula von der Leyen, von der Leyen]
          - id: abdel-fattah-al-sissi
            kind: person
            names: [{name: Abdel Fattah al-Sissi, lang: fr}, {name: al-Sissi, lang: fr}, {name: Abdel Fattah el-Sisi, lang: en}, {name: el-Sisi, lang: en}]
          - id: volodymyr-zelensky
            kind: person
            names: [{name: Volodymyr Zelensky, lang: fr}, {name: Zelensky, lang: fr}, {name: Volodymyr Zelenskyy, lang: en}, {name: Zelenskyy, lang: en}]
          - id: xi-jinping
            kind: person
            names: [Xi Jinping, Xi]
          - id: ban-ki-moon
            kind: person
            names: [Ban Ki-moon]
          - id: emmanuel-macron
            kind: person
            names: [Emmanuel Macron, Macron]
          - id: siobhan-osullivan
            kind: person
            names: [Siobhan O’Sullivan, O’Sullivan]
          - id: marrakech
            kind: place
            names: [Marrakech, {name: Marrakesh, lang: en}]
          - id: ndjamena
            kind: place
            names: [N’Djamena]
          - id: geneve
            kind: place
            names: [{name: Genève, lang: fr}, {name: Geneva, lang: en}]
          - id: singapour
            kind: place
            names: [{name: Singapour, lang: fr}, {name: Singapore, lang: en}]
          - id: vienne
            kind: place
            names: [{name: Vienne, lang: fr}, {name: Vienna, lang: en}]
          - id: nice
            kind: place
            names: [Nice]
          - id: glasgow
            kind: place
            names: [Glasgow]
          - id: lyon
            kind: place
            names: [Lyon]
          - id: cote-divoire
            kind: place
            names: [Côte d’Ivoire]
          - id: royaume-uni
            kind: place
            names: [{name: Royaume-Uni, lang: fr}, {name: United Kingdom, lang: en}]
          - id: maroc
            kind: place
            names: [{name: Maroc, lang: fr}, {name: Morocco, lang: en}]
          - id: tchad
            kind: place
            names: [{name: Tchad, lang: fr}, {name: Chad, lang: en}]
          - id: iran
            kind: place
            names: [Iran]
          - id: irak
            kind: place
            names: [{name: Irak, lang: fr}, {name: Iraq, lang: en}]
          - id: mali
            kind: place
            names: [Mali]
        """
}
