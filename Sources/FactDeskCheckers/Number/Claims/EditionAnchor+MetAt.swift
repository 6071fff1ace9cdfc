import FactDeskKit

/// ``EditionAnchor/metAt``: a sentence opening on the edition people met at, then telling in a
/// past tense what they did there (« En marge de la 12e conférence, les ministres ont signé un
/// accord », "On the sidelines of the 12th conference, the ministers signed a deal"): that
/// edition had begun by the publication date, so an ordinal one above the edition under way
/// names one still to come.
extension EditionAnchor {
    /// Words of an opening that puts the sentence at an edition, besides ``meetingLinks``,
    /// folded: « en marge de », "on the sidelines of", "on the margins of".
    static let sidelineLinks: Set<String> = ["marge", "sidelines", "margins"]
    /// Words before a link at the opening of the sentence, folded: « En marge », « Au cours »,
    /// « À l’occasion », "On the sidelines".
    static let openingWords: Set<String> = ["en", "on", "the", "au", "a", "l'"]
    /// How many words may open the sentence before its link.
    static let sentenceOpeningReach = 2

    /// Whether the sentence opens with a link to the claim (``meetingLinks``,
    /// ``sidelineLinks``, past articles and "of"), a comma right after the claim, and a verb of a
    /// past tense after that comma, with no word of the future, of ``laterWords`` or of
    /// ``qualifiers`` and no capitalised word after a preposition of place outside the claim.
    static func metAt(
        _ document: Document, claimStart start: Int, claimEnd end: Int, sentence: Range<Int>,
        word: (Int) -> String
    ) -> Bool {
        let tokens = document.tokens
        guard end < sentence.upperBound, tokens[end].text == "," else { return false }
        var link = start - 1
        while link > sentence.lowerBound, meetingArticles.contains(word(link)) || word(link) == "of" { link -= 1 }
        guard link >= sentence.lowerBound, link - sentence.lowerBound <= sentenceOpeningReach,
            meetingLinks.contains(word(link)) || sidelineLinks.contains(word(link)),
            (sentence.lowerBound..<link).allSatisfy({ openingWords.contains(word($0)) }),
            !isQualified(sentence, claimStart: start, word: word)
        else { return false }
        var isPastAfter = false
        for index in sentence {
            let folded = word(index)
            if laterWords.contains(folded) || futureWords.contains(folded)
                || isFrenchFuture(folded, document.language)
            {
                return false
            }
            if index > link, namesPlace(at: index, outside: start..<end, sentence: sentence, tokens: tokens, word: word) {
                return false
            }
            isPastAfter = isPastAfter || (index > end && isPast(index, document: document, word: word))
        }
        return isPastAfter
    }
}
