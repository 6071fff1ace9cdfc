import FactDeskKit

extension EditionNumberClaimBuilder {
    /// Words right before a month written alone, folded: "in October", « en juillet ».
    static let monthLeads: Set<String> = ["in", "en", "this", "since", "depuis", "until", "jusqu'en"]

    /// Seasons within one calendar year, folded.
    static let seasons: Set<String> = ["ete", "automne", "printemps", "summer", "autumn", "fall", "spring"]

    /// The year of a month written without a day or a year near the ordinal, when the sentence
    /// writes no date ("returns in October for its 45th edition", « revient en juillet pour sa 30e
    /// édition »): from the publication date, the month's next coming (its own month included) in
    /// a sentence outside the past, its last coming in one in the past
    /// (``EditionAnchor/isPast(_:sentence:word:)``, or « s’est » before a participle). A month
    /// spelt like a common word ("May", « mars ») counts only capitalised in English. A season of
    /// this year (« cet été », "this autumn") gives the publication's year.
    func yearOfYearlessMonth(near mention: Mention, within window: Range<Int>, sentence: Int) -> ClosedRange<Int>? {
        guard let published = document.published,
            !dates.mentions(in: document.span(ofTokens: window)).contains(where: { !isHistory($0) })
        else {
            return nil
        }
        let tokens = document.tokens
        let months = window.compactMap { index -> Int? in
            guard tokens[index].kind == .word, let month = MonthNames.numbers[folded[index]],
                index > window.lowerBound, Self.monthLeads.contains(folded[index - 1]),
                index + 1 >= window.upperBound || tokens[index + 1].kind != .number,
                document.language == .fr || Fold.isCapitalised(tokens[index].text)
            else { return nil }
            return month
        }
        // « revient cet été », "returns this autumn": this year's season (winter straddles two).
        let isThisSeason = window.contains { index in
            index > window.lowerBound && Self.seasons.contains(folded[index])
                && ["cet", "ce", "this"].contains(folded[index - 1])
        }
        if months.isEmpty, isThisSeason { return published.year...published.year }
        guard let month = months.first, months.allSatisfy({ $0 == month }) else { return nil }
        let sentenceTokens = document.sentences[sentence].tokens
        // « s’est tenu », « s’est ouverte »: the French past of a reflexive verb too.
        let isPast =
            EditionAnchor.isPast(document, sentence: sentenceTokens, word: { tokens[$0].kind == .word ? folded[$0] : "" })
            || sentenceTokens.contains { $0 > sentenceTokens.lowerBound && folded[$0] == "est" && folded[$0 - 1] == "s'" }
        let year =
            isPast
            ? (month <= published.month ? published.year : published.year - 1)
            : (month >= published.month ? published.year : published.year + 1)
        return year...year
    }
}
