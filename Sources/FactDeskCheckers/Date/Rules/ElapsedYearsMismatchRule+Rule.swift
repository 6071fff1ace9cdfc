import FactDeskKit

/// Years of a party's rule, against the year its time in power began in the reference data:
/// "ending 16 years of mostly quiet Conservative rule", "a 16-year Conservative rule", « après
/// 16 ans de pouvoir travailliste ». The party is the word before the noun of rule in English, after it in
/// French, read as a name or as the plural that names its members ("Conservative" for
/// "Conservatives"); its facts are those of a property whose id ends in `-from` or `-since` and
/// whose terms speak of rule. The years run to the publication year, or to the year the fact
/// ended when it ended before; the count may fall one short (the start may have come late in
/// its year).
extension ElapsedYearsMismatchRule {
    /// Nouns of rule, folded.
    static let ruleNouns: Set<String> = [
        "rule", "dominance", "government", "governance", "power", "reign", "leadership", "hegemony", "pouvoir", "regne",
        "domination", "gouvernement",
    ]
    /// How many lower-case words may stand between "of" and the party ("mostly quiet").
    static let ruleQualifierReach = 3

    /// The finding for years of a party's rule that contradict its start in the reference data.
    func ruleFinding(_ duration: Mention, stated: Int, published: CalendarDate, check: DateCheck) -> Finding? {
        guard let facts = check.reference as? any NumericFacts, let party = Self.rulingParty(after: duration, check: check)
        else { return nil }
        let properties = Set(
            facts.propertyTerms(in: check.document.language).filter { term in
                YearsSince.isYearsSince(term.property)
                    && term.term.split(separator: " ").contains { Self.ruleNouns.contains(WordFolding.fold(String($0))) }
            }.map(\.property))
        let spells = party.flatMap { subject in
            properties.sorted().flatMap { facts.numericFacts($0, of: subject.id) }.map { (subject, $0) }
        }
        let counts = spells.compactMap { subject, fact -> (ReferenceSubject, NumericFact, from: Int, to: Int)? in
            guard let from = Int("\(fact.value)") else { return nil }
            let to = min(published.year, fact.lastDay?.year ?? published.year)
            return to - from >= 1 ? (subject, fact, from, to) : nil
        }
        guard let latest = counts.max(by: { $0.from < $1.from }),
            !counts.contains(where: { [$0.to - $0.from - 1, $0.to - $0.from].contains(stated) })
        else { return nil }
        let years = latest.to - latest.from
        let until = latest.1.lastDay.map { " to \($0.isoDay)" } ?? ""
        return check.finding(
            descriptor, at: duration.span,
            message: check.wording.yearsOfRule(quoted: duration.text, from: latest.from, to: latest.to, years: years),
            evidence: [
                Evidence(
                    statement: "\(latest.0.name) (\(latest.0.id)): \(latest.1.property) \(latest.from)\(until)",
                    source: latest.1.source.description)
            ])
    }

    /// The subjects of the party whose rule the years count, when a noun of rule and a party
    /// name follow them: "16 years of (mostly quiet) Conservative rule", "a 16-year
    /// Conservative rule", « 16 ans de
    /// pouvoir travailliste ».
    private static func rulingParty(after duration: Mention, check: DateCheck) -> [ReferenceSubject]? {
        guard let reference = check.reference else { return nil }
        let sentence = check.sentence(of: duration).tokens
        var index = check.document.tokenRange(of: duration.span).upperBound
        let partyWord: Int
        switch check.word(index) {
        case "of":
            index += 1
            let firstQualifier = index
            while index < sentence.upperBound, index - firstQualifier < ruleQualifierReach,
                check.tokens[index].kind != .punctuation, !WordFolding.isCapitalised(check.tokens[index].text)
            {
                index += 1
            }
            guard index + 1 < sentence.upperBound, WordFolding.isCapitalised(check.tokens[index].text),
                ruleNouns.contains(check.word(index + 1))
            else { return nil }
            partyWord = index
        case "de", "d'":
            guard index + 2 < sentence.upperBound, ruleNouns.contains(check.word(index + 1)),
                check.tokens[index + 2].kind != .punctuation
            else { return nil }
            partyWord = index + 2
        default:
            // "a 16-year Conservative rule"
            guard index + 1 < sentence.upperBound, WordFolding.isCapitalised(check.tokens[index].text),
                ruleNouns.contains(check.word(index + 1))
            else { return nil }
            partyWord = index
        }
        let word = check.tokens[partyWord].text
        for spelling in [word, word + "s"] {
            let matches = reference.subjects(namedIn: [spelling], language: check.document.language)
            if !matches.isEmpty { return matches.map(\.subject) }
        }
        return nil
    }
}

extension DateWording {
    /// "« 16 years » : from 2010 to 2024 is fourteen years."
    func yearsOfRule(quoted words: String, from: Int, to: Int, years: Int) -> String {
        language == .fr
            ? quoted(words) + colon + "de \(from) à \(to), il y a \(yearsInWords(years))."
            : quoted(words) + colon + "from \(from) to \(to) is \(yearsInWords(years))."
    }
}
