import FactDeskKit
import Foundation

/// Names and the count set beside them in apposition, which must agree: names before a count
/// of places ("The league will tour Kesra and Lomé, three cities it never played in", « à Kesra
/// et à Lomé, trois villes visitées »), or names after a count "of them" (« Trois d’entre
/// eux, Ana Ruiz et Léa Marr, ont renoncé », "Three of them, Ana Ruiz and Lea Marr, stayed").
///
/// The names are split at commas and at the last "and" / « et »; each starts with a capital
/// letter, after an article or a preposition of place at most. A list after a word that picks
/// some out (« notamment », "including", "such as") may name only some and is left out.
struct ApposedNameCounts {
    let check: NumberCheck

    /// Nouns of places a count after names may be of, folded.
    static let placeNouns: Set<String> = [
        "pays", "villes", "etats", "nations", "regions", "provinces", "capitales", "iles", "countries", "cities",
        "states", "capitals", "islands",
    ]
    /// Words before a name that open it without being part of it, folded.
    static let nameLeads: Set<String> = ["the", "le", "la", "les", "l'", "au", "aux", "en", "a", "in", "to"]
    /// Words that make a list partial, folded.
    static let partialWords: Set<String> = ["notamment", "including", "dont", "comme", "like", "such", "as"]
    /// The largest count read: a larger number beside names counts something else.
    static let largestCount: Decimal = 12
    /// How many tokens the names before a count may take.
    static let reach = 24

    private var tokens: [Token] { check.document.tokens }

    /// The counts their names contradict, in text order.
    func mismatches() -> [EnumerationCounts.Mismatch] {
        check.smallCounts(upTo: Self.largestCount).compactMap { small -> EnumerationCounts.Mismatch? in
            let (count, value, range, sentence) = (small.mention, small.value, small.tokens, small.sentence)
            if let listed = namesBefore(range, in: sentence), Decimal(listed.names) != value {
                return EnumerationCounts.Mismatch(
                    span: check.document.span(ofTokens: listed.start..<range.upperBound + 1), count: count,
                    listed: listed.names)
            }
            if let listed = namesOfThem(after: range, in: sentence), Decimal(listed.names) != value {
                return EnumerationCounts.Mismatch(
                    span: check.document.span(ofTokens: range.lowerBound..<listed.end), count: count, listed: listed.names)
            }
            return nil
        }
    }

    /// The names right before ", N <places>", with the token they start at.
    private func namesBefore(_ count: Range<Int>, in sentence: Range<Int>) -> (names: Int, start: Int)? {
        let comma = count.lowerBound - 1
        guard comma > sentence.lowerBound, tokens[comma].text == ",", count.upperBound < sentence.upperBound,
            check.folded.isWord(count.upperBound, in: Self.placeNouns)
        else { return nil }
        // The names run back to the sentence's start, a mark other than a comma or a hyphen, or a
        // word in lower case that is neither a joiner nor the lead of a name.
        var start = comma
        while start > max(sentence.lowerBound, comma - Self.reach) {
            let previous = start - 1
            let text = tokens[previous].text
            guard tokens[previous].kind == .word || text == "," || text == "-" || text == "'" || text == "’" else { break }
            if tokens[previous].kind == .word, text.first?.isLowercase == true,
                !check.folded.isWord(previous, in: Self.nameLeads), !check.folded.isWord(previous, in: BreakdownSums.joiners)
            {
                break
            }
            // « la visite de la maire Ana Ruiz à Kesra »: a lead right after a name opens the list.
            if check.folded.isWord(start, in: Self.nameLeads), tokens[previous].kind == .word,
                tokens[previous].text.first?.isUppercase == true
            {
                break
            }
            start = previous
        }
        guard start > sentence.lowerBound ? !check.folded.isWord(start - 1, in: Self.partialWords) : true else { return nil }
        return names(in: start..<comma).map { ($0, start) }
    }

    /// The names between commas right after "N of them" / « N d’entre eux », with the closing comma's token.
    private func namesOfThem(after count: Range<Int>, in sentence: Range<Int>) -> (names: Int, end: Int)? {
        let words = check.folded
        // « d’entre eux » in one token or two.
        let index = words.isWord(count.upperBound, in: ["d'"]) ? count.upperBound + 1 : count.upperBound
        guard index + 2 < sentence.upperBound,
            (words.isWord(index, in: ["d'entre", "entre"]) && words.isWord(index + 1, in: ["eux", "elles"]))
                || (words.isWord(index, in: ["of"]) && words.isWord(index + 1, in: ["them", "those"])),
            tokens[index + 2].text == ","
        else { return nil }
        let first = index + 3
        guard let close = (first..<min(sentence.upperBound, first + Self.reach)).first(where: { tokens[$0].text == "," })
        else { return nil }
        return names(in: first..<close).map { ($0, close) }
    }

    /// How many names the tokens hold, split at commas and at the last joiner; nil when an
    /// item does not start with a capital letter (after a lead word) or the list has one item.
    private func names(in range: Range<Int>) -> Int? {
        var items: [Range<Int>] = []
        var itemStart = range.lowerBound
        for index in range where tokens[index].text == "," || check.folded.isWord(index, in: BreakdownSums.joiners) {
            items.append(itemStart..<index)
            itemStart = index + 1
        }
        items.append(itemStart..<range.upperBound)
        guard items.count >= 2 else { return nil }
        for item in items {
            guard let first = item.first(where: { !check.folded.isWord($0, in: Self.nameLeads) }),
                tokens[first].kind == .word, tokens[first].text.first?.isUppercase == true
            else { return nil }
        }
        return items.count
    }
}
