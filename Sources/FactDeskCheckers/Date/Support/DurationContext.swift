import FactDeskKit
import Foundation

/// The words around a duration that say whether it gives the length of something ("pendant
/// trois jours", "quatre jours durant", "for five days", "a four-day meeting", "une session de
/// quatre jours", « a duré cinq jours », « les 12 jours de festival ») or something else: a delay ("dans trois jours", "three days later"), an age,
/// a deadline.
struct DurationContext {
    let check: DateCheck
    let duration: Mention

    /// Words just before a length: "pendant", "durant", "pour", "during", "for", "over", "sur", and
    /// the verbs of lasting (« a duré cinq jours », "lasted four days").
    static let leadingWords: Set<String> = [
        "pendant", "durant", "pour", "during", "for", "over", "sur", "dure", "durera", "durait", "durent", "last",
        "lasted", "lasts", "lasting",
    ]
    /// Words just after a length: "quatre jours durant".
    static let trailingWords: Set<String> = ["durant"]
    /// Words after a length that make it a delay: "trois jours plus tard", "three days later".
    static let delayWords: Set<String> = [
        "plus", "later", "earlier", "ago", "apres", "avant", "after", "before", "auparavant",
    ]

    /// Whether the words after the duration leave it a length: not "plus tard", "later", "ago".
    var isNotDelay: Bool {
        let range = check.document.tokenRange(of: duration.span)
        return !range.isEmpty && !Self.delayWords.contains(check.word(range.upperBound))
    }

    /// Whether the words make the duration a length.
    var describesLength: Bool {
        guard isNotDelay else { return false }
        let range = check.document.tokenRange(of: duration.span)
        let after = check.word(range.upperBound)
        if duration.text.contains("-") || Self.trailingWords.contains(after) { return true }
        let before = check.word(range.lowerBound - 1)
        if Self.leadingWords.contains(before) { return true }
        // "une session de quatre jours", "a meeting of four days"
        if (before == "de" || before == "of") && EventWords.nouns.contains(check.word(range.lowerBound - 2)) {
            return true
        }
        // « les 12 jours de festival », « les trois jours du sommet », "the four days of the summit"
        let noun = check.word(range.upperBound + 1) == "the" ? range.upperBound + 2 : range.upperBound + 1
        return ["de", "du", "des", "of"].contains(after) && EventWords.nouns.contains(check.word(noun))
    }

    /// A duration's amount as a whole number of at least 1, or `nil` ("1,5 jour").
    static func wholeNumber(_ amount: Decimal) -> Int? {
        var value = amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        guard rounded == amount, rounded >= 1, rounded <= 10_000 else { return nil }
        return NSDecimalNumber(decimal: rounded).intValue
    }
}
