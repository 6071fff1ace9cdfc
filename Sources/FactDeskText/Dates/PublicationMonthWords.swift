import FactDeskKit

/// Words after days that give them the publication date's month: "the 26th to the 30th of this
/// month", « du 26 au 30 de ce mois », « le 12 du mois ». Not « du mois de juin » nor « du mois
/// prochain ».
enum PublicationMonthWords {
    private static let this = Folding.key("this")!
    private static let month = Folding.key("month")!
    private static let de = Folding.key("de")!
    private static let du = Folding.key("du")!
    private static let ce = Folding.key("ce")!
    private static let mois = Folding.key("mois")!
    /// Words after « du mois » that make it another month or a month named after it, folded.
    private static let otherMonth: Set<UInt64> = Set(
        ["de", "d'", "prochain", "dernier", "suivant", "precedent", "passe", "d"].compactMap { Folding.key($0) })

    /// The index after the words of the publication month starting at `index`, if they are there.
    static func end(at index: Int, keys: WordKeys) -> Int? {
        guard let first = keys[index] else { return nil }
        let next: Int
        if first == this, keys[index + 1] == month {
            next = index + 2
        } else if first == de, keys[index + 1] == ce, keys[index + 2] == mois {
            next = index + 3
        } else if first == du, keys[index + 1] == mois {
            next = index + 2
        } else {
            return nil
        }
        if let after = keys[next], otherMonth.contains(after) { return nil }
        return next
    }
}
