import FactDeskKit

extension RangeDurationMismatchRule {
    /// Words that may stand between a length and the days it lasts when a verb of taking place
    /// joins them, folded: « le sommet de trois jours se tient les 10 et 11 juin », "the
    /// three-day fair is held on 3, 4 and 5 May".
    static let heldJoiners: Set<String> = [
        "se", "s'", "a", "eu", "aura", "est", "sera", "lieu", "is", "was", "will", "be", "on", "les", "le", "the",
        "take", "takes", "took", "place", "from",
    ]
    /// How many tokens may stand between the length and the days.
    static let heldReach = 5

    /// Whether the days listed in `list` follow the length of tokens `length` as its own: set
    /// apart by a comma when the length opens the sentence (« Pendant trois jours, les 4 et 5
    /// octobre, »; not "held over two days, on 2, 3 and 4 July", which may be part of them) or
    /// follows its noun in French (« des fêtes de trois jours, samedi 7 et dimanche 8 »), or
    /// after a verb of taking place (« le sommet de trois jours se tient les 10 et 11 juin », "the
    /// two-day forum held from the 8th and the 9th of May", "the two-day meeting took place
    /// on 12 and 13 March").
    static func listFollows(_ length: Range<Int>, list: Span, check: DateCheck) -> Bool {
        let end = length.upperBound
        let first = check.document.tokenIndex(from: list.start)
        guard first > end, first - end <= heldReach else { return false }
        let between = end..<first
        if check.tokens[end].text == "," {
            let opening = check.document.sentences[check.document.sentenceIndex(of: check.tokens[end].span.start)]
                .tokens.lowerBound
            // « des fêtes de trois jours, samedi 7 et dimanche 8 mars »: the French
            // compound after its noun, then the days in apposition.
            let isFrenchCompound =
                ["de", "d'"].contains(check.word(length.lowerBound - 1)) && length.lowerBound >= 2
                && check.tokens[length.lowerBound - 2].kind == .word
            guard length.lowerBound <= opening + 1 || isFrenchCompound else { return false }
            return first == end + 1 || (first == end + 2 && ["les", "le", "on", "du"].contains(check.word(end + 1)))
        }
        if isHeldBefore(length, listedAt: first, check: check) { return true }
        // "the two-day forum held from the 8th and the 9th": the event noun the length describes may come first.
        let joined = EventWords.nouns.contains(check.word(end)) || check.word(end) == "event" ? end + 1..<first : between
        return joined.contains { index in
            EventHeldWeekday.heldVerbs.contains(check.word(index)) || check.word(index) == "lieu"
                || (check.word(index) == "place" && EventHeldWeekday.placeTakers.contains(check.word(index - 1)))
        }
            && joined.allSatisfy {
                heldJoiners.contains(check.word($0)) || EventHeldWeekday.heldVerbs.contains(check.word($0))
            }
    }

    /// How many words may name what a compound length ("three-day") describes before "on" and its days.
    static let compoundNounReach = 3

    /// Verbs of holding an event before it: "hold a two-day meeting on 4, 5 and 6 June", « tiendront
    /// une réunion de deux jours les 4 et 5 juin ».
    static let holdingVerbs: Set<String> = [
        "hold", "holds", "held", "holding", "host", "hosts", "hosted", "hosting", "tient", "tiennent", "tiendra",
        "tiendront", "organise", "organisent", "organisera", "organiseront",
    ]

    /// Verbs of meeting before "for" and the event: "will gather for a two-day meeting on June 4 and 5".
    static let gatheringVerbs: Set<String> = ["gather", "gathers", "gathered", "meet", "meets", "met", "convene", "convenes", "convened"]

    /// Whether a verb of holding, an article and the event the length describes come with the
    /// days right after them: "held a two-day meeting on 4, 5 and 6 June" (the length before the
    /// noun), « tiendront une réunion de deux jours les 4 et 5 juin » (after it, with « de »).
    private static func isHeldBefore(_ length: Range<Int>, listedAt first: Int, check: DateCheck) -> Bool {
        let start = length.lowerBound
        let end = length.upperBound
        if check.document.language == .en {
            guard check.word(first - 1) == "on", ClaimWords.indefiniteArticles.contains(check.word(start - 1)) else {
                return false
            }
            let nouns = end..<first - 1
            if first == end + 2, EventWords.nouns.contains(check.word(end)),
                holdingVerbs.contains(check.word(start - 2))
                    || (check.word(start - 2) == "for" && gatheringVerbs.contains(check.word(start - 3)))
            {
                return true
            }
            // "opened with a three-day town-wide fair on May 12 and 13": a compound
            // length after "with", "for" or a verb of holding makes the days after its noun that
            // noun's own (not "praised a three-day meeting on 12 and 13 March", praised on those days).
            let text = check.document.text(in: Span(start: check.tokens[start].span.start, end: check.tokens[end - 1].span.end))
            let lead = check.word(start - 2)
            return text.contains("-") && !nouns.isEmpty && (["with", "for"].contains(lead) || holdingVerbs.contains(lead))
                && nouns.filter({ check.tokens[$0].kind == .word }).count <= compoundNounReach
                && nouns.allSatisfy { check.tokens[$0].kind == .word || check.tokens[$0].text == "-" }
        }
        return first == end + 1 && ["les", "le"].contains(check.word(end))
            && ["de", "d'"].contains(check.word(start - 1)) && EventWords.nouns.contains(check.word(start - 2))
            && ClaimWords.indefiniteArticles.contains(check.word(start - 3)) && holdingVerbs.contains(check.word(start - 4))
    }
}
