/// Words that, followed by a period, do not end a sentence (case-sensitive, without the period).
enum Abbreviations {
    /// Abbreviations read the same way in French and English drafts: titles, month names,
    /// references. Drafts in one language quote names and titles from the other.
    static let shared: Set<String> = [
        "Dr", "Pr", "Prof", "St", "Ste", "Mr", "Mrs", "Ms", "MM", "Mme", "Mmes", "Mlle", "Mlles",
        "Mgr", "Jr", "Sr", "SM", "Gen", "cf", "vs", "fig", "vol",
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// French only: "Me" (Maître) would swallow the end of an English "Who? Me."
    static let french: Set<String> = [
        "Me", "art", "av", "apr", "bd", "chap", "coll", "dir", "env", "ex", "éd", "hab", "max",
        "min", "trad",
    ]

    /// English only.
    static let english: Set<String> = [
        "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Rev", "Hon", "Mt", "Ft",
        "approx", "dept", "pp", "ca", "est",
    ]

    /// Abbreviations that only count before a number ("No. 5"); elsewhere the word may end a
    /// sentence ("He said no.").
    static let beforeNumber: Set<String> = ["No", "no", "Nos", "Art"]

    /// Whether `word` followed by a period is an abbreviation rather than a sentence end.
    /// - Parameters:
    ///   - word: the word before the period.
    ///   - language: the draft's language.
    ///   - nextIsNumber: whether a number follows the period.
    static func isAbbreviation(_ word: String, language: Language, beforeNumber nextIsNumber: Bool) -> Bool {
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.isLetter { return true }  // initials
        if shared.contains(word) { return true }
        switch language {
        case .fr: if french.contains(word) { return true }
        case .en: if english.contains(word) { return true }
        }
        return nextIsNumber && beforeNumber.contains(word)
    }
}
