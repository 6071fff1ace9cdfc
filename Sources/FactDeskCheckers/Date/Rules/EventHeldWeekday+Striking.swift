import FactDeskKit

/// A weekday that a verb of striking gives to a natural disaster of the reference data: "a
/// magnitude 7.1 earthquake struck the region early Monday", « le séisme qui a secoué la vallée
/// vendredi », "the hurricane that slammed the coast on Thursday". The disaster's noun must be
/// the verb's subject (right before it, or before « qui », "that", "which"), of the same kind
/// as the event's name (an earthquake for « séisme de … », "… earthquake"), and not another one
/// (« une nouvelle secousse », "another quake", "an aftershock").
extension EventHeldWeekday {
    /// Verbs of striking, folded.
    static let strikingVerbs: Set<String> = [
        "struck", "strikes", "hit", "hits", "rocked", "rocks", "shook", "shakes", "jolted", "slammed", "pounded",
        "frappe", "frappee", "secoue", "secouee", "ebranle", "ebranlee", "devaste", "devastee",
    ]
    /// Nouns of disasters, folded, by kind: the text's noun and the event's name must share one.
    static let disasterKinds: [Set<String>] = [
        ["earthquake", "quake", "seisme", "tremblement"],
        ["hurricane", "cyclone", "typhoon", "storm", "ouragan", "typhon", "tempete"],
        ["tornado", "tornade"],
    ]
    /// Nouns of any disaster, folded: "the disaster struck", « la catastrophe a frappé ».
    static let genericDisasterNouns: Set<String> = ["disaster", "catastrophe"]
    /// Words of a magnitude between the noun and the verb, folded: « de magnitude 7,5 », "of magnitude 6.1".
    static let magnitudeWords: Set<String> = ["magnitude", "de", "d'", "of", "force"]
    /// Words before the noun that make it another disaster than the one of the reference data, folded.
    static let otherDisasterWords: Set<String> = [
        "another", "new", "second", "fresh", "further", "latest", "autre", "nouveau", "nouvel", "nouvelle",
        "seconde", "deuxieme", "replique", "aftershock",
    ]
    /// How many tokens before the noun may hold a word of ``otherDisasterWords`` ("another strong quake").
    static let otherReach = 4
    /// How many tokens may stand between a verb of striking and the weekday that ends its clause
    /// ("struck the country’s Gaziantep province near the border early Monday").
    static let strikingReach = 12
    /// Marks and words that open another clause between the verb and the weekday, folded.
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", "which", "that", "who", "qui", "que", "dont", "and", "et"]

    /// A verb of striking further before the weekday at token `first`, in the same clause.
    static func strikingVerb(before first: Int, sentence: Int, check: DateCheck) -> Int? {
        let from = max(check.document.sentences[sentence].tokens.lowerBound, first - strikingReach)
        for index in (from..<first).reversed() {
            let word = check.tokens[index].kind == .word ? check.word(index) : check.tokens[index].text
            if clauseBreaks.contains(word) { return nil }
            if strikingVerbs.contains(word) { return index }
        }
        return nil
    }

    /// Whether the verb is one of striking.
    func strikes(check: DateCheck) -> Bool {
        !followsName && Self.strikingVerbs.contains(check.word(verb))
    }

    /// Whether the verb's subject is a disaster noun of the same kind as the name of the event
    /// `subject` (under way or ended within ``reach`` days of the publication date).
    func namesDisaster(_ subject: String, published: CalendarDate, check: DateCheck) -> Bool {
        guard
            let event = check.reference?.events(endedWithin: Self.reach, of: published, language: check.document.language)
                .first(where: { $0.id == subject })
        else { return false }
        let nameWords = Set(event.name.split(whereSeparator: { !$0.isLetter }).map { WordFolding.fold(String($0)) })
        guard let kinds = nounKinds(check: check) else { return false }
        return kinds.contains(where: { !$0.isDisjoint(with: nameWords) })
    }

    /// The token of the disaster noun that is the verb of striking's subject, not another
    /// disaster (``otherDisasterWords``): right before the verb, or before « qui », "that",
    /// "which", or before its magnitude (« un séisme de magnitude 7,5 a secoué »).
    func struckNoun(check: DateCheck) -> Int? {
        let sentenceStart = check.document.sentences[sentence].tokens.lowerBound
        var noun = verb - 1
        // « le séisme qui a frappé », "the earthquake that rocked", "the quake, which struck".
        while noun >= sentenceStart, Self.relativeLinks.contains(check.word(noun)) || check.tokens[noun].text == "," {
            noun -= 1
        }
        // « un séisme de magnitude 7,5 a secoué », "a quake of magnitude 6.1 hit".
        while noun > sentenceStart,
            check.tokens[noun].kind == .number || [",", "."].contains(check.tokens[noun].text)
                || Self.magnitudeWords.contains(check.word(noun))
        {
            noun -= 1
        }
        let word = check.word(noun)
        guard noun >= sentenceStart, Self.genericDisasterNouns.contains(word) || Self.disasterKinds.contains(where: { $0.contains(word) })
        else { return nil }
        return (max(sentenceStart, noun - Self.otherReach)..<noun).contains {
            Self.otherDisasterWords.contains(check.word($0))
        } ? nil : noun
    }
}
