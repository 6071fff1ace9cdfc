import FactDeskKit

extension EditionNumberClaimBuilder {
    /// How many sentences back a date of another year is looked for.
    static let appositionLookBack = 2

    /// Whether a sentence before `sentence` in its paragraph gives a date of a year other than
    /// the publication's: "The 2019 festival moved to the harbour. The previous edition, the
    /// 38th, …" speaks of the edition before that one, not before the edition at hand.
    func isAfterOtherYear(_ sentence: Int) -> Bool {
        guard let published = document.published else { return true }
        let paragraph = document.paragraphIndex(of: document.sentences[sentence].span.start)
        for previous in stride(from: sentence - 1, through: max(0, sentence - Self.appositionLookBack), by: -1) {
            let span = document.sentences[previous].span
            guard document.paragraphIndex(of: span.start) == paragraph else { break }
            if dates.mentions(in: span).contains(where: { date in
                ClaimBuilder.days(of: date).map { $0.lowerBound.year != published.year || $0.upperBound.year != published.year }
                    ?? false
            }) {
                return true
            }
        }
        return false
    }
}
