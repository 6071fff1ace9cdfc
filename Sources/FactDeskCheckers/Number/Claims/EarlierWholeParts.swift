import FactDeskKit
import Foundation

/// Parts whose whole was counted in the sentence before, named back at the head of theirs:
/// « Le séisme a fait 310 blessés. Parmi ces blessés, 420 … », "The storm injured 96 people.
/// Of them, 130 …", "… and 75 wounded. Among the wounded were 90 children". The whole is the one
/// count of the sentence before that the head names back: after a pronoun (« parmi elles »,
/// "of them") the sentence before must hold one count only; after a noun (« parmi ces
/// blessés », "of the wounded") one count only must be of that noun, written right after it or
/// as the participle of its clause (« 140 personnes ont été blessées »). A whole written as a
/// lower bound ("more than 300") is never exceeded.
struct EarlierWholeParts {
    let check: NumberCheck

    /// A part and the whole it was read against.
    struct Part {
        /// The part's number.
        var mention: Mention
        /// The whole's number.
        var whole: Mention
    }

    /// Words that open a head naming a whole back, folded.
    static let openers: Set<String> = ["parmi", "of", "among"]
    /// Pronouns of the whole after an opener, folded.
    static let pronouns: Set<String> = ["eux", "elles", "them", "these", "those"]
    /// Determiners before the whole's noun, folded.
    static let determiners: Set<String> = ["ces", "les", "the", "these", "those"]
    /// Verbs between a head and its part ("Among the wounded were 90 children"), folded.
    static let copulas: Set<String> = ["were", "are", "figurent", "figuraient", "figurait", "figure"]
    /// Words that may stand between a count and its noun ("202 autres personnes"), folded.
    static let countLeads: Set<String> = ["autres", "other", "more", "de", "d'"]
    /// Stems of nouns of victims, which name back the dead when no count is of them.
    static let victimStems = Set(["victims", "victimes"].map(stem))
    /// Stems of nouns of the dead that "victims" names back.
    static let deathStems = Set(["deaths", "dead", "fatalities", "killed", "morts", "tues", "deces"].map(stem))
    /// How many tokens after a count its participle may stand (« personnes ont été blessées »).
    static let participleReach = 5

    /// The parts larger than the whole named back, in text order.
    func partsOverWhole() -> [Part] {
        let document = check.document
        let tokens = document.tokens
        var parts: [Part] = []
        for index in document.sentences.indices.dropFirst() {
            let sentence = document.sentences[index]
            // Cheap test first: the sentence opens on a word whose first letter may open a head.
            guard let first = sentence.tokens.first, tokens[first].kind == .word,
                let byte = tokens[first].text.utf8.first, [0x50, 0x70, 0x4F, 0x6F, 0x41, 0x61].contains(byte),
                Self.openers.contains(check.folded[first]),
                let head = head(of: sentence), let part = check.number(startingAtToken: head.partToken),
                case .number = part.value,
                case let before = document.sentences[index - 1],
                document.paragraphIndex(of: before.span.start) == document.paragraphIndex(of: sentence.span.start),
                let whole = whole(in: before, named: head.noun), whole.unit == part.unit,
                let partValue = value(of: part)?.lower, let wholeValue = value(of: whole)?.upper,
                wholeValue > 0, partValue > wholeValue
            else { continue }
            parts.append(Part(mention: part, whole: whole))
        }
        return parts
    }

    /// The head of `sentence` naming a whole back: its noun (nil for a pronoun) and the token
    /// of the part's number after it.
    private func head(of sentence: Sentence) -> (noun: String?, partToken: Int)? {
        let start = sentence.tokens.lowerBound
        func word(_ index: Int) -> String {
            index < sentence.tokens.upperBound && check.document.tokens[index].kind == .word ? check.folded[index] : ""
        }
        func text(_ index: Int) -> String {
            index < sentence.tokens.upperBound ? check.document.tokens[index].text : ""
        }
        if Self.pronouns.contains(word(start + 1)), text(start + 2) == "," {
            return (nil, start + 3)
        }
        guard Self.determiners.contains(word(start + 1)), !word(start + 2).isEmpty else { return nil }
        let noun = Self.stem(word(start + 2))
        if text(start + 3) == "," || Self.copulas.contains(word(start + 3)) { return (noun, start + 4) }
        return nil
    }

    /// The one count of `sentence` the head names back: the only count for a pronoun, the only
    /// count of `noun` for a noun.
    private func whole(in sentence: Sentence, named noun: String?) -> Mention? {
        let counts = check.numbers.filter { mention in
            guard sentence.span.contains(mention.span), case .number(let value) = mention.value else { return false }
            return !Self.isYear(value, text: mention.text)
        }
        guard let noun else { return counts.count == 1 ? counts[0] : nil }
        let named = counts.filter { isCount($0, of: noun) }
        if named.count == 1 { return named[0] }
        guard named.isEmpty, Self.victimStems.contains(noun) else { return nil }
        let dead = counts.filter { count in Self.deathStems.contains { isCount(count, of: $0) } }
        return dead.count == 1 ? dead[0] : nil
    }

    /// Whether the count `mention` is of `noun`: written right after it (past "autres",
    /// "other"), or as a participle of its clause.
    private func isCount(_ mention: Mention, of noun: String) -> Bool {
        let tokens = check.document.tokens
        let sentence = check.document.sentences[check.document.sentenceIndex(of: mention.span.start)]
        var index = check.document.tokenRange(of: mention.span).upperBound
        while index < sentence.tokens.upperBound, Self.countLeads.contains(check.folded[index]) { index += 1 }
        let last = min(sentence.tokens.upperBound, index + Self.participleReach)
        for next in index..<last {
            guard tokens[next].kind == .word else { return false }
            if Self.stem(check.folded[next]) == noun { return true }
        }
        return false
    }

    /// A folded word without its plural or feminine ending: "blessées" and « blessés » as "bless".
    static func stem(_ word: String) -> String {
        var stem = Substring(word)
        if stem.count > 3, stem.hasSuffix("s") || stem.hasSuffix("x") { stem = stem.dropLast() }
        while stem.count > 3, stem.hasSuffix("e") { stem = stem.dropLast() }
        return String(stem)
    }

    /// A number written as a year ("1982"), not a count.
    private static func isYear(_ value: Decimal, text: String) -> Bool {
        value >= 1800 && value <= 2100 && text.allSatisfy(\.isNumber)
    }

    private func value(of mention: Mention) -> ClaimedValue? {
        let written = WrittenNumber(mention.text, language: check.document.language)
        return ClaimedValue(mention, precision: written.precision(of: ClaimBuilder.writtenValue(mention)))
    }
}
