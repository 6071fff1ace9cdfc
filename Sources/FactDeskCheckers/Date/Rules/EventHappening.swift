import FactDeskKit

/// Whether a sentence sets what it tells inside the event it speaks of: the event opens the
/// sentence as its subject (« Le sommet a adopté, mardi, … », "The General Assembly adopted on
/// Thursday …", « Mardi dernier, à Marrakech, l’Assemblée générale a adopté … »), or a phrase
/// puts it there (« lors de la conférence », "during the summit", "at the summit"), or a verb
/// only its sitting does follows the event's name (« ont adopté jeudi »). Other subjects — delegates
/// arriving, a jury presented to the press, a preparatory meeting — may be of the days before.
enum EventHappening {
    /// Words that put what follows inside an event, folded: « lors de », « pendant », "during".
    static let duringWords: Set<String> = ["lors", "pendant", "durant", "during", "amid", "at", "au"]
    /// Verbs of what only an event's sitting does, folded: a weekday right after one, in a
    /// sentence that names the event, is a day of it (« les délégués de l’Assemblée ont adopté
    /// jeudi une résolution », "delegates to the summit voted on Monday").
    static let sittingVerbs: Set<String> = [
        "adopted", "voted", "elected", "approved", "adopte", "adoptee", "adoptes", "vote", "votes", "elu", "elue",
        "elus", "approuve", "approuvee",
    ]
    /// Words that set what a sentence tells before the event, folded: "ahead of", « avant », « à la veille de ».
    static let beforeWords: Set<String> = ["ahead", "before", "prior", "avant", "veille", "prelude"]
    /// How many tokens before the weekday a verb of ``sittingVerbs`` may be.
    static let sittingReach = 4
    /// Words that open a sentence without being its subject, folded.
    static let openers: Set<String> = [
        "le", "la", "les", "l'", "the", "a", "an", "un", "une", "ce", "cette", "this", "son", "sa", "its",
    ]
    /// Words that open an adverbial phrase closed by a comma before the subject, folded, by
    /// language: « à Marrakech, », "In Vilnius,".
    static let frenchAdverbialOpeners: Set<String> = ["a", "au", "en", "dans", "hier", "aujourd'hui"]
    static let englishAdverbialOpeners: Set<String> = ["in", "at", "on", "yesterday", "today"]
    /// Words that make a weekday after them a phrase of its own: « ce mardi, », "last Tuesday,".
    static let weekdayLeaders: Set<String> = ["ce", "this", "last", "next", "on"]
    /// Prepositions that end a subject's head before the event could be named, folded.
    static let subjectEnders: Set<String> = ["to", "for", "from", "at", "in", "pour", "chez", "aupres"]
    /// How many words may stand before an event noun in the subject ("the 35th NATO summit").
    static let subjectReach = 4
    /// How many tokens after a word of ``duringWords`` the event may be named.
    static let duringReach = 4

    /// Whether sentence `sentence` sets what the weekday at token `weekday` dates inside `period`.
    static func isInside(_ period: EventPeriod, sentence: Int, weekday: Int, check: DateCheck) -> Bool {
        let tokens = check.document.sentences[sentence].tokens
        // "voted on Thursday ahead of the General Assembly", « à la veille du sommet ».
        if tokens.contains(where: { beforeWords.contains(check.word($0)) }) { return false }
        let named = check.names.subjects(inSentence: sentence)
        if let subject = period.subjectID, named.contains(where: { $0.subject.id == subject }),
            (max(tokens.lowerBound, weekday - sittingReach)..<weekday).contains(where: {
                sittingVerbs.contains(check.word($0))
            })
        {
            return true
        }
        func namesEvent(at index: Int) -> Bool {
            if let subject = period.subjectID,
                named.contains(where: { $0.subject.id == subject && $0.tokens.lowerBound == index })
            {
                return true
            }
            return EventWords.nouns.contains(check.word(index))
                && !EventNounOwner.namesOther(noun: index, sentence: sentence, period: period, check: check)
        }
        for index in tokens where duringWords.contains(check.word(index)) {
            if (index + 1..<min(tokens.upperBound, index + 1 + duringReach)).contains(where: namesEvent) { return true }
        }
        var start = tokens.lowerBound
        // Leading phrases closed by a comma: « Mardi dernier, », « à Marrakech, », "On Tuesday,".
        while start < tokens.upperBound, opensAdverbial(start, check: check),
            let comma = (start..<tokens.upperBound).first(where: { check.tokens[$0].text == "," })
        {
            start = comma + 1
        }
        var position = start
        var words = 0
        // The subject's head comes before any preposition: not "Delegates to the General Assembly".
        while position < tokens.upperBound, words < subjectReach, !EventNounOwner.ownerWords.contains(check.word(position)),
            !subjectEnders.contains(check.word(position))
        {
            if namesEvent(at: position) { return true }
            if check.tokens[position].kind == .word, !openers.contains(check.word(position)) { words += 1 }
            position += 1
        }
        return false
    }

    /// Whether the words at `index` open a phrase that is not the subject: a weekday, a
    /// relative day or a preposition.
    private static func opensAdverbial(_ index: Int, check: DateCheck) -> Bool {
        let word = check.word(index)
        let openers = check.document.language == .fr ? frenchAdverbialOpeners : englishAdverbialOpeners
        return openers.contains(word) || WeekdayNames.weekday(word) != nil
            || (weekdayLeaders.contains(word) && WeekdayNames.weekday(check.word(index + 1)) != nil)
    }
}
