import FactDeskKit

/// A weekday after an opening or closing verb whose object is the event: "the agency will begin
/// the 74th annual assembly on Wednesday", "the president opened the Varna fair on Tuesday", «
/// le ministre a inauguré le salon mardi ». Who opens it does not matter: the event is sought
/// between the verb and the weekday, heading the object (only determiners, numbers and
/// adjectives before it: not "opened talks with the summit's host", nor "ended its part in the
/// summit", nor a part of it: "opened working sessions") and ending right before the weekday (not
/// "closed the festival grounds on Sunday").
extension EventBoundaryWeekday {
    /// Verbs that open or close an event named after them, folded, and whether they open it.
    static let transitiveVerbs: [String: Bool] = [
        "open": true, "opens": true, "opened": true, "begin": true, "begins": true, "began": true, "start": true,
        "starts": true, "started": true, "launched": true, "launches": true, "inaugurated": true,
        "inaugurates": true, "ouvre": true, "ouvrira": true, "inaugure": true, "inaugurera": true,
        "close": false, "closes": false, "closed": false, "concluded": false, "concludes": false,
        "cloture": false, "cloturera": false, "finish": false, "finishes": false, "finished": false,
        "complete": false, "completes": false, "completed": false,
    ]
    /// How many tokens the verb may stand before the weekday ("begin the 74th annual World Health Assembly on").
    static let objectReach = 10
    /// Words that make what follows a complement, not the object's head, folded.
    static let objectBreaks: Set<String> = [
        "of", "for", "with", "to", "in", "into", "at", "about", "de", "du", "des", "d'", "pour", "avec", "sur", "dans",
        "a", "au", "aux", "en",
    ]

    /// Words before an event noun that make it a part of the event with days of its own, folded:
    /// "began its plenary sittings on Tuesday", "opened working sessions".
    static let partWords: Set<String> = ["plenary", "working", "technical", "preparatory", "closed-door", "breakout"]

    /// Words that may follow the object's head before the weekday, folded.
    static let objectTails: Set<String> = ["on", "this", "ce", "early", "late"]

    /// The verb before the weekday at token `first` whose object is an event noun or a reference
    /// name, whether it opens the event, and whether the object is only a part of it
    /// (``partWords``), whose day the weekday then is.
    static func objectBoundary(before first: Int, in tokens: Range<Int>, sentence: Int, check: DateCheck)
        -> (verb: Int, opens: Bool, isPart: Bool)?
    {
        let named = check.names.subjects(inSentence: sentence)
        for verb in stride(from: first - 1, through: max(tokens.lowerBound, first - objectReach), by: -1) {
            guard check.tokens[verb].kind == .word else { return nil }
            guard let opens = transitiveVerbs[check.word(verb)] else { continue }
            // The object's head: the first event noun or name after the verb, with no complement word before it.
            for position in verb + 1..<first {
                let name = named.first { $0.tokens.lowerBound == position && $0.subject.kind != .place }
                if EventWords.nouns.contains(check.word(position)) || name != nil {
                    let isPart = partWords.contains(check.word(position - 1))
                    // Nothing but the name's words and "on" up to the weekday: not "the festival grounds on Sunday".
                    let rest = min(first, name?.tokens.upperBound ?? position + 1)..<first
                    return rest.allSatisfy({
                        check.tokens[$0].kind == .word
                            && (WordFolding.isCapitalised(check.tokens[$0].text) || Self.objectTails.contains(check.word($0)))
                    }) ? (verb, opens, isPart) : nil
                }
                if objectBreaks.contains(check.word(position)) || check.tokens[position].kind == .punctuation {
                    return nil
                }
            }
            return nil
        }
        return nil
    }
}
