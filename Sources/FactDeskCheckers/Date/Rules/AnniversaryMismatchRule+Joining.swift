import FactDeskKit

extension AnniversaryMismatchRule {
    /// Nouns of someone's joining a body, folded: "the 30th anniversary of its membership",
    /// « le 20e anniversaire de son adhésion ».
    static let joiningNouns: Set<String> = [
        "membership", "accession", "admission", "joining", "entry", "adhesion", "entree", "integration",
    ]
    /// Verbs of joining a body, folded: "which it joined in August 2001", « depuis son
    /// adhésion » aside, « a rejoint l’Union en 2004 ».
    static let joiningVerbs: Set<String> = [
        "joined", "acceded", "admitted", "entered", "rejoint", "rejointe", "adhere", "integre", "integree", "entre", "entree",
    ]
    /// How many words after the anniversary its joining noun may come ("of its full membership
    /// in").
    static let joiningNounReach = 4
    /// How many tokens after the joining noun its verb may come ("membership in the union and its
    /// council, which it joined").
    static let joiningVerbReach = 12
    /// How many words after the joining verb its date may come ("joined this regional body in August 1994").
    static let joiningDateReach = 8

    /// The date of joining that an anniversary of membership counts from, written later in its
    /// sentence: "the 25th anniversary of its membership in the union, which it joined
    /// in August 2001", « le 20e anniversaire de son adhésion, l’État ayant rejoint l’Union
    /// le 1er mai 2004 ».
    static func joiningYear(of anniversary: Mention, check: DateCheck) -> (founding: Founding, year: Span)? {
        let sentence = check.sentence(of: anniversary).tokens
        let after = check.document.tokenRange(of: anniversary.span).upperBound
        guard complementOpeners.contains(check.word(after)),
            let noun = (after..<min(sentence.upperBound, after + joiningNounReach)).first(where: {
                joiningNouns.contains(check.word($0))
            }),
            let verb = (noun + 1..<min(sentence.upperBound, noun + 1 + joiningVerbReach)).first(where: {
                joiningVerbs.contains(check.word($0))
            }),
            // "its membership; its minister joined the cabinet in 1995": another clause, another joining.
            !(noun + 1..<verb).contains(where: { [";", ":"].contains(check.tokens[$0].text) })
        else { return nil }
        let reach = check.tokens[min(sentence.upperBound, verb + 1 + joiningDateReach) - 1].span.end
        guard
            let mention = check.dates.first(where: {
                $0.span.start > check.tokens[verb].span.end && $0.span.end <= reach
            }),
            case .date(let date, _) = mention.value, let year = date.year
        else { return nil }
        let founding = Founding(
            year: year, evidence: Evidence(statement: "the text dates the joining to \(mention.text)"), mention: mention,
            isEvent: true)
        return (founding, mention.span)
    }
}
