import FactDeskKit
import Foundation

/// Ordinals of membership: "Sweden became NATO's 32nd member", « le 55e État membre de l'UA ».
/// Once a country is the Nth member, the organisation counts at least N members, so the claim
/// allows any count from N up: an ordinal above the reference count is wrong, one below it names
/// an earlier admission. A membership still to come ("would become the 33rd member", « deviendra
/// le 56e membre ») is no claim. A country that becomes the Nth member on a day its sentence
/// dates ("On 4 May, Norland became the 12th member", « devenant, le 4 mai, le 12e membre ») makes
/// the count exactly N that day; "full" may qualify the membership ("the 12th full member").
extension ClaimBuilder {
    /// Words of membership after an ordinal, folded: "member", « membre ».
    static let memberWords: Set<String> = ["member", "membre"]
    /// Words of a kind of membership between an ordinal and its word of members, folded: "the 12th full member".
    static let membershipKinds: Set<String> = ["full"]
    /// Before an ordinal of membership, verbs of a country becoming a member, folded: with a date
    /// in the sentence, the ordinal is the count that day.
    static let becomingWords: Set<String> = [
        "became", "become", "becomes", "becoming", "devenu", "devenue", "devient", "devenant",
    ]
    /// Before an ordinal of membership, words of a membership still to come, folded.
    static let futureMembershipWords: Set<String> = ClaimWords.modals.union([
        "set", "poised", "bid", "aims", "hopes", "seeks", "candidate", "candidat", "candidature",
        "deviendra", "deviendrait", "deviendront", "deviendraient", "devenir", "pourrait", "devrait", "serait", "sera",
        "future", "futur", "prospective", "would-be", "application", "applied", "applies",
    ])

    /// How many words before an ordinal a verb of becoming may stand (« devenant officiellement, le
    /// jeudi 4 mai, le 12e membre »).
    static let becomingReach = 10

    /// The claims of the ordinals of membership among `ordinals`, in text order.
    func membershipClaims(from ordinals: [Mention]) -> [Claim] {
        guard !terms.isEmpty else { return [] }
        return ordinals.compactMap(membershipClaim)
    }

    private func membershipClaim(_ mention: Mention) -> Claim? {
        guard case .ordinal(let number) = mention.value, number > 1 else { return nil }
        let ordinal = document.tokenRange(of: mention.span)
        guard !ordinal.isEmpty else { return nil }
        let sentence = document.sentenceIndex(of: mention.span.start)
        let sentenceTokens = document.sentences[sentence].tokens
        // "32nd member", "32nd member state", « 55e membre », « 55e État membre », « 55e pays membre ».
        var end = ordinal.upperBound
        if isWord(end, in: Self.countryNouns) || isWord(end, in: Self.membershipKinds) { end += 1 }
        guard end < sentenceTokens.upperBound, isWord(end, in: Self.memberWords) else { return nil }
        end += 1
        if end < sentenceTokens.upperBound, isWord(end, in: Self.countryNouns) { end += 1 }
        let isToCome = (sentenceTokens.lowerBound..<ordinal.lowerBound).contains {
            isWord($0, in: Self.futureMembershipWords)
        }
        guard !isToCome,
            let subject = subjects.subject(
                for: Self.memberCountries, claimTokens: ordinal.lowerBound..<end, termEnd: end, sentence: sentence)
        else { return nil }
        let term = document.span(ofTokens: ordinal.upperBound..<end)
        let date = nearestDate(to: mention, sentence: sentence)
        // "On 4 May, Norland became the 12th member": the count of that day.
        let isExact =
            date != nil
            && (max(sentenceTokens.lowerBound, ordinal.lowerBound - Self.becomingReach)..<ordinal.lowerBound).contains {
                isWord($0, in: Self.becomingWords)
            }
        return Claim(
            mention: mention,
            value: ClaimedValue(
                lower: Decimal(number), includesLower: true, upper: isExact ? Decimal(number) : nil,
                includesUpper: isExact),
            written: WrittenNumber(mention.text, language: document.language), property: Self.memberCountries,
            term: term, numberSpan: mention.span, span: mention.span.union(term),
            subject: (subject.occurrence.id, subject.occurrence.name), subjectReading: subject.reading,
            time: time(of: date, isInPresent: false), isWeak: false, isPart: false, whole: nil, isCapacity: false,
            isDated: date != nil)
    }
}
