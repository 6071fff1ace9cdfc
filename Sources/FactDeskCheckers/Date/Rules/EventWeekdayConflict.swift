import FactDeskKit

/// One happening given two weekdays in one paragraph: "two earthquakes hit the region early on
/// Sunday … the death toll from Monday’s earthquake", « le séisme a frappé dimanche … le séisme
/// de lundi ».
///
/// One weekday names the happening ("Monday’s earthquake", « le séisme de lundi »); the other
/// follows a verb of happening whose subject is the same noun ("earthquakes hit … on Sunday",
/// « le séisme s’est produit dimanche »), a few words on. Either may be the wrong one. A
/// sentence in the future tense speaks of another one to come ("Thursday’s meeting will vote").
struct EventWeekdayConflict {
    /// The weekday that names the happening.
    var naming: Mention
    /// The weekday after the verb.
    var told: Mention
    /// The happening's noun, as written after the naming weekday.
    var noun: String

    /// Verbs of a one-off happening that date it, folded: "hit", "struck", « a frappé », « s’est
    /// produit ». Not "was held" nor « s’est tenu »: talks held on Monday may go on Tuesday.
    static let happeningVerbs: Set<String> = [
        "hit", "struck", "strikes", "hits", "rocked", "jolted", "shook", "occurred", "happened", "erupted",
        "frappe", "secoue", "produit", "survenu", "survenue",
    ]
    /// How many words may stand between the verb and the weekday ("hit the south of the country early on Sunday").
    static let verbReach = 12
    /// How many words after a weekday a future auxiliary makes its sentence one of things to come.
    static let futureReach = 4
    /// Words between a noun and a weekday that names it, in French: « le séisme de lundi ».
    static let frenchLinks: Set<String> = ["de", "du"]

    /// The conflicts of a document, one per pair.
    static func all(in check: DateCheck) -> [EventWeekdayConflict] {
        var naming: [(mention: Mention, weekday: Weekday, noun: String)] = []
        var told: [(mention: Mention, weekday: Weekday, nouns: Set<String>)] = []
        for mention in check.weekdays {
            guard case .weekday(let weekday) = mention.value else { continue }
            let tokens = check.document.tokenRange(of: mention.span)
            let sentence = check.sentence(of: mention).tokens
            // "Thursday’s meeting will …", "the meeting will be held on Friday": another one to come.
            let following = tokens.upperBound..<min(sentence.upperBound, tokens.upperBound + futureReach)
            guard !check.quoted.contains(token: tokens.lowerBound),
                check.tenses.tense(before: tokens.lowerBound, in: sentence) != .future,
                !following.contains(where: {
                    TenseLexicon.englishFutureAuxiliaries.contains(check.word($0))
                        || TenseLexicon.frenchFutureAuxiliaries.contains(check.word($0))
                })
            else { continue }
            if let noun = namedNoun(tokens, check: check) {
                naming.append((mention, weekday, noun))
            } else if let nouns = subjectNouns(before: tokens.lowerBound, check: check) {
                told.append((mention, weekday, nouns))
            }
        }
        var conflicts: [EventWeekdayConflict] = []
        for name in naming {
            let paragraph = check.document.paragraphIndex(of: name.mention.span.start)
            guard
                let other = told.first(where: {
                    $0.weekday != name.weekday && $0.nouns.contains(name.noun)
                        && check.document.paragraphIndex(of: $0.mention.span.start) == paragraph
                })
            else { continue }
            conflicts.append(EventWeekdayConflict(naming: name.mention, told: other.mention, noun: name.noun))
        }
        return conflicts
    }

    /// The noun a weekday names: "Monday’s earthquake", « le séisme de lundi » (singular, folded).
    private static func namedNoun(_ tokens: Range<Int>, check: DateCheck) -> String? {
        var next = tokens.upperBound
        let text = check.tokens[tokens.lowerBound].text
        if text.hasSuffix("’s") || text.hasSuffix("'s") {
            // the possessive is part of the word
        } else if ["’s", "'s"].contains(check.tokens[safe: next]?.text ?? "") {
            next += 1
        } else if ["’", "'"].contains(check.tokens[safe: next]?.text ?? ""), check.word(next + 1) == "s" {
            next += 2
        } else {
            let before = tokens.lowerBound - 1
            guard frenchLinks.contains(check.word(before)), check.tokens[safe: before - 1]?.kind == .word else {
                return nil
            }
            return singular(check.word(before - 1))
        }
        guard check.tokens[safe: next]?.kind == .word else { return nil }
        return singular(check.word(next))
    }

    /// The nouns that may be the subject of a verb of happening just before the weekday at
    /// `index` ("earthquakes hit … on Sunday"), singular and folded; `nil` without such a verb.
    private static func subjectNouns(before index: Int, check: DateCheck) -> Set<String>? {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[index].span.start)].tokens
        let from = max(sentence.lowerBound, index - verbReach)
        guard let verb = (from..<index).last(where: { happeningVerbs.contains(check.word($0)) }) else { return nil }
        let nouns = (max(sentence.lowerBound, verb - 4)..<verb).filter { check.tokens[$0].kind == .word }
        return Set(nouns.map { singular(check.word($0)) })
    }

    /// A folded noun without its plural "s" or "x".
    private static func singular(_ word: String) -> String {
        word.count > 3 && (word.hasSuffix("s") || word.hasSuffix("x")) ? String(word.dropLast()) : word
    }
}
