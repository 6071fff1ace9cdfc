import FactDeskKit

/// Rule `misspelled-name`: a name close to an accepted spelling without being one — letters
/// typed, dropped or swapped, another transliteration, accents, separators, or the other
/// language's spelling ("Marrakesh" in French). The suggestion is the accepted spelling; the
/// evidence, the reference entity and its source. A name close to two reference names says so.
/// A name in the plural ("two INTERPOLs", "the Springboks") is the name itself; the last word of
/// a text cut off without punctuation was not spelt; a lone family name of someone the draft
/// writes in full ("Ivan Khmelchenka", then "Khmelchenka") is that person's, not a reference name's.
/// Initials written with periods ("E.U. Police College") are the accepted acronym ("EU"). A word
/// with another first letter and more changed, alone or the only word changed in a longer name,
/// is another name ("Lanzhou", "Fuzhou"; "Lanzhou Book Fair"); a
/// country's name in either language is a country (« Tanzanie » where the reference data
/// writes only "Tanzania").
struct MisspelledNameRule: NameRule {
    var descriptor: RuleDescriptor { Self.descriptor }

    /// The rule's id, severity, summary and examples, built once.
    static let descriptor: RuleDescriptor = {
        let reference = NameExamples.reference
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, reference: reference)
        }
        return RuleDescriptor(
            id: "misspelled-name", severity: .error,
            summary: "A name a few letters, accents or separators away from the reference data's accepted spelling.",
            examples: [
                example("Le président, le Général-Major ⟦Ahmed Naser Al-Rasi⟧, a ouvert les travaux.", .fr),
                example("Le Secrétaire général, ⟦Valdecy Urquisa⟧, a salué les délégués.", .fr),
                example("Les délégués sont arrivés lundi à ⟦Marrakesh⟧ pour quatre jours.", .fr),
                example("Selon M. ⟦Urquizá⟧, puis M. ⟦Al Raisi⟧, la coopération progresse.", .fr),
                example("INTERPOL President ⟦Ahmed Naser Al-Raiis⟧ thanked King ⟦Mohamned VI⟧.", .en),
                example("Ahmed Naser Al-Raisi arrived; in ⟦Marakesh⟧, Dr. ⟦Al-Raizi⟧ spoke first.", .en),
                example("INTERPOL President Ahmed Naser Al-Raissi thanked King Mohamed VI.", .en),
                example("The Samoan and Moroccan delegations met Defence staff in Marrakesh.", .en),
                example("Le président Urquiza et les délégués marocains sont arrivés à Marrakech.", .fr),
                example("Le président Ahmed Naser Al-Raisi a remercié le Maroc et SM le Roi Mohammed VI.", .fr),
                example("AHMED NASER AL-RAISI OUVRE L’ASSEMBLÉE D’INTERPOL À MARRAKECH", .fr),
                example("Secretary General Valdecy Urquiza met Al-Raisi in Marrakesh, also written Marrakech.", .en),
                example("Morocco’s delegation joined OIPC-INTERPOL; « Urquiza » and “Al-Raisi” were quoted.", .en),
                example("Valdecy Urquiza then flew to ⟦Gahna⟧.", .en),
                // The other language's spelling of a place, unless it is this language's nationality word.
                example("Les délégués venus d’⟦Argentina⟧ ont rejoint Valdecy Urquiza.", .fr),
                example("The Argentine delegation and the Argentines met Valdecy Urquiza in Argentina.", .en),
                // Another continent in a longer name is another place.
                example("Les délégués venus d’⟦Afirque du Sud⟧ et d’Amérique du Sud ont rejoint Valdecy Urquiza.", .fr),
                example("Shana’s parents and Nigel spoke in Ghana.", .en),
                example("Les délégués venus de Tanzanie ont rejoint Valdecy Urquiza au Ghana.", .fr),
                example("Les délégués venus de ⟦Tanzanei⟧ ont rejoint Valdecy Urquiza.", .fr),
                example("Hier, M. ⟦El Benalli⟧ a salué les délégués.", .fr),
                example("Hier, M. El Benali a salué les délégués.", .fr),
                example("Critics say there are two INTERPOLs: the one of the statutes and the one in the field.", .en),
                example("Valdecy Urquiza then flew on to Gahna", .en),
                example("Goalkeeper Ivan Khmelchenka saved twice; Khmelchenka was named man of the match.", .en),
                example("Le ministre Oleh Khmelchenko est arrivé ; M. ⟦Khmelchenka⟧ a parlé.", .fr),
                example("Les délégués ont quitté Marrakech pour Tarrakach, une autre ville.", .fr),
                example("The delegates left Marrakech for Tarrakach, another town.", .en),
                example("Cadets of the E.U. Police College met Valdecy Urquiza.", .en),
                example("Valdecy Urquiza addressed the U.S. Senate with cadets.", .en),
                example("Valdecy Urquiza toured the ⟦Unites States⟧ with cadets.", .en),
                // An accent changed on a capital is a misspelling; one left out is French typography.
                RuleExample(
                    "La préfète ⟦Èlodie Varenne⟧ est arrivée à Lyon.", language: .fr,
                    reference: NameExamples.accentedReference),
                RuleExample(
                    "La préfète Elodie Varenne est arrivée à Lyon.", language: .fr, reference: NameExamples.accentedReference),
                RuleExample(
                    "La préfète Élodie Varenne est arrivée à Lyon.", language: .fr, reference: NameExamples.accentedReference),
                example("Cadets of the ⟦EU Police Colege⟧ met Valdecy Urquiza.", .en),
                // The only word changed in a longer name: a first letter changed and more is another name.
                example("Cadets of the EU Police Kolege met Valdecy Urquiza.", .en),
                example("Cadets of the ⟦EU Police Kollege⟧ met Valdecy Urquiza.", .en),
            ])
    }()

    func findings(in check: NameCheck) -> [Finding] {
        Self.findings(of: descriptor, in: check) { ![.transliteration, .foldedAccents].contains($0) }
    }

    /// The findings of a rule over the misspelt occurrences whose nearest spelling differs as
    /// `reports` accepts: this rule, `transliterated-name`, `missing-accent` and `folded-accents` share them.
    static func findings(
        of descriptor: RuleDescriptor, in check: NameCheck, reports: (NameSuggestion.Difference) -> Bool
    ) -> [Finding] {
        check.occurrences.compactMap { occurrence in
            guard case .misspelled(let suggestions) = occurrence.resolution, reports(suggestions[0].difference),
                !check.isCutOff(occurrence)
            else { return nil }
            return check.finding(
                descriptor, span: occurrence.span,
                message: check.wording.misspelled(occurrence.text, suggestions: suggestions),
                suggestions: NameWording.spellings(of: suggestions),
                evidence: suggestions.map { evidence(for: $0, in: check) })
        }
    }

    /// "valdecy-urquiza is spelled “Valdecy Urquiza”", with the record's source.
    private static func evidence(for suggestion: NameSuggestion, in check: NameCheck) -> Evidence {
        let source = check.book?.record(suggestion.subject)?.source
        var statement = "\(suggestion.subject) is spelled “\(suggestion.spelling)”"
        if suggestion.difference == .otherLanguage {
            statement += " in \(check.document.language == .fr ? "French" : "English")"
        }
        return Evidence(statement: statement, source: source?.citation ?? source?.location)
    }
}
