import FactDeskKit

/// The series a sentence that names none refers to: the one named in the nearest sentence
/// before it that names one, within ``reach`` sentences.
struct EarlierSeries {
    /// How many sentences back an antecedent may be.
    static let reach = 20

    let check: DateCheck

    /// The series of the nearest earlier sentence that names series (all of them, when it names
    /// several), or none.
    func series(before index: Int) -> [ReferenceSubject] {
        for earlier in stride(from: index - 1, through: max(0, index - Self.reach), by: -1) {
            let series = EditionDateMismatchRule.series(in: check.names.subjects(inSentence: earlier))
            if !series.isEmpty { return series }
        }
        return []
    }
}
