import FactDeskKit

/// Other words news uses for a property that reference data names with a common word: a trial's
/// "counts" are its "charges" ("guilty on all 34 charges"), a chamber's "seats" its
/// "constituencies" ("results for all 543 constituencies"), a tournament's "teams" its "sides"
/// ("the first to feature 32 sides"), a trial's "defendants" the "men on trial" (« les 51 hommes
/// jugés »), its "jurors" counted after "jury of" ("a jury of 12 residents", « un jury de six »).
///
/// A synonym is added to the property whose term is the key, in the key's language, unless
/// reference data already uses the synonym for another property.
enum TermSynonyms {
    /// By language, a term as reference data writes it, folded with ``Fold/word(_:)``, and the
    /// other words for the same property.
    static let byTerm: [Language: [String: [String]]] = [
        .en: [
            "counts": ["charges", "felony charges", "criminal charges", "criminal counts", "felonies"],
            "seats": ["constituencies"],
            "teams": ["sides", "squads"],
            "defendants": ["accused", "men on trial", "women on trial", "people on trial"],
            "jurors": ["jury of"],
        ],
        .fr: [
            "accuses": ["hommes jugés", "femmes jugées", "personnes jugées"],
            "prevenus": ["hommes jugés", "femmes jugées", "personnes jugées"],
            "jures": ["jury de", "jury composé de"],
        ],
    ]

    /// `terms` with the synonyms of their words in `language`.
    static func adding(to terms: [PropertyTerm], language: Language) -> [PropertyTerm] {
        guard let synonyms = byTerm[language] else { return terms }
        let used = Set(terms.map { Fold.word($0.term) })
        var added: [PropertyTerm] = []
        var seen = used
        for term in terms {
            for synonym in synonyms[Fold.word(term.term)] ?? [] where seen.insert(synonym).inserted {
                added.append(PropertyTerm(property: term.property, term: synonym))
            }
        }
        return terms + added
    }
}
