import FactDeskKit

/// Roles a subject takes, named in capitalised words after "as" and a verb of serving: "the
/// Greens will sit as the Official Opposition with 31 seats", "returned as Leader of the House".
/// Such words name what the subject serves as, not another owner of the count after them.
extension SubjectResolver {
    /// Verbs of serving in a role before "as", folded.
    static let roleVerbs: Set<String> = [
        "serve", "serves", "served", "serving", "sit", "sits", "sat", "sitting", "act", "acts", "acted", "acting",
        "return", "returns", "returned", "remain", "remains", "remained",
    ]
    /// How many capitalised words a role's name may run before the word it ends at.
    private static let roleReach = 4

    /// Whether the capitalised word at token `index` belongs to a role named after "as" and a
    /// verb of serving, past an article ("served as the Official Opposition").
    func isRoleComplement(_ index: Int) -> Bool {
        let tokens = document.tokens
        var previous = index - 1
        while previous > 0, index - previous <= Self.roleReach, tokens[previous].kind == .word,
            Fold.isCapitalised(tokens[previous].text)
        {
            previous -= 1
        }
        if previous > 0, ClaimWords.articles.contains(Fold.word(tokens[previous].text)) { previous -= 1 }
        guard previous > 0, Fold.word(tokens[previous].text) == "as" else { return false }
        return Self.roleVerbs.contains(Fold.word(tokens[previous - 1].text))
    }
}
