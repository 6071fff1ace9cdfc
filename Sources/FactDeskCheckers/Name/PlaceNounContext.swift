import FactDeskKit

/// Whether a name stands as the name of an administrative area: "Kars province", "the province
/// of Kars", « la province de Kars », « le département du Var ». Such a name is a place, never
/// the family name of someone named in full, however close their letters ("Ayla Ars" is not
/// "Kars" misspelt).
enum PlaceNounContext {
    /// Lowercase nouns of administrative areas in both languages (singular and plural).
    static let nouns: Set<String> = [
        "province", "provinces", "region", "regions", "county", "counties", "district", "districts",
        "prefecture", "prefectures", "governorate", "governorates", "oblast", "canton", "cantons",
        "municipality", "département", "départements", "région", "régions", "préfecture",
        "préfectures", "commune", "communes", "wilaya", "gouvernorat", "comté", "comtés",
    ]

    /// Words joining such a noun to the name after it: "province of Kars", « province de Kars ».
    static let joiners: Set<String> = ["of", "de", "du", "d’", "d'", "des"]

    /// Whether the word tokens `first...last` of `document` name an area: a lowercase area noun
    /// right after them, or right before them with a joining word between.
    static func namesArea(_ first: Int, _ last: Int, in document: Document) -> Bool {
        let tokens = document.tokens
        if let next = neighbourWord(after: last, in: tokens), nouns.contains(tokens[next].text) { return true }
        guard let joiner = neighbourWord(before: first, in: tokens), joiners.contains(tokens[joiner].text.lowercased()),
            let noun = neighbourWord(before: joiner, in: tokens)
        else { return false }
        return nouns.contains(tokens[noun].text)
    }

    /// The index of the token right after `index` when it is a word.
    private static func neighbourWord(after index: Int, in tokens: [Token]) -> Int? {
        let next = index + 1
        return next < tokens.count && tokens[next].kind == .word ? next : nil
    }

    /// The index of the token right before `index` when it is a word.
    private static func neighbourWord(before index: Int, in tokens: [Token]) -> Int? {
        let previous = index - 1
        return previous >= 0 && tokens[previous].kind == .word ? previous : nil
    }
}
