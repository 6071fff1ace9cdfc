import FactDeskKit
import FactDeskReference

/// The head of government of a parliamentary country, as copy names it: English and French
/// write "Prime Minister", « Premier ministre » or « chef du gouvernement » whatever the formal
/// title ("President of the Government" in Spain, "President of the Council of Ministers" in
/// Italy), so one stands for the other.
enum HeadOfGovernmentTitles {
    /// The common titles, folded: "prime minister", « premier ministre », "premier", "head of
    /// government", « chef du gouvernement ».
    private static let common: Set<String> = Set(
        ["prime minister", "premier ministre", "premier", "head of government", "chef du gouvernement"].map(key))

    /// The words after "President" or « président » in a formal title of a head of government,
    /// folded: "of the Government", « du Conseil des ministres ».
    private static let formalComplements: Set<String> = [
        "of the government", "of the council of ministers", "du gouvernement", "du conseil des ministres",
        "du conseil", "del gobierno", "del consiglio dei ministri", "del consiglio",
    ]

    /// Whether written words are a common title of a head of government, in either gender
    /// (« la Première ministre »).
    static func isCommon(_ words: [String]) -> Bool {
        common.contains(key(words.joined(separator: " ")))
    }

    /// Folded words in the masculine (``RoleTitles/masculine(_:)``), joined by spaces.
    private static func key(_ text: String) -> String {
        NameFolding.tokens(text).map(RoleTitles.masculine).joined(separator: " ")
    }

    /// Whether a role's title, in some language, is a formal title of a head of government:
    /// "President of the Government", « président du Conseil des ministres ».
    static func isFormal(_ role: ReferenceRole) -> Bool {
        role.title.values.contains { title in
            let words = NameFolding.tokens(title)
            guard let head = words.first, ["president", "presidente", "presidenta"].contains(head) else { return false }
            return formalComplements.contains(words.dropFirst().joined(separator: " "))
        }
    }
}
