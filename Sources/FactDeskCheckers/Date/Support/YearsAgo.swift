import FactDeskKit

/// Years told back from the text's time: "30 years ago", « il y a 30 ans », also with words of
/// exactness or of the present between « il y a » and the years (« il y a tout juste 30 ans »,
/// « il y a maintenant 30 ans »).
enum YearsAgo {
    /// Words that may stand between « il y a » and its years, folded.
    static let frenchFillers: Set<String> = [
        "tout", "juste", "exactement", "deja", "pile", "maintenant", "aujourd'hui", "desormais", "donc",
    ]
    /// How many such words may stand there.
    static let fillerReach = 2

    /// The token of « il » of the « il y a » before years whose first token is `first`, or `nil`.
    static func frenchStart(before first: Int, check: DateCheck) -> Int? {
        var verb = first - 1
        while verb > 0, first - 1 - verb < fillerReach, frenchFillers.contains(check.word(verb)) { verb -= 1 }
        guard verb >= 2, check.word(verb) == "a", check.word(verb - 1) == "y", check.word(verb - 2) == "il" else {
            return nil
        }
        return verb - 2
    }

    /// Whether the years at tokens `range` are told back: "ago" after them, or « il y a » before.
    static func isAgo(_ range: Range<Int>, check: DateCheck) -> Bool {
        check.word(range.upperBound) == "ago" || frenchStart(before: range.lowerBound, check: check) != nil
    }
}
