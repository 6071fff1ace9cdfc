import FactDeskKit

/// Counts told of one group of a competition: "Group C has four teams", « le groupe F de la
/// Coupe des Lacs réunit quatre équipes », "each group has four teams". They are some of the
/// competition's whole, not its count.
extension ClaimBuilder {
    /// Nouns of one group of a competition, folded.
    static let groupSubjectNouns: Set<String> = ["group", "pool", "groupe", "poule"]
    /// Words before a group noun that make it any one of the groups ("each group"), folded.
    static let eachWords: Set<String> = ["each", "every", "chaque"]
    /// How many tokens back from the count the group noun may stand ("le groupe F de la Coupe
    /// des Lacs 2025 réunit").
    static let groupClauseReach = 12

    /// Whether the clause before the count at token `start` speaks of one group: a group noun
    /// followed by its letter or number ("Group C", « le groupe F ») or after "each", « chaque »,
    /// with no comma, semicolon or colon between it and the count.
    func isOneGroupClause(before start: Int, in sentence: Range<Int>) -> Bool {
        var index = start - 1
        while index >= sentence.lowerBound, start - index <= Self.groupClauseReach {
            if tokens[index].kind == .punctuation, [",", ";", ":"].contains(tokens[index].text) { return false }
            if isWord(index, in: Self.groupSubjectNouns) {
                return isWord(index - 1, in: Self.eachWords) || isGroupLabel(index + 1)
            }
            index -= 1
        }
        return false
    }

    /// Whether token `index` is a group's label: one capital letter or a number of two digits at most.
    private func isGroupLabel(_ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        let token = tokens[index]
        if token.kind == .number { return token.text.count <= 2 }
        return token.kind == .word && token.text.count == 1 && token.text.first?.isUppercase == true
    }
}
