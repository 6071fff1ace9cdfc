/// What the reference data says about a phrase that may be a name.
enum NameResolution: Equatable {
    /// An accepted spelling of the subject, in the draft's language.
    case accepted(subject: String)
    /// Names the subject in a form that is no misspelling: part of a spelling ("Naser Al-Raisi"),
    /// without a particle, or a translation accepted in another language ("Morocco").
    case variant(subject: String)
    /// Close to accepted spellings without being one: the nearest, best first.
    case misspelled([NameSuggestion])
    /// Nothing the reference data knows.
    case unknown

    /// The subject the phrase names, when there is one and only one.
    var subject: String? {
        switch self {
        case .accepted(let subject), .variant(let subject): subject
        case .misspelled(let suggestions): Set(suggestions.map(\.subject)).count == 1 ? suggestions[0].subject : nil
        case .unknown: nil
        }
    }
}

/// An accepted spelling close to a misspelt name.
struct NameSuggestion: Equatable {
    /// How the name as written differs from the spelling.
    enum Difference: Equatable {
        /// Letters: typed, dropped, swapped, or another transliteration.
        case letters
        /// Only accents, added or changed.
        case accents
        /// Only accents, left out ("Jose Mujica" for "José Mujica"): reported in French drafts
        /// (rule `missing-accent`), and in every draft where the workspace asks for strict
        /// accents (rule `folded-accents`).
        case foldedAccents
        /// Letters that another romanisation of the same name writes ("Sergei" for "Sergey",
        /// "Zelenskyy" for "Zelensky", "Mohamed" for "Mohammed"): rule `transliterated-name`.
        case transliteration
        /// Only spaces, hyphens or apostrophes.
        case separators
        /// The written name is the spelling of the other language ("Marrakesh" in French).
        case otherLanguage
    }

    /// The subject it is a spelling of.
    var subject: String
    /// The spelling.
    var spelling: String
    /// The letter edits from the name as written (0 when only accents or separators differ).
    var edits: Int
    /// What differs.
    var difference: Difference
}
