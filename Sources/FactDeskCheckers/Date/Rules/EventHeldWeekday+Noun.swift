import FactDeskKit

/// A weekday that dates an event's noun without a verb: "people killed in the earthquake in the
/// north on Sunday", "Saturday’s quake", « les électeurs étaient appelés dimanche aux urnes ».
/// The noun must be of the kind of the event's name (``EventKindNouns``: a quake for "the 2031
/// Ostria earthquake", a vote for « élection présidentielle »), and not another one ("another
/// quake", "the semi-final"). A one-day event fixes the weekday, however far from the
/// publication date it lies.
extension EventHeldWeekday {
    /// Words that may stand between the noun and the weekday after it, folded: prepositions,
    /// articles, points of the compass, parts of the day ("in southern Ostria late on Sunday").
    static let attachmentWords: Set<String> = [
        "on", "in", "at", "of", "near", "off", "the", "a", "an", "early", "late", "this", "de", "du", "des", "d'",
        "la", "le", "l'", "les", "en", "au", "aux", "dans", "pres", "ce", "southern", "northern", "eastern", "western",
        "central", "sud", "nord", "est", "ouest", "centre", "night", "morning", "soir", "matin", "s", "'",
    ]
    /// How many tokens the noun may stand before the weekday, or after a weekday’s "’s".
    static let attachmentReach = 8
    static let possessiveReach = 4
    /// Words right before a noun of a final that make it another round, folded: "semi-final", « demi-finale ».
    static let roundWords: Set<String> = ["semi", "demi", "quarter", "quart", "quarts", "huitieme", "huitiemes"]

    /// Whether the word before the weekday at token `first` links it to a noun of a kind right
    /// before (« le scrutin de samedi »): no habit, though « de » before a weekday often is one.
    static func followsKindNoun(_ first: Int, check: DateCheck) -> Bool {
        ["de", "du"].contains(check.word(first - 1)) && EventKindNouns.group(of: check.word(first - 2)) != nil
    }

    /// The token of a noun of a kind that the weekday whose tokens are `weekday` dates without a
    /// verb: before it with only ``attachmentWords`` and names between, after its "’s", or « aux
    /// urnes » right after it.
    static func attachedNoun(to weekday: Range<Int>, sentence: Int, check: DateCheck) -> Int? {
        let tokens = check.document.sentences[sentence].tokens
        var after = weekday.upperBound
        let written = check.tokens[weekday.upperBound - 1].text
        let possessive = written.hasSuffix("’s") || written.hasSuffix("'s")
        if !possessive, after + 1 < tokens.upperBound, ["'", "’"].contains(check.tokens[after].text),
            check.word(after + 1) == "s"
        {
            after += 2
        }
        if possessive || after > weekday.upperBound {
            // "Saturday’s 7.1-magnitude quake"
            return (after..<min(tokens.upperBound, after + possessiveReach)).prefix {
                check.tokens[$0].kind != .punctuation || ["-", "."].contains(check.tokens[$0].text)
            }.first { EventKindNouns.group(of: check.word($0)) != nil }
        }
        if after + 1 < tokens.upperBound, check.word(after) == "aux", check.word(after + 1) == "urnes" { return after + 1 }
        for position in stride(from: weekday.lowerBound - 1, through: max(tokens.lowerBound, weekday.lowerBound - attachmentReach), by: -1) {
            let word = check.tokens[position].kind == .word ? check.word(position) : check.tokens[position].text
            // A noun of a kind alone, not the last word of a name ("the General Assembly on Sunday").
            if EventKindNouns.group(of: word) != nil {
                return WordFolding.isCapitalised(check.tokens[position].text) ? nil : position
            }
            let isName = check.tokens[position].kind == .word && WordFolding.isCapitalised(check.tokens[position].text)
                && position > tokens.lowerBound
            guard attachmentWords.contains(word) || ["'", "’"].contains(word) || isName else { return nil }
        }
        return nil
    }

    /// Whether the attached noun (``attachedNoun(to:sentence:check:)``) names the event `period`
    /// near the publication date: a noun of the kind of its name, not another event of the kind,
    /// nor the complement of a part with days of its own (``EventComplement/partsWithOwnDays``).
    func attachedNamesEvent(_ period: EventPeriod, kinds: KindLinkedEvents, check: DateCheck) -> Bool {
        // The subject may be a festival the reference data holds apart from the series of its
        // editions, spelt alike ("the Kesra Marathon"): its own names tell its kind then.
        guard let subject = period.subjectID, let group = EventKindNouns.group(of: check.word(verb)),
            kinds.hasName(subject, ofKind: group) || EventKindNouns.names(check.word(verb), subject: subject, check: check)
        else { return false }
        return attachedNounIsOwn(check: check)
    }

    /// Indefinite articles, folded: "won a race in Lyon on Saturday" speaks of some race.
    static let indefiniteArticles: Set<String> = ["a", "an", "un", "une"]

    /// Whether the attached noun is the event's own: not another one of the kind ("another
    /// quake"), another round ("the semi-final"), nor a part with days of its own; nor, but for
    /// a disaster ("killed in an earthquake on Sunday"), one brought in by an indefinite article.
    func attachedNounIsOwn(check: DateCheck) -> Bool {
        let start = check.document.sentences[sentence].tokens.lowerBound
        if verb > start, Self.indefiniteArticles.contains(check.word(verb - 1)),
            !Self.disasterKinds.contains(where: { $0.contains(check.word(verb)) })
        {
            return false
        }
        let before = max(start, verb - Self.otherReach)..<verb
        // "the counting of ballots for the vote on Sunday": a part with days of its own.
        return !EventComplement.isComplement(
            at: verb, within: start..<verb, heads: EventComplement.partsWithOwnDays, check: check)
            && !before.contains { Self.otherDisasterWords.contains(check.word($0)) }
            && !(max(start, verb - 2)..<verb).contains { Self.roundWords.contains(check.word($0)) }
    }

    /// The kinds of event the weekday's noun says: the group of an attached noun, or the kind of
    /// the disaster noun that is a verb of striking's subject (``struckNoun(check:)``).
    func nounKinds(check: DateCheck) -> [Set<String>]? {
        if attached { return EventKindNouns.group(of: check.word(verb)).map { [$0] } }
        guard strikes(check: check), let noun = struckNoun(check: check) else { return nil }
        let word = check.word(noun)
        // "the disaster struck Sunday": any disaster of the reference data.
        let kinds = Self.genericDisasterNouns.contains(word) ? Self.disasterKinds : Self.disasterKinds.filter { $0.contains(word) }
        return kinds.isEmpty ? nil : kinds
    }

    /// The event's day when it is one day that does not fall on the weekday; for a longer
    /// event, its days near the publication date when none does (``contradicted(by:published:)``).
    func attachedContradicted(by period: EventPeriod, published: CalendarDate) -> [CalendarDate]? {
        guard period.first == period.last else { return contradicted(by: period, published: published) }
        return period.first.weekday == weekday ? nil : [period.first]
    }
}
