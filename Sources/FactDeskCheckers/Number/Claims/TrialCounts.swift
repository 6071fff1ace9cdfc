import FactDeskKit

/// The people on trial counted with a verb of being tried after them: "51 men stood trial",
/// "twelve people are on trial", « 51 hommes sont jugés », « 20 personnes comparaissaient ». They
/// are the trial's defendants (a property whose term is "defendants", « accusés » or « prévenus »);
/// after « dont », "including", « parmi », "among" ("Among them, 12 men stood trial"), « outre »,
/// "besides" or "of" they are some of them, and after "and", « et », "with" others than someone
/// named ("Reed and 20 men stood trial"): those stay unread.
extension ClaimBuilder {
    /// Nouns of people counted on trial, folded.
    static let triedPeopleNouns: Set<String> = ["men", "women", "people", "hommes", "femmes", "personnes"]
    /// Words of being tried right after those nouns, folded, longest first.
    static let triedPhrases: [[String]] = [
        ["are", "being", "tried"], ["were", "being", "tried"], ["ont", "ete", "juges"], ["ont", "ete", "jugees"],
        ["stood", "trial"], ["stand", "trial"], ["standing", "trial"], ["are", "on", "trial"], ["were", "on", "trial"],
        ["went", "on", "trial"], ["go", "on", "trial"], ["were", "tried"], ["are", "tried"], ["sont", "juges"],
        ["sont", "jugees"], ["etaient", "juges"], ["etaient", "jugees"], ["seront", "juges"], ["seront", "jugees"],
        ["comparaissent"], ["comparaissaient"], ["comparaitront"],
    ]
    /// Words up to ``someOfReach`` tokens before the count that make it some of the defendants, folded.
    static let someOfLeads: Set<String> = [
        "dont", "including", "parmi", "among", "outre", "besides", "alongside", "hormis", "sauf", "excluding",
    ]
    /// Words right before the count that make it some of a whole ("three of 20 men") or others
    /// than someone named ("Reed and 20 men"), folded.
    static let someOfPrepositions: Set<String> = ["of", "de", "des", "d'", "sur", "and", "et", "with", "avec", "plus"]
    /// How many tokens back from the count ``someOfLeads`` are looked for ("Among them, 12 men").
    static let someOfReach = 4
    /// Folded single-word terms of a trial's defendants.
    static let defendantWords: Set<String> = ["defendant", "accuse", "prevenu"]

    /// Words that may follow a verb of being tried when the count is all the trial's defendants:
    /// besides the end of the clause, a time or a court ("Fourteen defendants are on trial until May",
    /// « Quatorze accusés sont jugés jusqu’au 10 novembre devant la cour »; not « comparaîtront
    /// libres », « seront jugés par défaut », some of them), folded.
    static let triedEnds: Set<String> = ["jusqu'", "depuis", "devant", "until", "since", "before", "from"]

    /// Whether a defendants' term is followed by a verb of being tried that ends its clause or
    /// goes on with a time or a court, the count not being some of them (``someOfLeads``,
    /// ``someOfPrepositions``): « Quatorze accusés sont jugés jusqu’au 10 novembre ».
    func isTriedCount(term: Range<Int>, start: Int, in sentence: Range<Int>) -> Bool {
        guard term.count == 1, Self.defendantWords.contains(Fold.termWord(tokens[term.lowerBound].text)),
            !isWord(start - 1, in: Self.someOfPrepositions),
            !(max(sentence.lowerBound, start - Self.someOfReach)..<start).contains(where: { isWord($0, in: Self.someOfLeads) })
        else { return false }
        let end = term.upperBound
        for phrase in Self.triedPhrases
        where end + phrase.count <= sentence.upperBound
            && phrase.enumerated().allSatisfy({ isWord(end + $0.offset, in: [$0.element]) })
        {
            let next = end + phrase.count
            return next >= sentence.upperBound || [",", ".", ";"].contains(tokens[next].text) || isWord(next, in: Self.triedEnds)
        }
        return false
    }

    /// The defendants counted by the number ending before token `end`, its noun of people and a
    /// verb of being tried right after it.
    func trialReading(after end: Int, start: Int, in sentence: Range<Int>) -> TermMatch? {
        guard end < sentence.upperBound, isWord(end, in: Self.triedPeopleNouns),
            !isWord(start - 1, in: Self.someOfPrepositions),
            !(max(sentence.lowerBound, start - Self.someOfReach)..<start).contains(where: { isWord($0, in: Self.someOfLeads) }),
            let property = terms.singleWordProperty(in: Self.defendantWords)
        else { return nil }
        for phrase in Self.triedPhrases
        where end + phrase.count < sentence.upperBound
            && phrase.enumerated().allSatisfy({ isWord(end + 1 + $0.offset, in: [$0.element]) })
        {
            return TermMatch(property: property, term: end..<end + 1 + phrase.count)
        }
        return nil
    }
}
