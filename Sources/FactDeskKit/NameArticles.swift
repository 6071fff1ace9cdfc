/// The articles some names open with (« Les Nuits », "The Hague"): such a name found at an
/// article gives way to a longer name that starts right after it, so that « les Nuits du Port
/// de Kesra » names the festival « Nuits du Port de Kesra », not « Les Nuits » and three
/// loose words.
public enum NameArticles {
    /// Articles, lowercased.
    static let articles: Set<String> = ["les", "le", "la", "the"]

    /// Whether a name found at `word`, ending at word `end`, gives way to the longest name
    /// starting at the next word, whose end `nextEnd` gives (looked up only after an article).
    public static func yields(_ word: String, end: Int, to nextEnd: () -> Int?) -> Bool {
        guard articles.contains(word.lowercased()), let next = nextEnd() else { return false }
        return next > end
    }
}
