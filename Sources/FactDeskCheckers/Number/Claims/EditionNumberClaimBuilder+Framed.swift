import FactDeskKit
import FactDeskText

/// Ordinals set inside a series' name or after its body's possessive — « les Jeux de la XXXIIIe
/// Olympiade » ("Jeux de l’Olympiade"), "INTERPOL's 94th General Assembly" ("INTERPOL General
/// Assembly"), "the UN's 81st General Assembly", "INTERPOL opened its 94th General Assembly" — and
/// Roman numerals without a French suffix before or inside a series' name ("the XXV Olympic
/// Winter Games", "the Games of the XXXIII Olympiad", "XXXIIIrd").
extension EditionNumberClaimBuilder {
    /// How many words of the name may stand before the ordinal.
    static let framingWordsBefore = 3
    /// How many words of the name may stand after the ordinal.
    static let framingWordsAfter = 5
    /// French articles that elide before a vowel: « de la XXXIIIe Olympiade » names the « Jeux de
    /// l’Olympiade ».
    static let elidingArticles: Set<String> = ["la", "le"]

    /// The series whose name is words before the ordinal (the first capitalised) and words from
    /// `next` on, and the token after its last word.
    func framedSeries(ordinal: Range<Int>, next: Int, sentence: Int) -> (series: SubjectOccurrence, end: Int)? {
        let tokens = document.tokens
        let bounds = document.sentences[sentence].tokens
        var before: [Int] = []
        var index = ordinal.lowerBound - 1
        while index >= bounds.lowerBound, before.count < Self.framingWordsBefore, tokens[index].kind == .word {
            before.insert(index, at: 0)
            index -= 1
        }
        var after: [Int] = []
        index = next
        while index < bounds.upperBound, after.count < Self.framingWordsAfter, tokens[index].kind == .word {
            after.append(index)
            index += 1
        }
        guard !after.isEmpty, Fold.isCapitalised(tokens[after[0]].text) else { return nil }
        if ordinal.lowerBound > bounds.lowerBound,
            Self.possessives.contains(folded[ordinal.lowerBound - 1]),
            let possessed = possessedSeries(before: ordinal.lowerBound, after: after, sentence: sentence)
        {
            return possessed
        }
        for first in before.indices where Fold.isCapitalised(tokens[before[first]].text) {
            let head = before[first...].map { SubjectOccurrences.withoutPossessive(tokens[$0].text) }
            var heads = [head]
            if document.language == .fr, let last = head.last, Self.elidingArticles.contains(Fold.word(last)) {
                heads.append(head.dropLast() + ["l'"])
            }
            for count in (1...after.count).reversed() {
                let tail = after[..<count].map { tokens[$0].text }
                for head in heads {
                    let words = head + tail
                    guard
                        let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                            $0.words == 0..<words.count && $0.subject.kind == .series
                        })
                    else { continue }
                    let series = SubjectOccurrence(
                        id: match.subject.id, kind: .series, name: match.subject.name,
                        tokens: before[first]..<after[count - 1] + 1)
                    return (series, after[count - 1] + 1)
                }
            }
        }
        return nil
    }

    /// After a possessive, the series named with the words after the ordinal and a body named
    /// before it in the sentence ("INTERPOL opened its 94th General Assembly", « L’ONU tient sa
    /// 81e Assemblée générale »), and the token after its last word.
    private func possessedSeries(before ordinal: Int, after: [Int], sentence: Int)
        -> (series: SubjectOccurrence, end: Int)?
    {
        let bodies = names.inSentence(sentence).filter {
            $0.tokens.upperBound < ordinal && ($0.kind == .organization || $0.kind == .other)
        }
        for count in (1...after.count).reversed() {
            let noun = after[..<count].map { document.tokens[$0].text }
            if let series = bodies.reversed().lazy.compactMap({ self.series(ofBody: $0, nouns: [noun]) }).first {
                return (series, after[count - 1] + 1)
            }
        }
        return nil
    }

    /// The fewest letters of a Roman numeral read without a suffix: "I", "V", "X" are words or
    /// letters far more often than editions.
    static let bareRomanLetters = 2

    /// Claims of Roman numerals without a French suffix (which the extractor reads) right before a
    /// series' name or inside it ("the XXV Olympic Winter Games", "the Games of the XXXIIIrd
    /// Olympiad"), or right after it ("Harbour Bowl LVIII"); any other Roman numeral ("Louis XIV",
    /// "World War II") is a name.
    func bareRomanClaims() -> [EditionNumberClaim] {
        let tokens = document.tokens
        var claims: [EditionNumberClaim] = []
        // Tokens are read in place, and copied only when they start with a Roman numeral's letter.
        for position in tokens.indices
        where tokens[position].kind == .word && tokens[position].text.utf8.count >= Self.bareRomanLetters
            && tokens[position].text.utf8.first.map(Self.isRomanLetter) == true
        {
            let token = tokens[position]
            // "XXXIII", or with an English suffix "XXXIIIrd", "XXXIVth".
            let letters = token.text.prefix { $0.isASCII && Self.isRomanLetter($0.asciiValue!) }
            let suffix = token.text.dropFirst(letters.count)
            guard letters.count >= Self.bareRomanLetters,
                suffix.isEmpty || Self.englishSuffixes.contains(String(suffix)),
                let number = RomanNumeral.value(of: letters)
            else { continue }
            let mention = Mention(kind: .ordinal, text: token.text, span: token.span, value: .ordinal(number))
            let sentence = document.sentenceIndex(of: token.span.start)
            let next = position + 1
            if let direct = names.inSentence(sentence, near: position..<next)
                .filter({ $0.tokens.lowerBound == next }).lazy.compactMap(asSeries).first
            {
                let claim = makeClaim(
                    mention, number: number, span: token.span.union(tokens[direct.tokens.upperBound - 1].span),
                    series: direct)
                claims += claim.map { [$0] } ?? []
            } else if let framed = framedSeries(ordinal: position..<next, next: next, sentence: sentence) {
                let claim = makeClaim(
                    mention, number: number, span: token.span.union(tokens[framed.end - 1].span), series: framed.series)
                claims += claim.map { [$0] } ?? []
            } else if suffix.isEmpty,
                let named = names.inSentence(sentence, near: position..<next)
                    .filter({ $0.tokens.upperBound == position }).lazy.compactMap(asSeries).first
            {
                // "Harbour Bowl LVIII": the numeral right after the series' name, which no count is.
                let claim = makeClaim(
                    mention, number: number, span: tokens[named.tokens.lowerBound].span.union(token.span), series: named)
                claims += claim.map { [$0] } ?? []
            }
        }
        return claims
    }

    /// English ordinal suffixes a Roman numeral may take ("XXXIVth").
    static let englishSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Whether a byte is the ASCII letter of a Roman numeral: I, V, X, L, C, D or M.
    private static func isRomanLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
            UInt8(ascii: "D"), UInt8(ascii: "M"):
            true
        default: false
        }
    }
}
