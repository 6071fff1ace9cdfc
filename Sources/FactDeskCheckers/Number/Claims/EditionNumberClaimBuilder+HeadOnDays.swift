import FactDeskKit

/// The series that an edition's own days and a lowercase head noun point to, when the sentence
/// names none: « cette 31e édition du salon, qui se tiendra du 4 au 9 mars 2025 » is of the one
/// series whose name has « salon » and whose edition was held on exactly those days.
extension EditionNumberClaimBuilder {
    /// The series of the head noun in the complement at `complement` (« du festival », "of the
    /// fair"), a noun of ``complementNouns`` that ends it, when exactly one series of reference
    /// data has that word in a name and an edition whose first and last days are those of the date
    /// nearest the ordinal.
    func seriesOfHeadOnDays(_ mention: Mention, complement: Int, sentence: Int) -> SubjectOccurrence? {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        guard complement < end, ClaimWords.complementWords.contains(folded[complement]) else { return nil }
        var head = complement + 1
        if head < end, ClaimWords.articles.contains(folded[head]) { head += 1 }
        // « du festival de Valmont », "of the fair in Lyon" name a subject of their own.
        guard head < end, tokens[head].kind == .word, !Fold.isCapitalised(tokens[head].text),
            Self.complementNouns.contains(folded[head]),
            head + 1 >= end || !ClaimWords.complementWords.contains(folded[head + 1])
        else { return nil }
        let range = document.tokenRange(of: mention.span)
        guard let days = days(near: mention, within: window(around: range, sentence: sentence)),
            days.lowerBound < days.upperBound
        else { return nil }
        let noun = folded[head]
        let matches = reference.allSeries(language: document.language).filter { series in
            series.names.contains { name in name.split(separator: " ").contains { Fold.word(String($0)) == noun } }
                && names.seriesEditions.editions(ofSeries: series.subject.id).contains {
                    EditionAnchor.days(of: $0) == days
                }
        }
        guard matches.count == 1, let series = matches.first?.subject else { return nil }
        return SubjectOccurrence(id: series.id, kind: .series, name: series.name, tokens: head..<head + 1)
    }
}
