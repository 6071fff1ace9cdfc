import FactDeskKit
import Foundation

/// The tally of a vote in a body whose size is known, when its figures add up to more members
/// than the body has: "adopted by 143 votes in favour, 9 against and 25 abstentions", « adoptée par
/// 124 voix pour, 14 contre et 43 abstentions », "voted 143 to 9, with 25 abstentions", "141
/// countries voted yes, 5 voted no and 35 abstained".
///
/// A tally gives votes for and against in one sentence (abstentions too, when written), each
/// once. The body's size is a capacity written in the sentence ("the 193-member assembly") or,
/// failing one, the membership on the publication date of the bodies the sentence names as the
/// voter (the largest, when it names several; ``isVoter(_:)``), or — for a text's tally that
/// names no body, "The resolution received 143 votes" — the sentence before in its paragraph. Absent members are usual: a tally below the size is never
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
        /// A membership fact of a body the sentence names, or takes up with the head noun of its
        /// name (`takenUpAs`: "the Council").
        case reference(name: String, id: String, facts: [NumericFact], takenUpAs: String?)
    }

    /// What a figure of a tally counts.
    enum Role: CaseIterable {
        case favour, against, abstention
    }

    /// Properties whose facts give a body's members. Seats are left out: a party has seats too,
    /// and a party that voted is not the chamber whose members are counted.
    static let membershipProperties = [ClaimBuilder.memberCountries, ClaimBuilder.members]
    /// Role words right after a figure (past ``fillers``), folded: "9 against", « 14 contre ».
    static let roleWords: [String: Role] = [
        "favour": .favour, "favor": .favour, "yes": .favour, "pour": .favour, "for": .favour,
        "against": .against, "no": .against, "contre": .against,
        "abstentions": .abstention, "abstention": .abstention, "abstained": .abstention, "abstaining": .abstention,
        "abstenus": .abstention, "abstenues": .abstention, "abstenu": .abstention,
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
            let sentenceEnd = document.sentences[sentence].span.end
            var end = first + 1
            while end < numbers.count, numbers[end].span.start < sentenceEnd { end += 1 }
            // A tally needs a figure for and one against.
            if end - first >= 2, mayHoldTally(document.sentences[sentence].tokens),
                let excess = excess(in: numbers[first..<end], sentence: sentence, names: names, facts: facts)
            {
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

    /// Whether a sentence may hold a tally, by a cheap look at each word: one of a vote against
    /// ("against", "no", « contre ») or "to" right after a number or a vote noun ("143 to 9",
    /// "143 votes to 9").
    private func mayHoldTally(_ sentence: Range<Int>) -> Bool {
        sentence.contains { index in
            guard folded.tokens[index].kind == .word else { return false }
            let word = folded[index]
            if word == "against" || word == "contre" || word == "no" { return true }
            guard word == "to", index > sentence.lowerBound else { return false }
            return folded.tokens[index - 1].kind == .number || folded[index - 1] == "votes"
        }
    }

    /// The role word after a figure, past at most two ``fillers``.
    private func role(after start: Int) -> Role? {
        var index = start
        for _ in 0...2 {
            guard index < folded.tokens.count, folded.tokens[index].kind == .word else { return nil }
            let word = folded[index]
            if let role = Self.roleWords[word] { return role }
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

    /// Words of voting whose subject or agent the body is, folded: "the Assembly adopted", «
    /// adoptée par l’Assemblée ».
    static let voteVerbs: Set<String> = [
        "adopted", "adopts", "adopt", "approved", "approves", "voted", "votes", "passed", "passes", "endorsed",
        "rejected", "adopte", "adoptee", "adoptes", "adoptees", "adoptent", "approuve", "approuvee", "vote", "votee",
        "rejete", "rejetee", "enterine",
    ]
    /// Auxiliaries between a body and its vote verb, folded: « l’Assemblée a adopté », "has approved".
    static let voteAuxiliaries: Set<String> = ["a", "ont", "has", "have", "had", "avait", "avaient"]
    /// Words of the day a vote took place, between the body and its verb, folded: "on Friday".
    static let timeWords: Set<String> = [
        "on", "this", "ce", "yesterday", "today", "hier", "also", "finally", "aussi", "enfin", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche",
    ]
    /// Nouns of what is voted, whose complement may name the body: « la résolution de l’Assemblée », folded.
    static let voteNouns: Set<String> = ["resolution", "resolutions", "text", "texte", "motion", "draft", "projet", "decision"]

    /// Whether a body is the one that voted: the subject of a vote verb ("the Assembly adopted",
    /// « l’Assemblée a adopté »), its agent ("approved by the Assembly", « adoptée par l’Assemblée »),
    /// where the vote took place ("in the Assembly"), or the owner of what was voted (« la
    /// résolution de l’Assemblée »). A body named otherwise ("the bill backed by the party")
    /// is not the one whose members are counted.
    private func isVoter(_ name: Range<Int>) -> Bool {
        var after = name.upperBound
        if folded.isWord(after, in: Self.voteAuxiliaries) { after += 1 }
        // "the Assembly on Friday adopted", « l’Assemblée a adopté vendredi ».
        while after - name.upperBound < 4, folded.isWord(after, in: Self.timeWords) { after += 1 }
        if folded.isWord(after, in: Self.voteVerbs) { return true }
        var before = name.lowerBound - 1
        if folded.isWord(before, in: ClaimWords.articles) { before -= 1 }
        if folded.isWord(before, in: ["by", "par"]) { return folded.isWord(before - 1, in: Self.voteVerbs) }
        if folded.isWord(before, in: ["in", "a", "au", "dans"]) { return true }
        return folded.isWord(before, in: ClaimWords.complementWords) && folded.isWord(before - 1, in: Self.voteNouns)
    }

    /// Whether the sentence's tally is that of a text it names with a vote noun and no body:
    /// "The resolution received 143 votes", « Le texte a recueilli 143 voix ».
    private func votesOnText(_ sentence: Int) -> Bool {
        document.sentences[sentence].tokens.contains { folded.isWord($0, in: Self.voteNouns) }
    }

    /// How many sentences back a body taken up by its head noun may have been named.
    static let takeUpReach = 5

    /// The bodies the sentence takes up as voters with the head noun of their name, capitalised
    /// after an article: "the Council adopted" after the Human Rights Council, « l’Assemblée a
    /// adopté » after « l’Assemblée générale de l’ONU ». Each is the nearest organisation named
    /// before whose name that noun heads (its last word in English, its first in French).
    private func takenUp(in sentence: Int, names: SubjectOccurrences) -> [(SubjectOccurrence, String?)] {
        var found: [(SubjectOccurrence, String?)] = []
        for index in document.sentences[sentence].tokens
        where folded.tokens[index].kind == .word && folded.tokens[index].text.first?.isUppercase == true
            && folded.isWord(index - 1, in: ClaimWords.articles) && isVoter(index..<index + 1)
        {
            let head = folded[index]
            for earlier in stride(from: sentence, through: max(0, sentence - Self.takeUpReach), by: -1) {
                if let named = names.inSentence(earlier).last(where: {
                    $0.kind == .organization && $0.tokens.upperBound <= index && $0.tokens.count > 1 && headWord(of: $0) == head
                }) {
                    found.append((named, document.text(in: folded.tokens[index - 1].span.union(folded.tokens[index].span))))
                    break
                }
            }
        }
        return found
    }

    /// The folded word that heads a name: its last in English, its first in French.
    private func headWord(of named: SubjectOccurrence) -> String {
        folded[document.language == .en ? named.tokens.upperBound - 1 : named.tokens.lowerBound]
    }

    /// The largest membership on the publication date (any date without one) of the bodies the
    /// sentence names.
    private func largestBody(in sentence: Int, names: SubjectOccurrences, facts: any NumericFacts)
        -> (size: Decimal, body: Body)?
    {
        var best: (size: Decimal, body: Body)?
        func votersNamed(in index: Int) -> [(SubjectOccurrence, String?)] {
            names.inSentence(index).filter { $0.kind != .place && $0.kind != .person && isVoter($0.tokens) }.map { ($0, nil) }
        }
        var voters = votersNamed(in: sentence) + takenUp(in: sentence, names: names)
        if voters.isEmpty, votesOnText(sentence), sentence > 0,
            document.paragraphIndex(of: document.sentences[sentence - 1].span.start)
                == document.paragraphIndex(of: document.sentences[sentence].span.start)
        {
            // "The Assembly voted on Friday. The resolution received 143 votes in favour, …".
            voters = votersNamed(in: sentence - 1)
        }
        for (named, takenUpAs) in voters {
            for property in Self.membershipProperties {
                let held = facts.numericFacts(property, of: named.id).filter { fact in
                    fact.unit == nil && (document.published.map { fact.holds(during: $0...$0) } ?? true)
                }
                guard let size = held.map(\.value).max() else { continue }
                if size > best?.size ?? 0 {
                    best = (size, .reference(name: named.name, id: named.id, facts: held, takenUpAs: takenUpAs))
                }
                break
            }
        }
        return best
    }
}
