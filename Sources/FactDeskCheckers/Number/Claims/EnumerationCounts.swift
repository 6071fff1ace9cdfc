import FactDeskKit
import Foundation

/// A count followed by a colon, a parenthesis or a dash and the names it counts: "the heads of
/// eleven other countries: Ghana, Kenya, …", « trois pays : le Mali, le Niger et le Tchad », "five
/// states (Ghana, Kenya and Chad)", "five states – Ghana, Kenya and Chad –". The names are split at commas
/// and at the last "and", « et »; a name that itself holds "and" ("Trinidad and Tobago") can only
/// add one to the names counted, so more names than the count are reported from a difference of
/// ``margin`` (of one when an article follows the last "and": « …, le Tessel et le Caldo »), fewer from one ("the 11 members – Ghana, …, Chad –" naming ten). Before a colon the
/// count's words may run on for a clause, years included ("Five films are in the running for the
/// 2024 awards: …", « Quatre villes sont concernées par le festival : … »); a list ends at its
/// sentence, or at a comma bringing in a relative clause, the sentence's verb or names added to
/// the count after its last name (« …, Cilaos et Petite-Ile, qui … », « …, le Westmark et
/// l’Estvale, se jouera », "…, Westmark and Eastvale, as well as Kesra"). « , à savoir » and ", namely" open a list as a colon does; after either,
/// asides in parentheses, words of a role before a name and items parted by semicolons are read
/// (``names(from:in:dashed:afterColon:)``). Lists of results are read in ``results(after:in:)``.
struct EnumerationCounts {
    let check: NumberCheck

    /// A count that its list of names contradicts.
    struct Mismatch {
        /// From the count to the end of the list.
        var span: Span
        var count: Mention
        var listed: Int
    }

    /// The largest count a list of names may spell out: a larger number before a colon is a
    /// year or a figure ("2024 Results: Men and Women"), not a count of the names after it.
    static let largestListed: Decimal = 100
    /// The smallest difference reported when the list names more than the count.
    static let margin = 2
    /// How many words may stand between the count and a parenthesis or a dash ("other countries").
    static let reach = 4
    /// How many tokens an aside in parentheses before the colon may take, its parentheses included.
    static let asideReach = 6
    /// How many tokens may stand between the count and a colon ("films are in the running as entries for the 2024 awards").
    static let colonReach = 16
    /// Articles and possessives before a count that make it the whole of a known group, folded.
    static let definiteWords: Set<String> = ["the", "its", "their", "les", "ses", "leurs", "ces"]
    /// Verbs that bring in the names themselves ("the 10 teams are India, …"), folded: the comma
    /// after the first name opens no apposition.
    static let listingVerbs: Set<String> = [
        "are", "is", "were", "was", "include", "includes", "included", "sont", "est", "etaient", "etait",
        "comprennent", "incluent", "seront",
    ]
    /// How many words may stand between such a count and the mark that opens its names.
    static let definiteReach = 9
    /// Relative pronouns that close a list after the comma that follows its last name, folded.
    static let relatives: Set<String> = ["qui", "dont", "ou", "which", "who", "where", "whose"]
    /// Marks that open a list of names after a count: a colon, a parenthesis, a dash.
    static let openers: Set<String> = [":", "(", "-", "–", "—"]
    /// Dashes, which also close a list they open.
    static let dashes: Set<String> = ["-", "–", "—"]
    /// Articles that may open a name, folded.
    static let articles: Set<String> = ["the", "le", "la", "les", "l'"]

    /// The counts their lists contradict, in text order.
    func mismatches() -> [Mismatch] {
        let document = check.document
        let tokens = document.tokens
        return check.numbers.indices.compactMap { position -> Mismatch? in
            let count = check.numbers[position]
            guard case .number(let value) = count.value, count.unit == nil, count.bound == nil, value >= 2,
                value <= Self.largestListed
            else {
                return nil
            }
            let range = document.tokenRange(of: count.span)
            let sentence = document.sentences[document.sentenceIndex(of: count.span.start)].tokens
            if let results = results(after: count, value: value, in: sentence) { return results }
            guard value >= 3 else { return nil }
            var index = range.upperBound
            while index < sentence.upperBound, index - range.upperBound < Self.colonReach,
                tokens[index].kind == .word || TimesAfterList.isYear(tokens[index])
            {
                index += 1
            }
            // « quatre nouveaux membres (vague 2026) : … »: an aside in parentheses before the colon.
            if index < sentence.upperBound, tokens[index].text == "(",
                let close = (index + 1..<min(sentence.upperBound, index + Self.asideReach)).first(where: { tokens[$0].text == ")" }),
                close + 1 < sentence.upperBound, tokens[close + 1].text == ":"
            {
                index = close + 1
            }
            // « …, à savoir », ", namely": a comma and the words of a list stand for a colon.
            var isNamed = false
            if index < sentence.upperBound, tokens[index].text == ",", let words = Self.namingWords(at: index + 1, check: check) {
                index += words
                isNamed = true
            }
            let isColon = isNamed || (index < sentence.upperBound && tokens[index].text == ":")
            // "The six finalists for the prize — …", « Les six pays fondateurs du CPM, l’Arvénie, … »:
            // after a definite article, the count's noun may run on, and a comma may open the names.
            let isDefinite = range.lowerBound > sentence.lowerBound && Self.definiteWords.contains(check.folded[range.lowerBound - 1])
            let isApposed =
                (isDefinite && index < sentence.upperBound && tokens[index].text == ","
                    && !(range.upperBound..<index).contains { Self.listingVerbs.contains(check.folded[$0]) })
                || opensNamedApposition(comma: index, count: range, in: sentence)
            // The opener first: most counts have none, and reading the value as an integer costs more.
            let isBareApposed = isApposed && !isDefinite
            guard index > range.upperBound, index < sentence.upperBound,
                isNamed || isApposed || Self.openers.contains(tokens[index].text),
                isColon
                    || (index - range.upperBound <= (isDefinite ? Self.definiteReach : Self.reach)
                        && !(range.upperBound..<index).contains { tokens[$0].kind == .number }),
                tokens[index].text != "-" || tokens[index].span.start > tokens[index - 1].span.end,
                // "12 films from five countries: …": the list is the nearer count's.
                !check.numbers[position + 1..<check.numbers.endIndex].prefix(1).contains(where: { nearer in
                    nearer.span.start < tokens[index].span.start
                        && !TimesAfterList.isYear(tokens[document.tokenIndex(from: nearer.span.start)])
                }),
                let expected = Int(exactly: value as NSNumber),
                let (named, end, isSplitByArticle) = names(
                    from: index + 1, in: sentence, dashed: Self.dashes.contains(tokens[index].text), afterColon: isColon),
                case let listed = named + (isApposed && namesPlace(before: index, after: range.upperBound) ? 1 : 0),
                listed >= 2, listed - expected >= (isSplitByArticle ? 1 : Self.margin) || expected > listed,
                !isBareApposed || namesOnly(from: index + 1, to: end)
            else { return nil }
            return Mismatch(span: count.span.union(tokens[end - 1].span), count: count, listed: listed)
        }
    }

    /// How many words the noun of a bare count may take before the comma of its apposition.
    static let bareNounReach = 2
    /// Small words that may stand inside the names of a bare count's apposition, folded.
    static let nameJoiners: Set<String> = ["les", "le", "la", "l'", "the", "de", "du", "des", "d'", "et", "and"]

    /// Whether the comma at `comma` follows a bare count and its noun of one or two words, and
    /// opens names with their article (« situé sur deux départements, les Hautes-Alpes et
    /// l’Isère, … », "in two regions, the Lowlands and the Fens."): the names the count counts.
    private func opensNamedApposition(comma: Int, count: Range<Int>, in sentence: Range<Int>) -> Bool {
        let tokens = check.document.tokens
        guard comma + 2 < sentence.upperBound, tokens[comma].text == ",", comma > count.upperBound,
            comma - count.upperBound <= Self.bareNounReach,
            (count.upperBound..<comma).allSatisfy({
                tokens[$0].kind == .word && !WordFolding.isCapitalised(tokens[$0].text)
            }),
            Self.articles.contains(check.folded[comma + 1]), WordFolding.isCapitalised(tokens[comma + 2].text)
        else { return false }
        return true
    }

    /// Whether the words from `start` to `end` are only capitalised words, commas and the small
    /// words of names (``nameJoiners``): "the Lowlands and the Fens", not « le Mali et le Niger en tête ».
    private func namesOnly(from start: Int, to end: Int) -> Bool {
        let tokens = check.document.tokens
        return (start..<end).allSatisfy { index in
            tokens[index].text == "," || tokens[index].text == "-"
                || (tokens[index].kind == .word
                    && (WordFolding.isCapitalised(tokens[index].text) || Self.nameJoiners.contains(check.folded[index])))
        }
    }

    /// Prepositions of place before the first name of a list, folded: "the six fairs held in
    /// Lyon, Leeds, …".
    static let placePrepositions: Set<String> = ["in", "at", "a", "en"]

    /// Whether the words from `start` to the comma at `comma` end with a preposition of place and
    /// capitalised words: the first name of the list the comma continues ("held in Lyon, …").
    private func namesPlace(before comma: Int, after start: Int) -> Bool {
        let tokens = check.document.tokens
        var index = comma - 1
        while index > start, tokens[index].kind == .word, WordFolding.isCapitalised(tokens[index].text) { index -= 1 }
        return index < comma - 1 && index >= start && Self.placePrepositions.contains(check.folded[index])
    }

    /// Words that bring in a list after a comma, as a colon does: « à savoir », "namely"; how
    /// many tokens they take from `index` (the comma's next), or `nil`.
    static func namingWords(at index: Int, check: NumberCheck) -> Int? {
        if check.folded.isWord(index, in: ["namely"]) { return 1 }
        return check.folded.isWord(index, in: ["a"]) && check.folded.isWord(index + 1, in: ["savoir"]) ? 2 : nil
    }

    /// How many names a list starting at `start` holds, where it ends, and whether its last
    /// names are surely two (parted by semicolons, or an article after the last "and": a name
    /// holding "and" — "Trinidad and Tobago" — is otherwise read as one more); nil when an item does
    /// not start with a capital or the list holds numbers. After a colon an aside in parentheses
    /// belongs to its item ("director Li Wen (Port Lac, Westmark)"), an item may open with the
    /// words of a role before its name ("actor and director Ana Ruiz"), and items parted by
    /// semicolons are counted whatever their first letter (« à savoir une exposition ; un concert ;
    /// et un bal »).
    private func names(from start: Int, in sentence: Range<Int>, dashed: Bool, afterColon: Bool) -> (Int, Int, Bool)? {
        let tokens = check.document.tokens
        let sentence = afterColon ? throughSemicolons(sentence) : sentence
        var end = start
        var isLast = false
        var depth = 0
        var semicolons = false
        while end < sentence.upperBound, !(dashed && Self.dashes.contains(tokens[end].text)),
            !(isLast && depth == 0 && tokens[end].text == "," && closesList(comma: end))
        {
            let text = tokens[end].text
            if afterColon, text == "(" {
                depth += 1
            } else if afterColon, text == ")", depth > 0 {
                depth -= 1
            } else if depth == 0, text == ";", afterColon {
                semicolons = true
            } else if depth == 0, [".", ";", ")", "(", "!", "?"].contains(text) {
                break
            }
            if depth == 0, check.folded.isWord(end, in: ["and", "et"]) { isLast = true }
            end += 1
        }
        // "26 countries: all EU members except Ireland, Cyprus …, plus Norway": no list of the names counted.
        guard depth == 0, !(start..<end).contains(where: { check.folded.isWord($0, in: Self.exceptions) }) else {
            return nil
        }
        if semicolons {
            let items = (start..<end).split { tokens[$0].text == ";" }
            guard items.count >= 2, !items.contains(where: { $0.contains { tokens[$0].kind == .number } }) else {
                return nil
            }
            return (items.count, end, true)
        }
        var level = 0
        let items = (start..<end).split { index in
            if tokens[index].text == "(" { level += 1 } else if tokens[index].text == ")" { level -= 1 }
            return level == 0 && tokens[index].text == ","
        }
        guard !items.isEmpty else { return nil }
        var count = 0
        var isSplitByArticle = false
        for (offset, item) in items.enumerated() {
            var parts = [item]
            if offset == items.count - 1,
                let joiner = item.lastIndex(where: { ["and", "et"].contains(Fold.word(tokens[$0].text)) })
            {
                parts = [item[item.startIndex..<joiner], item[(joiner + 1)...]]
                // « … le Tessel et le Caldo »: an article after "and" opens another name.
                isSplitByArticle = joiner + 1 < item.endIndex && Self.articles.contains(Fold.word(tokens[joiner + 1].text))
            }
            // ", et Iran", ", and Chad": a comma before the last "and" leaves an empty part.
            for part in parts where !(part.isEmpty && offset > 0) {
                var first = part.startIndex
                if first < part.endIndex, Self.articles.contains(Fold.word(tokens[first].text)) { first += 1 }
                if afterColon { first = nameAfterRole(from: first, in: part) }
                guard first < part.endIndex, tokens[first].kind == .word, Fold.isCapitalised(tokens[first].text),
                    !Self.outsideAsides(part, tokens: tokens).contains(where: { tokens[$0].kind == .number })
                else { return nil }
                count += 1
            }
        }
        return (count, end, isSplitByArticle)
    }

    /// Whether a comma after the last item's "and" ends the list: a relative pronoun (« …,
    /// Cilaos et Petite-Ile, qui … ») or the sentence's verb (« …, l’Écosse et le pays de
    /// Galles, se tiendra … ») follows it — a word in lowercase, not one that adds another
    /// group ("and", « et », "plus"), nor the words of a role before a name ("…, director Li Wen").
    private func closesList(comma: Int) -> Bool {
        let tokens = check.document.tokens
        let next = comma + 1
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        if check.folded.isWord(next, in: Self.relatives) || addsOthers(at: next) { return true }
        // "…, director Li Wen": the words of a role before another name.
        let roleOrVerb = next..<min(tokens.count, next + Self.roleReach + 1)
        return !Fold.isCapitalised(tokens[next].text) && !check.folded.isWord(next, in: Self.groupJoiners)
            && !roleOrVerb.contains { tokens[$0].kind == .word && Fold.isCapitalised(tokens[$0].text) }
    }

    /// Words after a comma that add names outside the count: "…, as well as Eastvale", « …, ainsi
    /// que l’Estvale », « tout comme », "along with", folded.
    static let othersJoiners: [(String, String)] = [
        ("as", "well"), ("ainsi", "que"), ("tout", "comme"), ("de", "meme"), ("along", "with"), ("together", "with"),
    ]

    /// Whether the words at `index` add names the count leaves out (``othersJoiners``).
    private func addsOthers(at index: Int) -> Bool {
        Self.othersJoiners.contains { first, second in
            check.folded.isWord(index, in: [first]) && check.folded.isWord(index + 1, in: [second])
        }
    }

    /// Words after a comma that add another group of names to a list, folded.
    static let groupJoiners: Set<String> = ["and", "et", "plus", "as", "ainsi", "or", "ou"]

    /// The tokens of an item outside its asides in parentheses: « Lynx (voiliers de 38 pieds) »
    /// holds no number of its own.
    private static func outsideAsides(_ part: Range<Int>, tokens: [Token]) -> [Int] {
        var depth = 0
        return part.filter { index in
            if tokens[index].text == "(" { depth += 1 } else if tokens[index].text == ")" { depth = max(0, depth - 1); return false }
            return depth == 0
        }
    }

    /// The sentence with those that follow it while it ends on a semicolon: the items of a list
    /// parted by semicolons.
    private func throughSemicolons(_ sentence: Range<Int>) -> Range<Int> {
        let document = check.document
        var upper = sentence.upperBound
        while upper < document.tokens.count, document.tokens[upper - 1].text == ";" {
            upper = document.sentences[document.sentenceIndex(of: document.tokens[upper].span.start)].tokens.upperBound
        }
        return sentence.lowerBound..<upper
    }

    /// Words that make a list no count of its names: "all … except", « sauf », "plus".
    static let exceptions: Set<String> = [
        "except", "excluding", "besides", "plus", "sauf", "hormis", "excepte", "outre", "including", "notamment",
    ]
    /// Words of quantity that open no role: "all EU members", « tous les pays ».
    static let quantifiers: Set<String> = ["all", "every", "each", "tous", "toutes", "tout", "chaque", "other", "autres"]

    /// How many words of a role may open an item before its name: "actor and director".
    static let roleReach = 3

    /// The first capitalised word of an item within ``roleReach`` words in lowercase ("director
    /// Li Wen"), else `start`.
    private func nameAfterRole(from start: Int, in part: Range<Int>) -> Int {
        let tokens = check.document.tokens
        var index = start
        while index < part.endIndex, index - start <= Self.roleReach, tokens[index].kind == .word,
            !Fold.isCapitalised(tokens[index].text), !check.folded.isWord(index, in: Self.quantifiers)
        {
            index += 1
        }
        return index < part.endIndex && index - start <= Self.roleReach && Fold.isCapitalised(tokens[index].text)
            ? index : start
    }
}
