import FactDeskReference

/// The words of an English minister's or secretary's portfolio: the lowercase ones a title
/// written after a name is read with ("Sergey Lavrov, Russia’s defense minister,"), and the
/// spellings that name one portfolio ("Foreign Affairs Minister" is the Foreign Minister, "Home
/// Affairs Minister" the Interior Minister).
enum PortfolioWords {
    /// Portfolios, folded, that a lowercase title after a name may be made of.
    static let lowercase: Set<String> = [
        "defence", "defense", "foreign", "external", "interior", "home", "finance", "justice", "health",
        "education", "trade", "economy", "agriculture", "culture", "sports", "sport", "labour", "labor", "energy",
        "environment", "transport", "tourism", "industry", "affairs", "security", "communications", "information",
        "housing", "treasury", "budget", "development", "planning", "mines", "mining", "petroleum", "oil", "water",
        "fisheries", "youth", "immigration", "technology", "science", "digital", "commerce", "investment",
        "employment", "welfare", "transportation",
    ]

    /// Words of a portfolio, folded, and the one they stand for in a role's title ("" for a word
    /// that adds nothing: "Foreign Affairs Minister").
    private static let synonyms: [String: String] = [
        "home": "interior", "external": "foreign", "defense": "defence", "labor": "labour", "affairs": "",
    ]

    /// The other spellings of a portfolio title, words as written with the synonyms put in
    /// ("Home Affairs Minister" → "interior Minister"); empty when there is none.
    static func otherReadings(of words: [String]) -> [[String]] {
        guard words.count > 1 else { return [] }
        var changed = false
        var reading: [String] = []
        for word in words.dropLast() {
            if let synonym = synonyms[NameFolding.key(word)] {
                changed = true
                if !synonym.isEmpty { reading.append(synonym) }
            } else {
                reading.append(word)
            }
        }
        guard changed, !reading.isEmpty else { return [] }
        return [reading + [words[words.count - 1]]]
    }
}
