import FactDeskKit

extension EditionNumberClaimBuilder {
    /// The year of the one edition whose first and last days a range without a year gives, in
    /// the claim's sentence or the next one of its paragraph: "for the ninth year running … (24-27
    /// Feb)" speaks of the congress held from 24 to 27 February, in its year.
    func yearOfEditionDays(_ editions: [ReferenceEdition], from sentence: Int) -> ClosedRange<Int>? {
        let sentences = document.sentences
        let paragraph = document.paragraphIndex(of: sentences[sentence].span.start)
        let following = sentence + 1
        let last =
            following < sentences.count && document.paragraphIndex(of: sentences[following].span.start) == paragraph
            ? following : sentence
        for index in sentence...last {
            for mention in dates.mentions(in: sentences[index].span) {
                guard case .dateRange(let first, let end, _, _) = mention.value, first.year == nil, end.year == nil,
                    let firstDay = first.day, let endDay = end.day, let endMonth = end.month
                else { continue }
                let firstMonth = first.month ?? endMonth
                let held = editions.filter { edition in
                    edition.start?.month == firstMonth && edition.start?.day == firstDay
                        && edition.end?.month == endMonth && edition.end?.day == endDay
                }
                if held.count == 1, let year = held[0].start?.year { return year...year }
            }
        }
        return nil
    }
}
