import FactDeskKit

/// The name checker's messages, in the draft's language: what is wrong, quoted, and what the
/// reference data says.
struct NameWording {
    let language: Language

    /// A name quoted: « Urquiza » in French, “Urquiza” in English.
    func quoted(_ text: String) -> String {
        language == .fr ? "« \(text) »" : "“\(text)”"
    }

    /// Names quoted and listed: « A » et « B », “A”, “B” and “C”.
    func list(_ texts: [String]) -> String {
        let quoted = texts.map(quoted)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + quoted.last!
    }

    /// The opening of every message: the words in question, quoted, then a colon.
    func opening(_ text: String) -> String {
        language == .fr ? "\(quoted(text)) : " : "\(quoted(text)): "
    }

    /// The suggestions' spellings, each once: two records spelt alike (a festival and the series
    /// of its editions) offer one name.
    static func spellings(of suggestions: [NameSuggestion]) -> [String] {
        var spellings: [String] = []
        for suggestion in suggestions where !spellings.contains(suggestion.spelling) {
            spellings.append(suggestion.spelling)
        }
        return spellings
    }

    /// The misspelled-name message.
    func misspelled(_ written: String, suggestions: [NameSuggestion]) -> String {
        let spellings = Self.spellings(of: suggestions)
        if spellings.count > 1 {
            let count =
                spellings.count == 2 ? (language == .fr ? "deux" : "two") : (language == .fr ? "plusieurs" : "several")
            return opening(written)
                + (language == .fr
                    ? "proche de \(count) noms des données de référence, \(list(spellings)) ; vérifiez lequel est visé."
                    : "close to \(count) names in the reference data, \(list(spellings)); check which one is meant.")
        }
        let spelling = quoted(spellings[0])
        switch (suggestions[0].difference, language) {
        case (.letters, .fr): return opening(written) + "les données de référence écrivent ce nom \(spelling)."
        case (.letters, .en): return opening(written) + "the reference data spells this name \(spelling)."
        case (.accents, .fr): return opening(written) + "les accents diffèrent de l’orthographe retenue, \(spelling)."
        case (.accents, .en): return opening(written) + "the accents differ from the accepted spelling, \(spelling)."
        case (.foldedAccents, .fr): return opening(written) + "il manque les accents de l’orthographe retenue, \(spelling)."
        case (.foldedAccents, .en): return opening(written) + "the accepted spelling has accents: \(spelling)."
        case (.transliteration, .fr):
            return opening(written) + "autre translittération ; les données de référence écrivent \(spelling)."
        case (.transliteration, .en):
            return opening(written) + "another transliteration; the reference data writes \(spelling)."
        case (.separators, .fr):
            return opening(written) + "l’orthographe retenue est \(spelling) (espace, trait d’union ou apostrophe)."
        case (.separators, .en):
            return opening(written) + "the accepted spelling is \(spelling) (space, hyphen or apostrophe)."
        case (.otherLanguage, .fr): return opening(written) + "c’est l’orthographe anglaise ; en français, \(spelling)."
        case (.otherLanguage, .en): return opening(written) + "this is the French spelling; in English, \(spelling)."
        }
    }

    /// The inconsistent-spelling message.
    /// The spelling the draft writes `earlier` at `line`, or more often from `line` on (`later`).
    func inconsistent(_ written: String, earlier: String, line: Int, later: Bool = false) -> String {
        if later {
            return opening(written)
                + (language == .fr
                    ? "ce nom est écrit \(quoted(earlier)) plus souvent, dès la ligne \(line)."
                    : "this name is written \(quoted(earlier)) more often, from line \(line).")
        }
        return opening(written)
            + (language == .fr
                ? "ce nom est écrit \(quoted(earlier)) plus haut (ligne \(line))."
                : "this name is written \(quoted(earlier)) earlier (line \(line)).")
    }

    /// The wrong-title message: the person's titles on the day, or ever when the day is unknown.
    func wrongTitle(_ written: String, person: String, titles: [String], on date: CalendarDate?) -> String {
        let held = list(titles)
        guard let date else {
            return opening(written)
                + (language == .fr
                    ? "selon les données de référence, \(person) a pour titre \(held), pas celui-ci."
                    : "according to the reference data, \(person)’s title is \(held), not this one.")
        }
        let day = DateWording(language: language).date(PartialDate(year: date.year, month: date.month, day: date.day))
        if titles.isEmpty {
            return opening(written)
                + (language == .fr
                    ? "selon les données de référence, \(person) n’a pas ce titre le \(day)."
                    : "according to the reference data, \(person) does not hold this title on \(day).")
        }
        return opening(written)
            + (language == .fr
                ? "selon les données de référence, le titre de \(person) le \(day) est \(held)."
                : "according to the reference data, \(person)’s title on \(day) is \(held).")
    }

    /// The message for a deputy's title written for the holder of the title itself.
    func deputyTitle(_ written: String, person: String, titles: [String], on date: CalendarDate) -> String {
        let day = DateWording(language: language).date(PartialDate(year: date.year, month: date.month, day: date.day))
        return opening(written)
            + (language == .fr
                ? "selon les données de référence, \(person) porte le \(day) le titre même de \(list(titles)), pas celui d’un adjoint."
                : "according to the reference data, \(person) holds the title \(list(titles)) itself on \(day), not a deputy’s.")
    }

    /// The message for a title written with another organisation or country, or its
    /// nationality, than the one the person holds it for.
    func wrongOrganization(_ written: String, person: String, held: [String], written place: String) -> String {
        opening(written)
            + (language == .fr
                ? "selon les données de référence, \(person) porte ce titre pour \(list(held)), pas pour \(quoted(place))."
                : "according to the reference data, \(person) holds this title for \(list(held)), not for \(quoted(place)).")
    }

    /// The unknown-name message.
    func unknown(_ written: String) -> String {
        opening(written)
            + (language == .fr
                ? "ce nom ne figure pas dans les données de référence." : "this name is not in the reference data.")
    }

    /// The mixed-script message.
    func mixedScript(_ written: String, foreign: [Unicode.Scalar]) -> String {
        let letters = list(foreign.map { String($0) })
        let script = foreign.contains { Lookalikes.script(of: $0) == .greek } ? "greek" : "cyrillic"
        switch (script, language) {
        case ("greek", .fr):
            return opening(written)
                + "des lettres grecques (\(letters)) s’y mêlent aux latines : erreur de copie ou usurpation ?"
        case (_, .fr):
            return opening(written)
                + "des lettres cyrilliques (\(letters)) s’y mêlent aux latines : erreur de copie ou usurpation ?"
        case ("greek", _):
            return opening(written)
                + "Greek letters (\(letters)) are mixed with Latin ones: a copy-paste error or spoofing?"
        default:
            return opening(written)
                + "Cyrillic letters (\(letters)) are mixed with Latin ones: a copy-paste error or spoofing?"
        }
    }
}
