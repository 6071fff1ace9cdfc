import FactDeskKit

extension AnniversaryMismatchRule {
    /// Participles that date what an anniversary is of, folded: "the charter signed in 1996",
    /// « la charte adoptée en 1996 », « les régates disputées en 1925 ».
    static let datingParticiples: Set<String> = [
        "signed", "adopted", "ratified", "concluded", "held", "staged", "played",
        "signe", "signee", "signes", "signees", "adopte", "adoptee", "adoptes", "adoptees", "ratifie", "ratifiee",
        "conclu", "conclue", "tenu", "tenue", "tenus", "tenues", "dispute", "disputee", "disputes", "disputees",
    ]
    /// Words right before a year that dates a noun: « des régates de 1925 », "the regatta of 1925".
    static let datingOf: Set<String> = ["de", "of"]
    /// How many words after the anniversary the complement's year may come.
    static let complementYearReach = 8
    /// How many words after the anniversary the year may come at the end of a relative clause
    /// of happening (« de la crue qui a ravagé la vallée de la Vira en 2008 »).
    static let happeningClauseReach = 14
    /// Relative pronouns that open a clause telling what the anniversary is of, folded.
    static let happeningPronouns: Set<String> = ["qui", "that", "which"]
    /// Verbs of a clause that tells when what an anniversary is of happened, folded: "the
    /// flood that struck … in 2008", « l’incendie qui s’est produit … en 1990 ». Other verbs
    /// ("the club, which won the cup in 1990") date something else.
    static let happeningVerbs: Set<String> = EventHeldWeekday.strikingVerbs.union([
        "happened", "occurred", "devastated", "ravaged", "killed", "produit", "survenu", "survenue", "ravage",
        "ravagee", "touche", "touchee", "tue", "endeuille", "endeuillee",
    ])

    /// The year that dates what an anniversary is of, and its span, written in its complement with words only
    /// between: « le 29e anniversaire de la charte signée en 1996 », "the 29th anniversary of the
    /// charter signed in 1996" (a participle of signing, adopting or holding, then « en » / "in",
    /// or a relative clause of happening: "the flood that struck the valley in 2008"),
    /// « le centenaire des régates de 1925 », "the centenary of the regatta of 1925", "the
    /// 74th anniversary of the harbour fire in 1951" (a year long past, ``datesFarPast``), "the
    /// centenary of the 1925 regatta"; or a full date that opens the complement ("the 80th
    /// anniversary of the June 6, 1944 landings", « le 80e anniversaire du 6 juin 1944 »).
    static func complementYear(of anniversary: Mention, check: DateCheck) -> (founding: Founding, year: Span)? {
        let sentence = check.sentence(of: anniversary).tokens
        var index = check.document.tokenRange(of: anniversary.span).upperBound
        guard complementOpeners.contains(check.word(index)) else { return nil }
        if let opening = openingDate(after: index, check: check) { return opening }
        var limit = min(sentence.upperBound, index + complementYearReach)
        var happened = false
        while index < limit {
            index += 1
            guard index < limit, check.tokens[index - 1].kind == .word else { return nil }
            let token = check.tokens[index]
            // « de la crue qui a ravagé … en 2008 »: a clause of happening carries the year further.
            if !happened, happeningPronouns.contains(check.word(index)),
                (index + 1...index + 3).contains(where: { happeningVerbs.contains(check.word($0)) })
            {
                happened = true
                limit = min(sentence.upperBound, index + happeningClauseReach)
            }
            guard token.kind == .number else { continue }
            let lead = check.word(index - 1)
            // « de 1925 » may be read as no date: a year of four digits is one there.
            let mention = check.mentions(check.dates, in: token.span).first { $0.span == token.span }
            var written: Int?
            if case .date(let date, _) = mention?.value, date.month == nil { written = date.year }
            guard let year = written ?? (token.isModernYear ? Int(token.text) : nil) else { return nil }
            let dated =
                datingOf.contains(lead) && !complementOpeners.contains(check.word(index - 2))
                || yearLeads.contains(lead)
                    && (datingParticiples.contains(check.word(index - 2)) || happened
                        || datesFarPast(year, at: index, anniversary: anniversary, in: sentence, check: check))
                || lead == "the" && index + 1 < sentence.upperBound && check.tokens[index + 1].kind == .word
            guard dated else { return nil }
            let founding = Founding(
                year: year, evidence: Evidence(statement: "the text dates what the anniversary is of to \(year)"),
                mention: mention, isEvent: true)
            return (founding, token.span)
        }
        return nil
    }

    /// How many years before the publication's a year must be to date the complement by "in"
    /// alone: the year of the publication or the one before may be the anniversary's own.
    static let farPastYears = 2

    /// Whether "in" and `year` date the complement rather than the anniversary: "marks the 74th
    /// anniversary of the harbour fire in 1951", in a present or future sentence, of a year
    /// at least ``farPastYears`` before the publication's; not "marked the 50th anniversary of
    /// the club in 2016".
    private static func datesFarPast(
        _ year: Int, at yearToken: Int, anniversary: Mention, in sentence: Range<Int>, check: DateCheck
    ) -> Bool {
        guard let published = check.published, year <= published.year - farPastYears else { return false }
        let words = check.document.tokenRange(of: anniversary.span)
        // « Le 70e anniversaire de l’Unesco a été célébré en 2015 »: a verb between dates the celebration.
        guard !(words.upperBound..<yearToken).contains(where: { complementVerbs.contains(check.word($0)) }) else {
            return false
        }
        return check.tenses.tense(before: words.lowerBound, in: sentence) != .past
    }

    /// Auxiliaries and verbs that end a complement, folded: what follows them is the sentence's.
    static let complementVerbs: Set<String> = [
        "a", "ont", "est", "sont", "ete", "fut", "sera", "avait", "was", "were", "is", "are", "has", "have", "had",
        "been", "will",
    ]

    /// The full date right after the complement's opening words (« du », "of the"), with its year.
    private static func openingDate(after opener: Int, check: DateCheck) -> (founding: Founding, year: Span)? {
        var first = opener + 1
        while first - opener <= 2, complementOpeners.contains(check.word(first)) { first += 1 }
        guard let start = check.tokens[safe: first]?.span.start,
            let mention = check.dates.first(where: { $0.span.start == start }),
            case .date(let date, _) = mention.value, let year = date.year, date.month != nil, date.day != nil
        else { return nil }
        let founding = Founding(
            year: year, evidence: Evidence(statement: "the text dates what the anniversary is of to \(mention.text)"),
            mention: mention, isEvent: true)
        return (founding, mention.span)
    }
}

extension AnniversaryMismatchRule {
    /// A complement dated by "in" and a year long past, and a year that may be the celebration's.
    static let farPastComplementExamples: [RuleExample] = {
        let published = CalendarDate(iso: "2026-06-20")
        return [
            RuleExample(
                "The town marks the ⟦70th anniversary of the harbour fire in 1951⟧.", language: .en,
                published: published),
            RuleExample(
                "The town marks the 75th anniversary of the harbour fire in 1951.", language: .en,
                published: published),
            RuleExample(
                "The club marked the 50th anniversary of its founding in 2016.", language: .en, published: published),
            RuleExample(
                "The 50th anniversary of the club was celebrated in 2016.", language: .en, published: published),
        ]
    }()
}
