import FactDeskKit

/// When something was founded, and why the checker believes it.
struct Founding {
    var year: Int
    var evidence: Evidence
    /// The date mention that gave it, when the sentence did.
    var mention: Mention?
}

/// The subject an anniversary celebrates, found through the reference data.
struct AnniversarySubject {
    var named: NamedSubject
    var founding: Founding?

    /// Words between "anniversaire"/"anniversary" and the name: "du", "de la", "d’", "of the".
    static let linkingWords: Set<String> = ["de", "du", "des", "d'", "la", "l'", "of", "the"]
    /// Words that make the subject before the anniversary its owner: "son", "its", "’s".
    static let possessives: Set<String> = ["son", "sa", "ses", "leur", "its", "their"]

    /// The subject named right after the anniversary ("du Centre…"), else, after a possessive,
    /// the last one named before it ("INTERPOL fête son centenaire") or the first after ("Pour
    /// son centenaire, INTERPOL…"), with its founding if the data has one.
    static func find(for anniversary: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        let named = check.names.subjects(inSentence: index)
        guard !named.isEmpty, let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: anniversary.span)
        var next = range.upperBound
        while next < check.tokens.count, next - range.upperBound < 3,
            linkingWords.contains(check.word(next))
        {
            next += 1
        }
        var subject = named.first { $0.tokens.lowerBound == next && next > range.upperBound }
        if subject == nil, range.lowerBound > 0, isPossessive(range.lowerBound - 1, check: check) {
            let founded = named.filter { reference.founding(of: $0.subject.id) != nil }
            subject =
                founded.last { $0.tokens.upperBound <= range.lowerBound }
                ?? founded.first { $0.tokens.lowerBound >= range.upperBound }
        }
        guard let subject else { return nil }
        let founding = reference.founding(of: subject.subject.id).flatMap { fact in
            fact.value.year.map { year in
                Founding(
                    year: year,
                    evidence: Evidence(
                        statement: "\(subject.subject.name) (\(subject.subject.id)) was founded in \(fact.value)",
                        source: fact.source.description))
            }
        }
        return AnniversarySubject(named: subject, founding: founding)
    }

    private static func isPossessive(_ index: Int, check: DateCheck) -> Bool {
        let word = check.tokens[index].text
        return possessives.contains(check.word(index)) || word.hasSuffix("’s") || word.hasSuffix("'s")
    }

    /// Words before a year that make it a founding: "créé en 2015", "founded in 1923".
    static let foundingWords: Set<String> = [
        "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees", "fondation", "creation",
        "inaugure", "inauguree", "founded", "established", "created", "inaugurated", "launched", "lance", "lancee",
    ]

    /// A founding year the sentence gives: a year within three words after a founding word.
    static func foundingInText(_ sentence: Sentence, check: DateCheck) -> Founding? {
        for mention in check.mentions(check.dates, in: sentence.span) {
            guard case .date(let date, _) = mention.value, let year = date.year else { continue }
            let first = check.document.tokenIndex(from: mention.span.start)
            let window = max(sentence.tokens.lowerBound, first - 3)..<first
            if window.contains(where: { foundingWords.contains(check.word($0)) }) {
                return Founding(
                    year: year, evidence: Evidence(statement: "the text gives \(year) as the founding year"),
                    mention: mention)
            }
        }
        return nil
    }
}

/// The years in which the text may place an anniversary.
enum AnniversaryYear {
    /// The year a sentence gives its anniversary: a relative year ("l’an prochain") from the
    /// publication date, else the publication year; and every other year the sentence writes,
    /// any of which the anniversary may belong to. `nil` when there is neither.
    static func of(
        _ anniversary: Mention, in sentence: Sentence, check: DateCheck, excluding founding: Mention?
    ) -> (primary: Int, others: [Int])? {
        var relative: Int?
        if let published = check.published {
            for mention in check.mentions(check.relatives, in: sentence.span) {
                if case .relativeDate(let date) = mention.value, let year = date.year(from: published) {
                    relative = year
                }
            }
        }
        var written: [Int] = []
        for mention in check.mentions(check.dates, in: sentence.span) where mention != founding {
            if case .date(let date, _) = mention.value, let year = date.year { written.append(year) }
        }
        guard let primary = relative ?? check.published?.year ?? written.first else { return nil }
        return (primary, written)
    }
}
