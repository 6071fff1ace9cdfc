import FactDeskKit

/// Years since a founding, against the founding year of the one subject with one named in the
/// sentence (reference data): "NATO, 70 years after its founding", « soixante-dix ans après sa
/// création, l’OTAN … », "founded 70 years ago", « créée il y a 70 ans ». The count may fall
/// one short (the founding day may not have come yet).
extension ElapsedYearsMismatchRule {
    /// Words after "after" / « après » and a possessive or an article that name a founding.
    static let foundingNouns: Set<String> = [
        "founding", "foundation", "creation", "birth", "establishment", "inception", "fondation", "naissance",
    ]
    /// Participles before "N years ago" / « il y a N ans » that make them a founding.
    static let foundingParticiples: Set<String> = [
        "founded", "created", "established", "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees",
    ]
    /// Words between "after" / « après » and the founding noun.
    static let foundingFillers: Set<String> = ["its", "their", "the", "son", "sa", "leur", "la", "l'"]

    /// The finding for years since a founding, when the duration is one and contradicts it.
    func foundingFinding(_ duration: Mention, stated: Int, published: CalendarDate, check: DateCheck) -> Finding? {
        guard Self.countsFromFounding(duration, check: check), let reference = check.reference else { return nil }
        let sentence = check.document.sentenceIndex(of: duration.span.start)
        let foundings = check.names.subjects(inSentence: sentence).compactMap {
            AnniversarySubject.founding(of: $0, reference: reference)
        }
        guard let founding = foundings.first, foundings.allSatisfy({ $0.year == founding.year }) else { return nil }
        let years = published.year - founding.year
        guard years >= 1, ![years - 1, years].contains(stated) else { return nil }
        return check.finding(
            descriptor, at: duration.span,
            message: check.wording.elapsedYears(quoted: duration.text, from: founding.year, to: published.year, years: years),
            evidence: [
                Evidence(statement: "published in \(published.year); \(founding.year) to \(published.year) is \(years) years"),
                founding.evidence,
            ])
    }

    /// Whether the years count from a founding: "after its founding", « après sa création »,
    /// "founded … ago", « créée il y a … ».
    private static func countsFromFounding(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let after = range.upperBound
        if ["after", "apres"].contains(check.word(after)) {
            var index = after + 1
            while foundingFillers.contains(check.word(index)) { index += 1 }
            return index > after + 1 && foundingNouns.contains(check.word(index))
        }
        if check.word(after) == "ago" { return foundingParticiples.contains(check.word(range.lowerBound - 1)) }
        let ilYA = check.word(range.lowerBound - 1) == "a" && check.word(range.lowerBound - 2) == "y"
            && check.word(range.lowerBound - 3) == "il"
        return ilYA && foundingParticiples.contains(check.word(range.lowerBound - 4))
    }
}
