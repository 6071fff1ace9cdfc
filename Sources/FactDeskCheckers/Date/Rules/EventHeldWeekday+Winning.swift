import FactDeskKit

/// A weekday that a verb of winning gives to the event that is its object: "won the 43rd Kesra
/// Marathon last Saturday", « a remporté samedi le 43e marathon de Kesra ». The win falls on a day
/// of the event.
extension EventHeldWeekday {
    /// Verbs of winning, folded.
    static let winningVerbs: Set<String> = [
        "won", "wins", "win", "remporte", "remportee", "remportent", "remportera", "gagne", "gagnee", "gagnera",
        // With a title for object: "claimed the title at …".
        "took", "claimed", "clinched", "captured",
    ]
    /// How many tokens may stand between the verb of winning and the weekday: the title and the
    /// event's name may come between them.
    static let winReach = 15
    /// How many tokens may open the event's name after the verb or the weekday: an article and
    /// an ordinal ("the 43rd", « le 43e »).
    static let objectReach = 3

    /// The verb of winning before the weekday whose first token is `first`, within ``winReach``
    /// tokens of its sentence, with no punctuation between but apostrophes ("women's").
    static func winningVerb(before first: Int, sentence: Int, check: DateCheck) -> Int? {
        let from = max(check.document.sentences[sentence].tokens.lowerBound, first - winReach)
        guard let verb = (from..<first).last(where: { winningVerbs.contains(check.word($0)) }),
            !(verb + 1..<first).contains(where: {
                check.tokens[$0].kind == .punctuation && !["’", "'"].contains(check.tokens[$0].text)
            })
        else { return nil }
        return verb
    }

    /// Words that may open the object before the event's name, folded.
    static let objectOpeners: Set<String> = ["the", "le", "la", "les", "l'", "its", "sa", "son", "ses", "annual"]
    /// Words of a title won at the event, before its name, folded: "won the women's title at the
    /// Kesra Marathon", « a remporté le titre du marathon de Kesra ».
    static let titleWords: Set<String> = [
        "title", "titles", "crown", "race", "men's", "women's", "men", "women", "s", "'s", "and", "at", "in", "of",
        "titre", "titres", "course", "du", "de", "des", "masculin", "feminin", "hommes", "femmes",
    ]
    /// How many tokens a title may take before the event's name.
    static let titleReach = 8

    /// Whether the event is the verb's object: its name follows the verb and ends before the
    /// weekday ("won the 43rd Kesra Marathon on Saturday"), or follows the weekday (« a remporté
    /// samedi le 43e marathon de Kesra »), with only an article or an ordinal before it.
    func winNamesEvent(_ subject: String, check: DateCheck) -> Bool {
        let weekday = check.document.tokenRange(of: mention.span)
        func opensObject(from start: Int, at name: Int) -> Bool {
            guard name >= start else { return false }
            let isTitle = (start..<name).contains { Self.titleWords.contains(check.word($0)) }
            return name - start <= (isTitle ? Self.titleReach : Self.objectReach)
                && (start..<name).allSatisfy { index in
                    Self.objectOpeners.contains(check.word(index)) || Self.titleWords.contains(check.word(index))
                        || ["’", "'"].contains(check.tokens[index].text)
                        || check.ordinals.contains { $0.span.contains(check.tokens[index].span) }
                }
        }
        return check.names.subjects(inSentence: sentence).contains { named in
            guard named.subject.id == subject else { return false }
            let first = named.tokens.lowerBound
            return (opensObject(from: verb + 1, at: first) && named.tokens.upperBound <= weekday.lowerBound)
                || opensObject(from: weekday.upperBound, at: first)
        }
    }
}
