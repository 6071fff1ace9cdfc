import FactDeskKit
import Foundation

/// The tally of a vote in a body whose size is known, when its figures add up to more members
/// than the body has: "adopted by 143 votes in favour, 9 against and 25 abstentions", « adoptée par
/// 124 voix pour, 14 contre et 43 abstentions », "voted 143 to 9, with 25 abstentions", "141
/// countries voted yes, 5 voted no and 35 abstained".
///
/// A tally gives votes for and against in one sentence (abstentions too, when written), each
/// once. The body's size is a capacity written in the sentence ("the 193-member assembly") or,
/// failing one, the membership on the publication date of the bodies the sentence names (the
/// largest, when it names several). Absent members are usual: a tally below the size is never
/// reported, and a sentence that names no body of known size is left alone.
struct VoteTallies {
    let document: Document
    let folded: FoldedTokens

    /// A tally above the body that voted.
    struct Excess {
        /// From the tally's first figure to its last.
        var span: Span
        var parts: [Decimal]
        /// The members of the body, and where that number comes from.
        var size: Decimal
        var body: Body
    }

    /// Where a body's size was read.
    enum Body {
        /// A capacity of the sentence: "193-member".
        case capacity(String)
        /// A membership fact of a body the sentence names.
        case reference(name: String, id: String, facts: [NumericFact])
    }

    /// What a figure of a tally counts.
    enum Role: CaseIterable {
        case favour, against, abstention
    }

    /// Properties whose facts give a body's members.
    static let membershipProperties = [ClaimBuilder.memberCountries, ClaimBuilder.members, "seats"]
    /// Role words right after a figure (past ``fillers``), folded: "9 against", « 14 contre ».
    static let roleWords: [Role: Set<String>] = [
        .favour: ["favour", "favor", "yes", "pour", "for"],
        .against: ["against", "no", "contre"],
        .abstention: ["abstentions", "abstention", "abstained", "abstaining", "abstenus", "abstenues", "abstenu"],
    ]
    /// Words between a figure and its role word, folded: "143 votes in favour", « 124 voix pour »,
    /// "141 countries voted yes".
    static let fillers: Set<String> = [
        "votes", "vote", "voted", "voix", "suffrages", "in", "countries", "nations", "states", "members", "delegations",
        "pays", "etats", "membres", "ont", "se", "sont",
    ]
    /// Words that join a figure for to a figure against: "voted 143 to 9", « 143 voix contre 9 ».
    static let versusWords: Set<String> = ["to", "contre"]
    /// Words before a figure that make "N to M" a vote: "voted 143 to 9", "by 143 votes to 9", « par 143 ».
    static let voteLeads: Set<String> = ["voted", "vote", "by", "par"]
    /// Words joined to a count by a hyphen that make it a body's size: "the 193-member assembly".
    static let capacityWords: Set<String> = ["member", "members", "seat", "nation", "strong"]

    /// The tallies above their body, in text order.
    func excesses(names: SubjectOccurrences?, facts: (any NumericFacts)?, numbers: [Mention]) -> [Excess] {
        var found: [Excess] = []
        var first = 0
        while first < numbers.count {
            // The numbers are in text order: each sentence's are one run of them.
            let sentence = document.sentenceIndex(of: numbers[first].span.start)
            let sentenceEnd = document.sentences[sentence].tokens.upperBound
            var end = first + 1
            while end < numbers.count, document.tokenIndex(from: numbers[end].span.start) < sentenceEnd { end += 1 }
            // A tally needs a figure for and one against.
            if end - first >= 2, let excess = excess(in: numbers[first..<end], sentence: sentence, names: names, facts: facts) {
                found.append(excess)
            }
            first = end
        }
        return found
    }

    private func excess(
        in mentions: ArraySlice<Mention>, sentence: Int, names: SubjectOccurrences?, facts: (any NumericFacts)?
    ) -> Excess? {
        guard let tally = tally(of: mentions) else { return nil }
        let sum = tally.values.map(\.value).reduce(0, +)
        let figures = tally.values.map(\.mention).sorted { $0.span.start < $1.span.start }
        let span = figures.first!.span.union(figures.last!.span)
        let parts = figures.map { ClaimBuilder.writtenValue($0) }
        if let capacity = capacity(in: mentions) {
            let size = ClaimBuilder.writtenValue(capacity.mention)
            return sum > size
                ? Excess(span: span, parts: parts, size: size, body: .capacity(document.text(in: capacity.span))) : nil
        }
        guard let names, let facts, let body = largestBody(in: sentence, names: names, facts: facts), sum > body.size
        else { return nil }
        return Excess(span: span, parts: parts, size: body.size, body: body.body)
    }

    /// The sentence's figures by role, when it gives a figure for and one against, each role once.
    private func tally(of mentions: ArraySlice<Mention>) -> [Role: (mention: Mention, value: Decimal)]? {
        var roles: [Role: (mention: Mention, value: Decimal)] = [:]
        func add(_ role: Role, _ mention: Mention) -> Bool {
            guard let value = BreakdownSums.plainCount(mention) else { return false }
            if let other = roles[role] { return other.value == value }
            roles[role] = (mention, value)
            return true
        }
        let list = Array(mentions)
        for (index, mention) in list.enumerated() {
            let range = document.tokenRange(of: mention.span)
            if index + 1 < list.count, isVersus(after: range, next: list[index + 1]) {
                guard add(.favour, mention), add(.against, list[index + 1]) else { return nil }
                continue
            }
            if let role = role(after: range.upperBound), !add(role, mention) { return nil }
        }
        return roles[.favour] != nil && roles[.against] != nil ? roles : nil
    }

    /// The role word after a figure, past at most two ``fillers``.
    private func role(after start: Int) -> Role? {
        var index = start
        for _ in 0...2 {
            guard index < folded.tokens.count, folded.tokens[index].kind == .word else { return nil }
            let word = folded[index]
            if let role = Role.allCases.first(where: { Self.roleWords[$0]!.contains(word) }) { return role }
            guard Self.fillers.contains(word) else { return nil }
            index += 1
        }
        return nil
    }

    /// Whether "to", « contre » joins a vote's figure to the next one: "voted 143 to 9", "by 143
    /// votes to 9", « par 143 voix contre 9 ».
    private func isVersus(after range: Range<Int>, next: Mention) -> Bool {
        var index = range.upperBound
        let hasVoteNoun = folded.isWord(index, in: ["votes", "voix"])
        if hasVoteNoun { index += 1 }
        guard folded.isWord(index, in: Self.versusWords), document.tokenIndex(from: next.span.start) == index + 1
        else { return false }
        return hasVoteNoun || folded.isWord(range.lowerBound - 1, in: Self.voteLeads)
    }

    /// A capacity written in the sentence: a count joined by a hyphen to "member", "seat" ("the
    /// 193-member assembly").
    private func capacity(in mentions: ArraySlice<Mention>) -> (mention: Mention, span: Span)? {
        for mention in mentions {
            let end = document.tokenRange(of: mention.span).upperBound
            if end + 1 < folded.tokens.count, folded.tokens[end].text == "-",
                folded.tokens[end].span.start == mention.span.end, folded.isWord(end + 1, in: Self.capacityWords)
            {
                return (mention, mention.span.union(folded.tokens[end + 1].span))
            }
        }
        return nil
    }

    /// The largest membership on the publication date (any date without one) of the bodies the
    /// sentence names.
    private func largestBody(in sentence: Int, names: SubjectOccurrences, facts: any NumericFacts)
        -> (size: Decimal, body: Body)?
    {
        var best: (size: Decimal, body: Body)?
        for named in names.inSentence(sentence) where named.kind != .place && named.kind != .person {
            for property in Self.membershipProperties {
                let held = facts.numericFacts(property, of: named.id).filter { fact in
                    fact.unit == nil && (document.published.map { fact.holds(during: $0...$0) } ?? true)
                }
                guard let size = held.map(\.value).max() else { continue }
                if size > best?.size ?? 0 {
                    best = (size, .reference(name: named.name, id: named.id, facts: held))
                }
                break
            }
        }
        return best
    }
}
