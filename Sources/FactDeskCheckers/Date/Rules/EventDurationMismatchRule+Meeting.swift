import FactDeskKit

/// A length right after a verb of meeting, in a sentence that puts the meeting at the event:
/// « Au congrès de Kesra, les délégués se réuniront, quatre jours durant, à huis clos », "At the
/// summit, leaders will meet for two days", "Delegates will gather for three days at the Kumasi
/// Film Festival". People who meet at an event for a length meet for the event's length; people
/// who meet before or for it ("will meet for two days ahead of the summit") say nothing of it.
extension EventDurationMismatchRule {
    /// Verbs of meeting, folded, finite forms and participles.
    static let meetingLengthVerbs: Set<String> = [
        "reunissent", "reuniront", "reunira", "reunit", "reunis", "reunies", "retrouvent", "retrouveront",
        "retrouvera", "retrouve", "retrouves", "retrouvees", "rassemblent", "rassembleront", "meet", "meets", "met",
        "gather", "gathers", "gathered", "convene", "convenes", "convened",
    ]
    /// Words that may stand between the verb and the length, folded: "for", « pendant », a comma.
    static let meetingLengthLeads: Set<String> = ["for", "over", "pendant", "durant", ","]

    /// Whether the length follows a verb of meeting, with at most a comma and a word of
    /// ``meetingLengthLeads`` between, and the sentence names the period's event or an event
    /// noun behind a word that puts the meeting there (``HeadLength/linkWords``: « lors de
    /// cette session », "at the summit"), or in the verb's subject that opens the sentence
    /// (« Les exposants du salon se retrouvent trois jours », "Delegates to the summit meet for
    /// three days").
    static func isMeetingLength(_ duration: Mention, of period: EventPeriod, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let sentence = check.sentence(of: duration).tokens
        var verb = range.lowerBound - 1
        while verb > sentence.lowerBound, range.lowerBound - verb <= 2,
            meetingLengthLeads.contains(check.tokens[verb].kind == .word ? check.word(verb) : check.tokens[verb].text)
        {
            verb -= 1
        }
        guard verb >= sentence.lowerBound, meetingLengthVerbs.contains(check.word(verb)) else { return false }
        // « Les exposants du salon de Kesra se retrouvent trois jours »: the people of the event,
        // the subject of a sentence that opens with it, no comma between.
        var subjectEnd = verb
        if ["se", "s'"].contains(check.word(subjectEnd - 1)) { subjectEnd -= 1 }
        let subject = sentence.lowerBound..<subjectEnd
        if !subject.isEmpty, !subject.contains(where: { check.tokens[$0].kind == .punctuation }),
            namesEvent(period, in: subject, check: check)
        {
            return true
        }
        return sentence.contains { link in
            guard HeadLength.linkWords.contains(check.word(link)),
                !(range.lowerBound - 2..<range.upperBound).contains(link)
            else { return false }
            var noun = link + 1
            while noun < sentence.upperBound, noun - link <= 3,
                HeadLength.linkArticles.contains(check.word(noun)) || demonstratives.contains(check.word(noun))
            {
                noun += 1
            }
            return noun < sentence.upperBound && namesEvent(period, in: noun..<noun + 1, check: check)
        }
    }

    /// Demonstratives before an event noun, folded: « cette session », "this summit".
    static let demonstratives: Set<String> = ["cette", "ce", "cet", "this", "ces", "these"]
}
