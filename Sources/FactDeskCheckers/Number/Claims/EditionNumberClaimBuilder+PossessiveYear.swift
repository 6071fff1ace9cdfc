import FactDeskKit

/// The year that a possessive year right before an edition tells from the publication date:
/// "last year's 76th assembly", "this year's 77th Assembly", "next year's COP31".
extension EditionNumberClaimBuilder {
    /// Words before "year's" and their offset from the publication's year, folded.
    static let possessiveYearLeaders: [String: Int] = ["last": -1, "this": 0, "next": 1]

    /// The year of "last year's", "this year's" or "next year's" standing right before the
    /// claim's first token `first`, counted from the publication date; `nil` without one.
    func possessiveYear(before first: Int, sentence: Int) -> ClosedRange<Int>? {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        guard let published = document.published, first - 2 >= start else { return nil }
        let year = tokens[first - 1]
        guard year.kind == .word, ClaimWords.isPossessive(year.text),
            Fold.word(SubjectOccurrences.withoutPossessive(year.text)) == "year",
            let offset = Self.possessiveYearLeaders[folded[first - 2]]
        else { return nil }
        return (published.year + offset)...(published.year + offset)
    }
}
