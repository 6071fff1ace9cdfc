import FactDeskKit

/// Counts of the others tried with one person: "Pelicot and his 50 co-defendants", « Pelicot et
/// ses 50 coaccusés », « les 50 coaccusés de Pelicot ». The co-defendants of one person are all
/// the defendants but that person, so such a count states the whole with the person added.
///
/// The count is read only when its words tie it to one person: a possessive of one owner
/// ("his", « ses »), a name with "’s", a name joined by "and", « et », or a name after the noun
/// ("of Pelicot", « de Pelicot »). "The 50 co-defendants" alone may be all of them.
extension ClaimBuilder {
    /// Nouns of co-defendants, folded, with the noun of defendants whose property they count.
    static let companionNouns: [String: String] = [
        "coaccuses": "accusés", "co-accuses": "accusés", "coprevenus": "prévenus", "co-prevenus": "prévenus",
        "co-defendants": "defendants", "codefendants": "defendants",
    ]
    /// Before a count of co-defendants, possessives of one owner, folded.
    static let singleOwnerPossessives: Set<String> = ["his", "her", "ses"]

    /// The property of the defendants a count of one person's co-defendants states, with the
    /// person counted: `companions` is 1.
    /// - Parameters:
    ///   - end: the first token after the number.
    ///   - start: the first token of the number and its bound.
    func companionReading(after end: Int, start: Int, in sentence: Range<Int>) -> TermMatch? {
        guard end < sentence.upperBound, tokens[end].kind == .word,
            let noun = Self.companionNouns[Fold.word(tokens[end].text)],
            let property = terms.compound(noun).first, start > sentence.lowerBound
        else { return nil }
        let lead = start - 1
        let text = tokens[lead].text
        // The person's name is part of the claim's words: it names whose co-defendants they are,
        // not what the count is about. A possessive alone stays out of them: it reads as the
        // subject named before (« ses » as the trial).
        let person: Range<Int>?
        if isWord(lead, in: Self.singleOwnerPossessives) {
            // "Reed and his 30 co-defendants", « Reed et ses 30 coaccusés ».
            person = isWord(lead - 1, in: ["and", "et"]) && isName(lead - 2, in: sentence)
                ? firstOfName(endingAt: lead - 2, in: sentence)..<start : nil
        } else if ClaimWords.isPossessive(text) {
            // "Tom Reed’s 30 co-defendants".
            person = firstOfName(endingAt: lead, in: sentence)..<start
        } else if isWord(lead, in: ["and", "et"]), isName(lead - 1, in: sentence) {
            // « Reed et 30 coaccusés ».
            person = firstOfName(endingAt: lead - 1, in: sentence)..<start
        } else if isWord(lead, in: ["the", "les"]), isWord(end + 1, in: ClaimWords.complementWords),
            isName(end + 2, in: sentence)
        {
            // « les 30 coaccusés de Tom Reed ».
            var last = end + 2
            while isName(last + 1, in: sentence) { last += 1 }
            person = end + 1..<last + 1
        } else {
            return nil
        }
        guard !isRestricted(after: max(person?.upperBound ?? 0, end + 1), in: sentence),
            !isWord(end + 1, in: Self.companionRestrictions)
        else { return nil }
        var match = TermMatch(property: property, term: end..<end + 1)
        match.companions = 1
        match.person = person
        return match
    }

    /// After a count of co-defendants or a count's noun, words that make them some of them ("his
    /// 12 co-defendants present", « les 14 accusés présents »), folded.
    static let companionRestrictions: Set<String> = [
        "present", "presents", "remaining", "restants", "absent", "absents", "detenus", "detained", "libres",
    ]

    /// Whether a French past participle in the plural follows a one-word term (« 4 000 films
    /// visionnés », « 30 pays invités »): the noun is restricted to those an act picked out (a longer term that goes on past the participle, « films présentés en
    /// compétition », is matched as that term); not a participle of taking part (``fieldParticiples``).
    func isParticipleRestriction(after term: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard document.language == .fr, term.count == 1, term.upperBound < sentence.upperBound,
            tokens[term.upperBound].kind == .word
        else { return false }
        let word = tokens[term.upperBound].text
        return word.count > 4 && (word.hasSuffix("és") || word.hasSuffix("ées")) && !Fold.isCapitalised(word)
            && !Self.fieldParticiples.contains(Fold.word(word))
    }

    /// Auxiliaries between a one-word term and a participle, folded: « 600 personnes ont été
    /// relogées », "600 people were rehoused".
    static let passiveAuxiliaries: Set<String> = [
        "ont", "a", "ete", "sont", "etaient", "avaient", "seront", "auront", "were", "was", "have", "had", "been",
        "will", "be",
    ]
    /// How many auxiliaries may stand between the term and the participle.
    static let auxiliaryReach = 3

    /// Words before a count that make it a whole set, folded: "his 32 co-defendants were
    /// convicted" are all of them.
    static let setDeterminers: Set<String> = [
        "the", "his", "her", "its", "their", "these", "those", "all", "les", "ses", "leurs", "ces", "tous", "toutes",
    ]

    /// Whether a participle in the plural (French « -és », « -ées »; English "-ed") follows the
    /// one-word term of a bare count (the number at token `number`) after auxiliaries (« 600
    /// personnes ont été relogées », "600 people were rehoused"): the noun is restricted to
    /// those the act picked out, unless the participle is a word of the property's own terms
    /// (« personnes tuées », "people killed"), or one of taking part (``fieldParticiples``).
    func isPassiveRestriction(after term: Range<Int>, number: Int, property: String, in sentence: Range<Int>) -> Bool {
        guard term.count == 1, number <= sentence.lowerBound || tokens[number - 1].kind != .word
            || !Self.setDeterminers.contains(Fold.word(tokens[number - 1].text))
        else { return false }
        var index = term.upperBound
        while index < sentence.upperBound, index - term.upperBound < Self.auxiliaryReach, tokens[index].kind == .word,
            Self.passiveAuxiliaries.contains(Fold.word(tokens[index].text))
        {
            index += 1
        }
        guard index > term.upperBound, index < sentence.upperBound, tokens[index].kind == .word else { return false }
        let word = tokens[index].text
        let folded = Fold.word(word)
        let hasEnding =
            document.language == .fr ? word.hasSuffix("és") || word.hasSuffix("ées") : word.hasSuffix("ed")
        return word.count > 4 && hasEnding && !Fold.isCapitalised(word) && !Self.fieldParticiples.contains(folded)
            && !terms.hasWord(Fold.termWord(word), inTermsOf: property)
    }

    /// Participles of taking part, folded: « les 123 marins engagés », « les 16 équipes alignées »
    /// are the whole field, not some of it.
    static let fieldParticiples: Set<String> = ["engages", "engagees", "alignes", "alignees"]

    /// The first token of the run of capitalised words ending at token `last` ("Tom" of "Tom Reed’s").
    func firstOfName(endingAt last: Int, in sentence: Range<Int>) -> Int {
        var first = last
        while isName(first - 1, in: sentence) { first -= 1 }
        return first
    }

    /// Whether token `index` is a capitalised word inside the sentence, not its first: a name.
    func isName(_ index: Int, in sentence: Range<Int>) -> Bool {
        index > sentence.lowerBound && index < sentence.upperBound && tokens[index].kind == .word
            && Fold.isCapitalised(tokens[index].text)
    }
}
