import FactDeskKit
import Foundation

/// Lists of counts that break down a whole in running text, outside parentheses and colons
/// (``BreakdownSums``):
///
/// - a whole said to be made of its parts adds up to them: « 62 voitures réparties entre 16
///   Hypercars, 24 LMP2 et 22 GT », « Avec 62 voitures, le plateau est composé de 16 …, 24 … et
///   une … » (a part written « un », « une », "one" counts one), "a jury made up of five women and
///   four men", "the 11-member panel, which is made up of four judges and seven citizens";
/// - a whole split into complementary halves (« femmes » and « hommes », "women" and "men",
///   « titulaires » and « suppléants », « à domicile » and « en déplacement »; not "for" and
///   "against", which leave out abstentions) in apposition or after a colon adds up to them: « les neuf jurés, cinq femmes et
///   quatre hommes, », « (6 matchs, trois à domicile et trois en déplacement) »,
///   « Le jury, composé de cinq femmes et quatre hommes, compte neuf membres »;
/// - parts of a whole brought in by « dont », "including", « parmi lesquels », or after « Sur les
///   51 accusés, » never add up to more than it: « 51 accusés, dont 18 détenus et 35 libres ».
///
/// Each list is read once from its opening words, so the work is linear in the tokens.
struct ListedParts {
    let check: NumberCheck

    /// A list of counts: their values, where it ends, and the first word after each count.
    struct List {
        var values: [Decimal]
        /// The tokens from the first count to the end of the last element.
        var tokens: Range<Int>
        /// The tokens from the first count to the end of the last: what a finding quotes.
        var counts: Range<Int>
        /// The first word after each count, folded.
        var nouns: [String]
        /// Whether nothing after the list adds to it (« …, ainsi que l’équipe X »).
        var isComplete: Bool
    }

    /// A partial list that adds up to more than its whole.
    struct Excess {
        var span: Span
        var whole: Mention
        var parts: [Decimal]
    }

    /// Words that count one as a list's element (« et une voiture »), folded.
    static let ones: Set<String> = ["un", "une", "one"]
    /// Words of an element after its count, at most.
    static let elementReach = 6
    /// Words that say a list goes on after its last count, folded.
    static let continuations: Set<String> = ["ainsi", "plus", "outre", "as", "along", "besides", "sans", "without"]
    /// Words that say a whole is made of the list after them, as folded word sequences.
    static let compositionWords = FoldedPhrases([
        ["compose", "de"], ["composee", "de"], ["composes", "de"], ["composees", "de"], ["compose", "d'"],
        ["composee", "d'"], ["composes", "d'"], ["composees", "d'"], ["constitue", "de"], ["constituee", "de"],
        ["constitues", "de"], ["constituees", "de"], ["forme", "de"], ["formee", "de"], ["repartis", "en"],
        ["reparties", "en"], ["repartis", "entre"], ["reparties", "entre"], ["se", "repartissent", "entre"],
        ["se", "repartissent", "en"], ["se", "repartissaient", "entre"], ["se", "repartissaient", "en"],
        ["divise", "en"], ["divises", "en"], ["divisee", "en"], ["made", "up", "of"], ["composed", "of"],
        ["comprising"], ["consisting", "of"], ["split", "into"], ["divided", "into"], ["split", "between"],
    ])
    /// Words that bring in some parts of the count before them, as folded word sequences.
    static let someWords = FoldedPhrases([
        ["dont"], ["including"], ["of", "whom"], ["of", "which"], ["among", "them"], ["parmi", "lesquels"],
        ["parmi", "lesquelles"], ["parmi", "eux"], ["parmi", "elles"],
    ])
    /// Words that open a whole whose parts follow after a comma: « Sur les 51 accusés, », "Of the 51 defendants,".
    static let wholeOpeners = FoldedPhrases([["sur"], ["parmi"], ["of"], ["among"]])
    /// Complementary halves: of people, of a jury, of matches. A split into both is all of them.
    static let halves: [Set<String>] = [
        ["femmes", "hommes"], ["women", "men"], ["filles", "garcons"], ["girls", "boys"], ["titulaires", "suppleants"],
        ["effectifs", "suppleants"], ["presents", "absents"], ["present", "absent"], ["domicile", "deplacement"],
        ["home", "away"],
    ]
    /// Prepositions before the noun of a part that names a side (« trois à domicile »), folded.
    static let sidePrepositions: Set<String> = ["a", "au", "en", "at", "on"]
    /// Verbs that state a whole after a split in apposition (« …, compte neuf membres »), folded.
    static let countingVerbs: Set<String> = ["compte", "comptait", "comptera", "reunit", "rassemble", "counts", "has", "had"]
    /// Words of a compound adjective that count members ("12-person", "20-nation"): a "20-page
    /// report" is not made of 20 of its chapters, folded.
    static let memberWords: Set<String> = [
        "person", "people", "member", "strong", "man", "seat", "nation", "country", "team", "player", "club",
    ]
    /// Relative pronouns between a noun and the words that compose it ("panel, which is made up of"), folded.
    static let relatives: Set<String> = ["which", "who", "that", "qui"]
    /// Auxiliaries between a relative pronoun and the words that compose its noun, folded.
    static let auxiliaries: Set<String> = ["is", "was", "are", "were", "est", "etait", "sont", "etaient"]
    /// How many tokens may stand between a whole and the words that bring in some of it
    /// (« 1 832 blessés, selon le bilan, dont »).
    static let wholeReach = 6
    /// How many tokens may stand between a whole and the words that compose it (« voitures, »).
    static let composedReach = 3
    /// How many words may bring in the parts after a whole opened by « Sur les », « Parmi ces »
    /// (« on dénombre », "there were").
    static let leadInReach = 3

    var tokens: [Token] { check.document.tokens }

    /// The full lists whose parts do not add up to their whole, in text order.
    func mismatches() -> [BreakdownSums.Mismatch] {
        var found: [BreakdownSums.Mismatch] = []
        for sentence in check.document.sentences {
            let range = sentence.tokens
            // A list starts with a count after the words or the comma that bring it in.
            let starts = check.tokensBeforeLastNumber(of: sentence)
            var index = starts.lowerBound
            while index < starts.upperBound {
                defer { index += 1 }
                if let end = Self.compositionWords.end(at: index, in: check.folded, sentence: range),
                    let list = list(from: end, in: range), list.values.count >= 2,
                    let whole = composedWhole(before: index, after: list, in: range),
                    let mismatch = mismatch(whole: whole, list: list)
                {
                    found.append(mismatch)
                    index = list.tokens.upperBound
                } else if tokens[index].text == "," || tokens[index].text == ":",
                    let whole = countEnding(before: index, in: range),
                    let list = list(from: index + 1, in: range), list.values.count == 2, isSplitInHalves(list),
                    tokens[index].text == ":" || endsApposition(after: list, in: range),
                    let mismatch = mismatch(whole: whole, list: list)
                {
                    // « les neuf jurés, cinq femmes et quatre hommes, », « neuf membres : cinq femmes et quatre hommes ».
                    found.append(mismatch)
                    index = list.tokens.upperBound
                }
            }
        }
        return found
    }

    /// The partial lists that add up to more than their whole, in text order.
    func excesses() -> [Excess] {
        var found: [Excess] = []
        for sentence in check.document.sentences {
            let range = sentence.tokens
            // A list starts with a count after the words that bring it in.
            let starts = check.tokensBeforeLastNumber(of: sentence)
            var index = starts.lowerBound
            while index < starts.upperBound {
                defer { index += 1 }
                var whole: Mention?
                var listStart: Int?
                if let end = Self.someWords.end(at: index, in: check.folded, sentence: range) {
                    // « 51 accusés, dont 18 détenus et 35 libres ».
                    whole = countBefore(index, in: range, approximate: true)
                    listStart = end
                } else if Self.wholeOpeners.end(at: index, in: check.folded, sentence: range) != nil,
                    opensClause(index, in: range),
                    let opened = openedWhole(after: index, in: range)
                {
                    // « Sur les 51 accusés, 18 comparaissent détenus, 35 libres et un est en fuite ».
                    (whole, listStart) = opened
                }
                // A whole of nought is a number split by a space the language does not group by ("54 000").
                guard let whole, let listStart, let list = list(from: listStart, in: range), list.values.count >= 2,
                    let wholeValue = BreakdownSums.plainValue(whole, language: check.document.language)?.upper,
                    wholeValue > 0
                else { continue }
                let sum = list.values.reduce(0, +)
                if sum > Self.greatest(whole, plain: wholeValue), !hasCount(before: whole, atLeast: sum) {
                    // The whole or a part may be wrong: the finding quotes both.
                    let parts = check.document.span(ofTokens: list.counts)
                    found.append(Excess(span: whole.span.union(parts), whole: whole, parts: list.values))
                }
                index = list.tokens.upperBound
            }
        }
        return found
    }

    /// The greatest value a whole allows against the exact parts listed after it: `plain`, the
    /// greatest of its reading as a count, or for an approximate whole (« environ 420 emplois,
    /// dont … ») one unit of its last significant digit past its value, and at least a fiftieth of
    /// it, never past `plain`: parts that add up to more are not what it rounds (« environ 450 »
    /// rounds 445, « environ 420 » does not).
    static func greatest(_ whole: Mention, plain: Decimal) -> Decimal {
        guard whole.bound?.relation == .approximately, case .number(let value) = whole.value, value > 0,
            value < 1_000_000_000_000
        else { return plain }
        // A whole number only: a figure with decimals rounds no sum of counts.
        guard Decimal(NSDecimalNumber(decimal: value).int64Value) == value else { return plain }
        return min(plain, value + max(ParityRounding.Figure(value).scale, value / 50))
    }

    /// A mismatch when the list's parts cannot make the whole: another sum for a complete list,
    /// a larger one for a list that may go on.
    func mismatch(whole: Mention, list: List) -> BreakdownSums.Mismatch? {
        guard let value = BreakdownSums.plainValue(whole, language: check.document.language) else { return nil }
        let sum = list.values.reduce(0, +)
        if value.contains(sum) { return nil }
        if !list.isComplete, let upper = value.upper, sum <= upper { return nil }
        let listSpan = check.document.span(ofTokens: list.counts)
        return BreakdownSums.Mismatch(span: whole.span.union(listSpan), whole: whole, parts: list.values)
    }

    /// The whole a list of composition words describes: the count right before the words
    /// (« 62 voitures réparties entre »), the count of an opening « Avec 62 voitures, », or — for
    /// a split in halves in apposition — the count a verb states right after it (« Le jury,
    /// composé de cinq femmes et quatre hommes, compte neuf membres »).
    private func composedWhole(before index: Int, after list: List, in sentence: Range<Int>) -> Mention? {
        // « 62 voitures réparties entre », « 62 voitures, réparties entre »: the whole's words only.
        if let whole = countBefore(index, in: sentence, reach: Self.composedReach) { return whole }
        if let whole = compoundWhole(before: index, in: sentence) { return whole }
        // « Le salon attire 4 200 exposants cette année, répartis entre … »: after a comma, the
        // one count its sentence writes before.
        if index > sentence.lowerBound, tokens[index - 1].text == ",", let whole = onlyCount(before: index - 1, in: sentence) {
            return whole
        }
        if isWord(sentence.lowerBound, in: ["avec", "with"]), let whole = check.number(startingAtToken: sentence.lowerBound + 1),
            BreakdownSums.plainCount(whole) != nil,
            !numbers(between: check.document.tokenRange(of: whole.span).upperBound, and: index)
        {
            return whole
        }
        guard isSplitInHalves(list), closesApposition(after: list, in: sentence) else { return nil }
        let verb = list.tokens.upperBound + 1
        guard isWord(verb, in: Self.countingVerbs), let whole = check.number(startingAtToken: verb + 1),
            BreakdownSums.plainCount(whole) != nil
        else { return nil }
        return whole
    }

    /// The whole written as a compound adjective of members (``memberWords``) of the noun a composition describes, the noun
    /// being followed by a comma and a relative clause or by the composition words themselves:
    /// "the 11-member panel, which is made up of", "a 9-member panel composed of".
    private func compoundWhole(before index: Int, in sentence: Range<Int>) -> Mention? {
        var noun = index - 1
        if isWord(noun, in: Self.auxiliaries) { noun -= 1 }
        if isWord(noun, in: Self.relatives) { noun -= 1 }
        if noun >= sentence.lowerBound, tokens[noun].text == "," { noun -= 1 }
        // « 12 », « - », « person », « jury »: the count, a hyphen and a word of members before the noun.
        let count = noun - 3
        guard count >= sentence.lowerBound, tokens[noun].kind == .word, isWord(noun - 1, in: Self.memberWords),
            tokens[noun - 2].text == "-", tokens[noun - 2].span.start == tokens[count].span.end,
            let whole = check.number(endingAtToken: count), BreakdownSums.plainCount(whole) != nil
        else { return nil }
        return whole
    }

    /// The plain count nearest before token `index`, within ``wholeReach`` tokens of words and
    /// commas, followed by a word (its noun).
    /// How many words before the whole another count may stand to take the parts.
    static let earlierWholeReach = 10

    /// Whether a count up to ``earlierWholeReach`` words before `whole`
    /// (``NumberCheck/count(before:reach:)``) is at least `sum`: « 480 épreuves réparties sur
    /// ses deux sessions, dont 310 …, 160 … et 10 … » lists the parts of that count, the whole a
    /// complement of it.
    private func hasCount(before whole: Mention, atLeast sum: Decimal) -> Bool {
        guard let earlier = check.count(before: whole, reach: Self.earlierWholeReach),
            let value = BreakdownSums.plainValue(earlier, language: check.document.language)?.upper
        else { return false }
        return value >= sum
    }

    /// The plain count at most `reach` words before token `index`, with its noun after it (« 51
    /// accusés » before « , dont »).
    /// - Parameter approximate: whether an approximate count (« environ 420 ») may be the whole.
    private func countBefore(
        _ index: Int, in sentence: Range<Int>, reach: Int = Self.wholeReach, approximate: Bool = false
    ) -> Mention? {
        var cursor = index - 1
        while cursor >= sentence.lowerBound, index - cursor <= reach + 1 {
            if let found = check.number(endingAtToken: cursor) {
                let after = check.document.tokenRange(of: found.span).upperBound
                let isCount = BreakdownSums.plainCount(found, bounds: approximate ? [.approximately] : []) != nil
                return after < index && tokens[after].kind == .word && isCount ? found : nil
            }
            guard tokens[cursor].kind == .word || tokens[cursor].text == ",",
                !isWord(cursor, in: BreakdownSums.joiners)
            else { return nil }
            cursor -= 1
        }
        return nil
    }

    /// The plain count whose noun ends right before token `index` (« neuf jurés » before its comma),
    /// that noun being at most `words` words long.
    func countEnding(before index: Int, in sentence: Range<Int>, words: Int = 2) -> Mention? {
        for cursor in stride(from: index - 2, through: max(sentence.lowerBound, index - 1 - words), by: -1) {
            if let found = check.number(endingAtToken: cursor) { return BreakdownSums.plainCount(found) != nil ? found : nil }
            guard tokens[cursor].kind == .word else { return nil }
        }
        return nil
    }

    /// Whether the word at `index` opens its sentence or a clause after a punctuation mark: « Sur
    /// les 51 accusés, » and "Hier, parmi les …" open a whole, "the presence of 20 members, and …"
    /// only names what the noun before it is made of.
    private func opensClause(_ index: Int, in sentence: Range<Int>) -> Bool {
        index == sentence.lowerBound || tokens[index - 1].kind == .punctuation
    }

    /// The whole after « sur les », « parmi les », "of the" and where its list starts, past a
    /// comma after the whole's words (« Sur les 51 accusés jugés, 18 … »); not when a conjunction
    /// brings in the counts after the comma, which are added to the whole ("Of 20 members, and
    /// nine guests").
    private func openedWhole(after opener: Int, in sentence: Range<Int>) -> (Mention, Int)? {
        var next = opener + 1
        if isWord(next, in: WholeFirstParts.determiners) || isWord(next, in: ["a", "un", "le"]) { next += 1 }
        // "Of the total of 120 delegates", « Sur un total de 120 délégués ».
        if isWord(next, in: ["total"]), isWord(next + 1, in: ["of", "de", "d'"]) { next += 2 }
        guard let whole = check.number(startingAtToken: next), BreakdownSums.plainCount(whole) != nil else { return nil }
        var cursor = check.document.tokenRange(of: whole.span).upperBound
        let last = min(sentence.upperBound, cursor + WholeFirstParts.tailLength + 1)
        while cursor < last, tokens[cursor].kind == .word { cursor += 1 }
        guard cursor < sentence.upperBound, tokens[cursor].text == "," else { return nil }
        // « Parmi ces 62 concurrents, on dénombre 16 …, 24 … et 21 … »: a few words may bring the list in.
        var first = cursor + 1
        while first < sentence.upperBound, first - cursor <= Self.leadInReach, check.number(startingAtToken: first) == nil,
            tokens[first].kind == .word, !isWord(first, in: BreakdownSums.joiners)
        {
            first += 1
        }
        return check.number(startingAtToken: first) == nil ? nil : (whole, first)
    }

    /// The list of counts starting at token `start`: two or more elements, each a plain count (or
    /// « un », « une », "one" after the first) followed by words, joined by commas and a last « et »,
    /// "and"; nil when an element holds another number or no words.
    func list(from start: Int, in sentence: Range<Int>) -> List? {
        var values: [Decimal] = []
        var nouns: [String] = []
        var index = start
        var end = start
        var countsEnd = start
        var isLast = false
        var isCommaJoined = false
        while index < sentence.upperBound {
            if let found = check.number(startingAtToken: index) {
                guard let value = BreakdownSums.plainCount(found) else { return nil }
                values.append(value)
                index = check.document.tokenRange(of: found.span).upperBound
            } else if !values.isEmpty, isWord(index, in: Self.ones), index + 1 < sentence.upperBound,
                tokens[index + 1].kind == .word
            {
                values.append(1)
                index += 1
            } else {
                break
            }
            countsEnd = index
            let words = index
            while index < sentence.upperBound, tokens[index].kind == .word, !isWord(index, in: BreakdownSums.joiners),
                index - words < Self.elementReach
            {
                index += 1
            }
            guard index > words, check.number(startingAtToken: index) == nil else { return nil }
            let noun = isWord(words, in: Self.sidePrepositions) && words + 1 < index ? words + 1 : words
            nouns.append(check.folded[noun])
            end = index
            if isLast { break }
            let hasComma = index < sentence.upperBound && tokens[index].text == ","
            if hasComma { index += 1 }
            if index < sentence.upperBound, isWord(index, in: BreakdownSums.joiners) {
                index += 1
                isLast = true
                isCommaJoined = hasComma
            } else if index == end {
                break
            }
        }
        // "including 12 schools, and 5,000 were flooded": a comma before "and" after one count
        // closes an aside; only a list of three or more takes a comma there.
        guard values.count >= 2, values.count > 2 || !isCommaJoined else { return nil }
        let goesOn = end + 1 < sentence.upperBound && tokens[end].text == "," && isWord(end + 1, in: Self.continuations)
        return List(
            values: values, tokens: start..<end, counts: start..<countsEnd, nouns: nouns, isComplete: isLast && !goesOn)
    }

    /// Whether a list of two counts splits people into complementary halves (« cinq femmes et quatre hommes »).
    private func isSplitInHalves(_ list: List) -> Bool {
        list.values.count == 2 && Self.halves.contains { $0 == Set(list.nouns) }
    }

    /// Whether a comma closes the list, as it closes an apposition.
    private func closesApposition(after list: List, in sentence: Range<Int>) -> Bool {
        list.tokens.upperBound < sentence.upperBound && tokens[list.tokens.upperBound].text == ","
    }

    /// Whether a comma, a closing parenthesis or the end of the sentence closes the list, as they
    /// close an apposition (« les 36 jurés, 12 titulaires et 24 suppléants. », « (6 matchs, trois à
    /// domicile et trois en déplacement) »).
    private func endsApposition(after list: List, in sentence: Range<Int>) -> Bool {
        let next = list.tokens.upperBound
        return next == sentence.upperBound || [",", ")"].contains(tokens[next].text)
            || (next + 1 == sentence.upperBound && tokens[next].kind == .punctuation)
    }

    /// Whether a number mention starts between the two tokens.
    /// The one number of the sentence before token `end`, when it is a plain count followed by a word (its noun).
    private func onlyCount(before end: Int, in sentence: Range<Int>) -> Mention? {
        let counts = (sentence.lowerBound..<end).compactMap { check.number(startingAtToken: $0) }
        guard counts.count == 1, let only = counts.first, BreakdownSums.plainCount(only) != nil,
            tokens[safe: check.document.tokenRange(of: only.span).upperBound]?.kind == .word
        else { return nil }
        return only
    }

    private func numbers(between start: Int, and end: Int) -> Bool {
        (start..<max(start, end)).contains { check.number(startingAtToken: $0) != nil }
    }

    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        check.folded.isWord(index, in: words)
    }

    func isWord(_ index: Int, in words: [String]) -> Bool {
        check.folded.isWord(index, in: words)
    }
}
