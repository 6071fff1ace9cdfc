import FactDeskKit
import Foundation

/// Percentages that share one whole within a sentence: each followed by the same complement
/// ("60 % des voix … 45 % des voix"), or one with a complement and those after it that have
/// none ("60 % des voix, la liste B 45 %"), or a list whose last share carries the complement
/// ("54 %, 36 % et 3 % des voix", "54%, 36% and 3% of the votes"), or the sides of one vote ("71% in favour and 39%
/// against", « 52 % pour et 48 % contre »). Percentages of change ("une hausse de 60 %", "12 %
/// de plus", "rose 60%") share nothing, nor do shares that are each the subject of their own
/// verb: « 69 % des visiteurs étaient franciliens, 32 % sont venus en famille » says two
/// independent things of the visitors. A share after « dont », "including", "of which" is a part
/// of the share before it (« 78 % de placement, dont 30 % dans la fonction publique »), and so is
/// a share of one of its parts alone (« …, et l’Orvald à lui seul 55 % », "Orvald alone 55%").
struct PercentShares {
    let check: NumberCheck

    /// A group of shares of one whole adding up to more than 100 %.
    struct Group {
        var span: Span
        var total: Decimal
    }

    /// Words that make a percentage a change rather than a share, folded.
    static let changeWords: Set<String> = [
        "hausse", "baisse", "augmentation", "diminution", "progression", "recul", "croissance", "plus", "moins",
        "augmente", "progresse", "recule", "more", "less", "increase", "decrease", "rise", "rose", "fall",
        "fell", "up", "down", "growth", "grew", "jump", "jumped", "drop", "dropped",
    ]

    /// The groups of two or more shares whose least values add up to more than 100 %.
    func groupsOverHundred() -> [Group] {
        let tokens = check.document.tokens
        var groups: [Group] = []
        var current: (key: String, sentence: Int, span: Span, total: Decimal, count: Int)?
        // Shares listed before the one that names their whole: "54 %, 36 % et 3 % des voix".
        var listed: (sentence: Int, span: Span, total: Decimal, count: Int)?
        func close() {
            if let group = current, group.count > 1, group.total > 100 {
                groups.append(Group(span: group.span, total: group.total))
            }
            current = nil
        }
        for mention in check.numbers {
            guard case .percent(let value) = mention.value else { continue }
            let range = check.document.tokenRange(of: mention.span)
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            if current?.sentence != sentence { close() }
            if listed?.sentence != sentence { listed = nil }
            if isSubShare(range.lowerBound, tokens: tokens) || isAloneShare(range.lowerBound, tokens: tokens) { continue }
            guard !isChange(range, tokens: tokens), !isClauseSubject(range.upperBound, tokens: tokens) else {
                close()
                listed = nil
                continue
            }
            let least = Self.least(value, bound: mention.bound?.relation)
            let key =
                complement(after: range.upperBound, tokens: tokens) ?? side(after: range.upperBound, tokens: tokens)
                ?? current?.key
            guard let key else {
                if isListed(before: range.upperBound, tokens: tokens) {
                    listed = listed.map { ($0.sentence, $0.span.union(mention.span), $0.total + least, $0.count + 1) }
                        ?? (sentence, mention.span, least, 1)
                } else {
                    listed = nil
                }
                continue
            }
            if let group = current, group.key == key {
                current = (key, sentence, group.span.union(mention.span), group.total + least, group.count + 1)
            } else {
                close()
                current = (key, sentence, mention.span, least, 1)
                if let listed {
                    current = (key, sentence, listed.span.union(mention.span), listed.total + least, listed.count + 1)
                }
            }
            listed = nil
        }
        close()
        return groups
    }

    /// The noun after "des", "de la", "of the" following a percentage, folded.
    private func complement(after index: Int, tokens: [Token]) -> String? {
        var next = index
        guard next < tokens.count, ClaimWords.complementWords.contains(Fold.word(tokens[next].text)) else { return nil }
        next += 1
        if next < tokens.count, ClaimWords.articles.contains(Fold.word(tokens[next].text)) { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word else { return nil }
        let word = Fold.word(tokens[next].text)
        return Self.changeWords.contains(word) ? nil : word
    }

    /// Whether a comma, "et" or "and" and another number follow a share: it is listed with the next one.
    private func isListed(before index: Int, tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index]
        guard next.text == "," || BreakdownSums.joiners.contains(Fold.word(next.text)) else { return false }
        return tokens[index + 1].kind == .number
    }

    /// Words that name a side of a vote right after a percentage, folded.
    static let sideWords: Set<String> = ["pour", "contre", "against", "for", "abstention", "abstentions"]
    /// Words that may follow a side of a vote, folded.
    static let sideFollowers: Set<String> = ["et", "and", "mais", "but", "soit", "with", "avec"]

    /// "vote" when the words after a percentage name a side of a vote ("in favour", "against",
    /// "pour", "contre") and nothing more follows in the phrase: "60 % pour les ménages" is not one.
    private func side(after index: Int, tokens: [Token]) -> String? {
        var next = index
        if next + 1 < tokens.count, Fold.word(tokens[next].text) == "in",
            ["favour", "favor"].contains(Fold.word(tokens[next + 1].text))
        {
            next += 2
        } else if next < tokens.count, Self.sideWords.contains(Fold.word(tokens[next].text)) {
            next += 1
        } else {
            return nil
        }
        guard next < tokens.count, tokens[next].kind != .punctuation else { return "vote" }
        return Self.sideFollowers.contains(Fold.word(tokens[next].text)) ? "vote" : nil
    }

    /// Verbs that make a share the subject of its own clause when they follow it or its
    /// complement ("32 % sont venus", "69% of visitors were"), folded.
    static let clauseVerbs: Set<String> = [
        "est", "sont", "etait", "etaient", "sera", "seront", "a", "ont", "avait", "avaient", "auront", "se", "s'",
        "is", "are", "was", "were", "will", "would", "have", "has", "had", "say", "said", "think", "thought",
    ]

    /// Whether a verb follows the percentage, or its complement ("des visiteurs étaient").
    private func isClauseSubject(_ index: Int, tokens: [Token]) -> Bool {
        var next = index
        if complement(after: index, tokens: tokens) != nil {
            next += 1
            if next < tokens.count, ClaimWords.articles.contains(Fold.word(tokens[next].text)) { next += 1 }
            next += 1
        }
        return next < tokens.count && tokens[next].kind == .word && Self.clauseVerbs.contains(Fold.word(tokens[next].text))
    }

    /// Words right before a percentage that make it a part of the share before it, folded: « 78 %
    /// de placement, dont 30 % dans la fonction publique », "64% of the votes, including 41% in the capital".
    static let subShareOpeners: Set<String> = ["dont", "including", "which", "whom"]

    /// Whether the percentage at token `index` is a part of the share before it rather than
    /// another share of the same whole.
    private func isSubShare(_ index: Int, tokens: [Token]) -> Bool {
        index > 0 && Self.subShareOpeners.contains(Fold.word(tokens[index - 1].text))
    }

    /// Whether "alone" or « à lui seul » stands a few words before the share at `index`: « et le
    /// Norland à lui seul 55 % », "Norland alone 55%", the share of one of the parts before it.
    private func isAloneShare(_ index: Int, tokens: [Token]) -> Bool {
        (max(0, index - Self.aloneReach)..<index).contains { position in
            let word = Fold.word(tokens[position].text)
            return word == "alone"
                || (Self.aloneWords.contains(word) && position >= 2 && Fold.word(tokens[position - 2].text) == "a")
        }
    }

    /// Words of « à lui seul », « à elle seule », « à eux seuls », « à elles seules », folded.
    static let aloneWords: Set<String> = ["seul", "seule", "seuls", "seules"]
    /// How many tokens before a share "alone" or « à lui seul » may stand.
    static let aloneReach = 5

    /// Whether a word of change stands within three words before or two after.
    private func isChange(_ range: Range<Int>, tokens: [Token]) -> Bool {
        let around = max(0, range.lowerBound - 3)..<min(tokens.count, range.upperBound + 2)
        return around.contains { index in
            !range.contains(index) && tokens[index].kind == .word
                && Self.changeWords.contains(Fold.word(tokens[index].text))
        }
    }

    /// A share of one part alone above the share of the parts before it in its sentence.
    struct AloneExcess {
        /// From the group's share to the part's.
        var span: Span
        var part: Decimal
        var whole: Decimal
    }

    /// The shares of one part alone above the share before them in their sentence: « 87 % des
    /// ventes, et le Norland à lui seul 95 % ».
    func aloneSharesAboveGroup() -> [AloneExcess] {
        let tokens = check.document.tokens
        var found: [AloneExcess] = []
        var previous: (mention: Mention, value: Decimal, sentence: Int)?
        for mention in check.numbers {
            guard case .percent(let value) = mention.value else { continue }
            let range = check.document.tokenRange(of: mention.span)
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            guard isAloneShare(range.lowerBound, tokens: tokens) else {
                previous = (mention, value, sentence)
                continue
            }
            if let group = previous, group.sentence == sentence, value > group.value {
                found.append(AloneExcess(span: group.mention.span.union(mention.span), part: value, whole: group.value))
            }
        }
        return found
    }

    /// The least share the words allow.
    private static func least(_ value: Decimal, bound: NumberBound.Relation?) -> Decimal {
        switch bound {
        case nil, .moreThan, .atLeast: value
        case .approximately, .nearly: value * (1 - ClaimedValue.approximation)
        case .lessThan, .atMost: 0
        }
    }
}
