import FactDeskKit

/// Counts of a chamber's members written with a noun of legislators rather than the property's
/// own term: "the 650 MPs of the House", "Voters elected 543 members of the Lok Sabha", "The
/// Assembly has 120 lawmakers", « les 577 députés de l’Assemblée ». A chamber's members fill its
/// seats, so such a count is read as the seats.
///
/// A party's members are some of the seats ("Labour’s 400 MPs", "the 12 MPs who rebelled"), so
/// the count is read only when its words say it is all of them: a determiner of the whole or a
/// verb of electing before it and the chamber named right after it, or the chamber named as
/// the verb's subject or owner right before it.
extension ClaimBuilder {
    /// Nouns of members of a chamber, folded.
    static let legislatorNouns: Set<String> = [
        "mps", "lawmakers", "legislators", "deputies", "senators", "deputes", "senateurs", "parlementaires",
    ]
    /// Nouns of members of any body, which count a chamber's seats only with the chamber named after them.
    static let memberNouns: Set<String> = ["members", "membres"]
    /// Before a count of members, determiners of them all, folded.
    static let allMembersLeads: Set<String> = ["the", "all", "les", "tous", "toutes"]
    /// Before a count of members, verbs of electing them, folded: "elected 543 members".
    static let electionVerbs: Set<String> = [
        "elect", "elects", "elected", "electing", "elire", "elu", "elisent", "eliront", "renew", "renouveler",
    ]
    /// Before a count of members, verbs of having them whose subject may be the chamber, folded.
    static let chamberVerbs: Set<String> = [
        "has", "have", "had", "counts", "numbers", "comprises", "compte", "comptait", "comptera", "reunit",
    ]
    /// After a count of members or its chamber, words that make them some of the seats ("the
    /// 12 MPs who rebelled"), folded.
    static let restrictingWords: Set<String> = [
        "who", "that", "which", "whose", "from", "qui", "dont", "ayant", "issus", "elected", "elus",
    ]

    /// The seats a count of a chamber's members states, when its words say they are all the members.
    /// - Parameters:
    ///   - end: the first token after the number.
    ///   - start: the first token of the number and its bound.
    func seatReading(after end: Int, start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> TermMatch? {
        let seats = terms.seatProperties
        guard let property = seats.first, end < sentence.upperBound,
            let lead = start > sentence.lowerBound ? start - 1 : nil
        else { return nil }
        let isMembers = isWord(end, in: Self.memberNouns)
        guard isMembers || isWord(end, in: Self.legislatorNouns) else { return nil }
        let term = end..<end + 1
        let match = { (owner: SubjectOccurrence?) in
            TermMatch(property: property, term: term, subject: owner, alternatives: Array(seats.dropFirst()))
        }
        if let owner = chamber(after: term.upperBound, in: sentence) {
            // "the 650 members of the House", "elected 543 members of the Lok Sabha".
            let isAll =
                isWord(lead, in: Self.allMembersLeads) || isExistential(lead)
                || (isWord(lead, in: Self.electionVerbs) && subjects.namesNoElector(before: lead, sentence: sentenceIndex))
            return isAll && !isRestricted(after: term.upperBound, in: sentence) ? match(owner) : nil
        }
        guard !isMembers, !isRestricted(after: term.upperBound, in: sentence) else { return nil }
        // "The Assembly has 120 lawmakers", "the Assembly’s 120 lawmakers".
        let owner: SubjectOccurrence?
        if isWord(lead, in: Self.chamberVerbs) {
            owner = subjects.named(endingAt: lead - 1, sentence: sentenceIndex)
        } else if ClaimWords.isPossessive(tokens[lead].text) {
            owner = subjects.named(endingAt: lead, sentence: sentenceIndex)
        } else {
            owner = nil
        }
        guard let owner, subjects.hasFacts(property, of: owner) else { return nil }
        return match(owner)
    }

    /// Whether token `lead` is the verb of "there are", "there were": "there are 543 members of
    /// the Lok Sabha" counts them all.
    private func isExistential(_ lead: Int) -> Bool {
        isWord(lead, in: ["are", "were"]) && isWord(lead - 1, in: ["there"])
    }

    /// Whether words after a count of members, or after the chamber named right after it, make
    /// them some of the seats: "the 80 members of the House from the north", "the 12 MPs who rebelled".
    func isRestricted(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        let next = chamber(after: termEnd, in: sentence)?.tokens.upperBound ?? termEnd
        return isWord(next, in: Self.restrictingWords)
    }

    /// The chamber named in a complement right after a count's noun, with facts of seats: "of
    /// the Lok Sabha", "in the House", « de l’Assemblée ».
    private func chamber(after index: Int, in sentence: Range<Int>) -> SubjectOccurrence? {
        guard isWord(index, in: ClaimWords.complementWords) || isWord(index, in: ClaimWords.locationWords) else {
            return nil
        }
        var next = index + 1
        if isWord(next, in: ClaimWords.articles) { next += 1 }
        guard next < sentence.upperBound,
            let owner = subjects.named(startingAt: next, sentence: document.sentenceIndex(of: tokens[next].span.start)),
            owner.kind == .organization || owner.kind == .other,
            terms.seatProperties.contains(where: { subjects.hasFacts($0, of: owner) })
        else { return nil }
        return owner
    }
}
