import FactDeskKit
import FactDeskText

/// An age told in candles: « la fédération souffle cette année ses soixante bougies », "the
/// league blew out its 60 candles", « a soufflé samedi ses 90 bougies », « sa 15e bougie »: a
/// number, in digits or words, or an ordinal before one candle, of candles blown out by the
/// subject named right before the verb (or its auxiliary), or right after the clause of a
/// participle (« Après avoir soufflé sa 15e bougie, le festival … »), read as an anniversary of
/// its founding.
enum CandleYears {
    /// Nouns of candles, folded.
    static let candles: Set<String> = oneCandle.union(["bougies", "candles"])
    /// Nouns of one candle, folded: an ordinal before them tells the anniversary (« sa 15e bougie »).
    static let oneCandle: Set<String> = ["bougie", "candle"]
    /// Verbs of blowing out, folded.
    static let verbs: Set<String> = [
        "souffle", "soufflent", "soufflera", "souffleront", "soufflait", "souffler", "blows", "blew", "blow",
        "blowing", "blown",
    ]
    /// Auxiliaries between the subject and the verb, folded: « a soufflé », "has blown".
    static let auxiliaries: Set<String> = ["a", "ont", "avait", "avaient", "va", "vont", "has", "have", "had", "will"]
    /// Words that may stand between the verb and the number: « souffle cette année ses », "blew
    /// out its", « a soufflé samedi ses ».
    static let fillers: Set<String> = Set(
        ["out", "this", "year", "cette", "annee", "ce", "jour", "today", "aujourd'hui", "on"]
            + DateWording.frenchWeekdays + DateWording.englishWeekdays.map { $0.lowercased() })
    /// How many words the number may have.
    static let numberLength = 3
    /// How many words may stand between the verb and the number.
    static let reach = 4

    /// Each age in candles of a subject with a founding year, as an anniversary mention of the
    /// number and the noun, with that subject.
    static func mentions(in check: DateCheck) -> [(mention: Mention, subject: AnniversarySubject)] {
        guard let reference = check.reference else { return [] }
        var found: [(mention: Mention, subject: AnniversarySubject)] = []
        let tokens = check.tokens
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && candles.contains(check.word(index)) {
            guard let (years, first) = number(before: index, check: check), (1...999).contains(years),
                first > 0, AnniversarySubject.possessives.contains(check.word(first - 1))
            else { continue }
            let sentence = check.document.sentenceIndex(of: tokens[index].span.start)
            let start = check.document.sentences[sentence].tokens.lowerBound
            var verb = first - 2
            while verb > start, first - 2 - verb < reach, fillers.contains(check.word(verb)) { verb -= 1 }
            guard verb > start, verbs.contains(check.word(verb)) else { continue }
            // « L’harmonie a soufflé », "the league has blown": the auxiliary comes after the name.
            let beforeVerb = verb - 1 > start && auxiliaries.contains(check.word(verb - 1)) ? verb - 1 : verb
            // « La Communauté … (CEDEAO) souffle »: the name may end in parentheses.
            let subjectEnd = tokens[beforeVerb - 1].text == ")" ? beforeVerb - 1 : beforeVerb
            let named = check.names.subjects(inSentence: sentence)
            // « Après avoir soufflé sa 15e bougie, le festival … »: the subject after the clause.
            let ending =
                participleAuxiliaries.contains(check.word(verb - 1)) && tokens[safe: index + 1]?.text == ","
                ? named.filter { $0.tokens.lowerBound == index + 2 || ($0.tokens.lowerBound == index + 3 && articles.contains(check.word(index + 2))) }
                // A festival's own founding before the yearly event its words also name.
                : named.filter { $0.tokens.upperBound == subjectEnd }
            guard
                let named = ending.last(where: { reference.founding(of: $0.subject.id) != nil }) ?? ending.last,
                !isComplement(named.tokens.lowerBound, check: check),
                let founding = AnniversarySubject.founding(of: named, reference: reference)
            else { continue }
            let span = tokens[first].span.union(tokens[index].span)
            found.append(
                (
                    Mention(kind: .number, text: check.document.text(in: span), span: span, value: .anniversary(years)),
                    AnniversarySubject(named: named, founding: founding)
                ))
        }
        return found
    }

    /// Words that make a name the complement of a noun before it, folded: « le président de
    /// l’UEA souffle ses 50 bougies » is the president's birthday.
    static let complementWords: Set<String> = ["de", "du", "des", "d'", "of"]
    static let articles: Set<String> = ["la", "le", "les", "l'", "the"]

    /// Whether the name starting at token `first` completes a noun before it.
    private static func isComplement(_ first: Int, check: DateCheck) -> Bool {
        let before = check.word(first - 1)
        return complementWords.contains(before)
            || (articles.contains(before) && complementWords.contains(check.word(first - 2)))
    }

    /// Words before a participle of blowing out whose subject follows the clause: « après avoir
    /// soufflé », "after having blown", "having blown", "after blowing".
    static let participleAuxiliaries: Set<String> = ["avoir", "having", "after"]

    /// The number right before token `index` — a cardinal in digits or words, or an ordinal
    /// before one candle (« sa 15e bougie », "its 15th candle") — and its first token.
    private static func number(before index: Int, check: DateCheck) -> (Int, Int)? {
        let tokens = check.tokens
        if oneCandle.contains(check.word(index)) {
            let ordinal = check.ordinals.first { $0.span.end == tokens[index - 1].span.end }
            guard let ordinal, case .ordinal(let value) = ordinal.value else { return nil }
            return (value, check.document.tokenIndex(from: ordinal.span.start))
        }
        if tokens[index - 1].kind == .number { return Int(tokens[index - 1].text).map { ($0, index - 1) } }
        for first in stride(from: index - 1, through: max(0, index - numberLength), by: -1) {
            if let (reading, count) = NumberWords.read(tokens[first..<index]), count == index - first, !reading.isOrdinal {
                return (reading.value, first)
            }
        }
        return nil
    }
}

extension AnniversaryMismatchRule {
    /// Examples of ages told in candles (``CandleYears``), for a union founded in 1965, in 2025.
    static let candleExamples: [RuleExample] = [
        RuleExample("L’UEA souffle cette année ses ⟦cinquante bougies⟧.", language: .fr, published: published, reference: successors),
        RuleExample("L’UEA souffle cette année ses soixante bougies.", language: .fr, published: published, reference: successors),
        RuleExample("L’UEA a soufflé samedi ses ⟦cinquante bougies⟧.", language: .fr, published: published, reference: successors),
        RuleExample("L’UEA a soufflé samedi ses soixante bougies.", language: .fr, published: published, reference: successors),
        RuleExample(
            "Le comité des écrivains (UEA) souffle ses ⟦50 bougies⟧ à Nairobi.", language: .fr, published: published,
            reference: successors),
        RuleExample("Le président de l’UEA souffle ses 50 bougies.", language: .fr, published: published, reference: successors),
        RuleExample("The UEA blew out its ⟦50 candles⟧ this year.", language: .en, published: published, reference: successors),
        RuleExample("The UEA blew out its 60 candles this year.", language: .en, published: published, reference: successors),
        RuleExample("The head of the UEA blew out his 50 candles.", language: .en, published: published, reference: successors),
        // An ordinal before one candle; the subject after a participle's clause.
        RuleExample("L’UEA souffle cette année sa ⟦50e bougie⟧.", language: .fr, published: published, reference: successors),
        RuleExample("L’UEA souffle cette année sa 60e bougie.", language: .fr, published: published, reference: successors),
        RuleExample(
            "Après avoir soufflé sa ⟦50e bougie, l’UEA⟧ prépare la suite.", language: .fr, published: published,
            reference: successors),
        RuleExample(
            "Après avoir soufflé sa 60e bougie, l’UEA prépare la suite.", language: .fr, published: published,
            reference: successors),
        RuleExample(
            "After blowing out its ⟦50th candle, the UEA⟧ is planning ahead.", language: .en, published: published,
            reference: successors),
        RuleExample(
            "After blowing out its 60th candle, the UEA is planning ahead.", language: .en, published: published,
            reference: successors),
    ]
}
