import FactDeskKit

/// "Plus de cinq ans après l’incendie du 15 avril 2019, la halle rouvre", "It has been 20 years
/// since the Kumasi flood": years right before "after", « après », "since" or "on from" that run from a day
/// the sentence writes further on (a full date or a year, within ``reach`` words, the first date
/// there), or from the day a reference event named right there took place, to the text's time,
/// in a sentence otherwise in the present (the start's own clause and a relative clause after
/// the date may tell its past) or dated by a day of the text's week (« a rouvert samedi, cinq ans
/// après »); years ago, from the one reference event their sentence names. From a known day the
/// years may be rounded up by a quarter at most ("six years" for five and a half is wrong).
/// A lower bound before the years ("more than", « plus de ») and a half after them (« cinq ans et
/// demi », "five and a half years") are read as such; words of approximation (« près de »,
/// "nearly", "about") or an upper bound leave the years unread. A year written right before the
/// years, a comma between, is their time ("rebuilt in 2016, five years after the flood").
enum DatedElapsedYears {
    /// Words after the years that tie them to their start.
    static let connectors: Set<String> = ["after", "apres", "since"]
    /// How many tokens after the connector the date may come.
    static let reach = 16
    /// Articles and prepositions between the connector and an event's name.
    static let linkingWords: Set<String> = ["the", "le", "la", "l'", "les", "du", "de", "des", "d'"]
    /// Words right before the years (or before « de » / "than") that make them a lower bound.
    static let lowerBoundWords: Set<String> = ["plus", "more", "over"]
    /// Words before the years that make them approximate or an upper bound.
    static let looseWords: Set<String> = [
        "pres", "presque", "environ", "quelque", "moins", "nearly", "almost", "about", "around", "some", "roughly",
        "approximately", "less", "under", "fewer", "up", "jusqu'a", "jusqu",
    ]
    /// Words of the present perfect that "since" goes with ("it has been 20 years since").
    static let sincePerfect: Set<String> = ["has", "have", "been", "it", "s"]

    /// A claim of years: its value (with a half), and whether it is a lower bound.
    struct Claim {
        var years: Double
        var isLowerBound: Bool
    }

    /// Where the years run from: a day or a year, its span, and its evidence when the reference gave it.
    struct Start {
        var year: Int
        var day: CalendarDate?
        var span: Span
        var evidence: Evidence?
        /// Whether the finding quotes the years through to it (not an event named anywhere in the sentence).
        var isQuoted = true
        /// What the message calls the start when the text does not name it at `span`: the event
        /// whose anniversary the publication date is.
        var label: String?

        /// The start of a reference event named in the draft, quoted when `isQuoted`.
        init?(event named: NamedSubject, in check: DateCheck, reference: any ReferenceLookup, isQuoted: Bool = true) {
            self.init(
                event: named.subject,
                span: check.tokens[named.tokens.lowerBound].span.union(check.tokens[named.tokens.upperBound - 1].span),
                reference: reference, isQuoted: isQuoted)
        }

        /// The start of a reference event, written at `span` or, with a `label`, not written.
        init?(
            event subject: ReferenceSubject, span: Span, reference: any ReferenceLookup, isQuoted: Bool = true,
            label: String? = nil
        ) {
            guard let event = reference.event(subject.id), let start = event.start, let year = start.year else { return nil }
            self.init(
                year: year, day: start.calendarDate, span: span, evidence: Evidence(start: start, of: subject, event: event),
                isQuoted: isQuoted, label: label)
        }

        init(
            year: Int, day: CalendarDate?, span: Span, evidence: Evidence? = nil, isQuoted: Bool = true, label: String? = nil
        ) {
            (self.year, self.day, self.span, self.evidence, self.isQuoted) = (year, day, span, evidence, isQuoted)
            self.label = label
        }
    }

    /// The finding for `duration` (years, `stated` of them) if it runs from a day the sentence
    /// dates and the calendar makes the count impossible, read on `now`.
    static func finding(
        _ duration: Mention, stated: Int, now: CalendarDate, publication: Evidence?, rule: RuleDescriptor,
        check: DateCheck
    ) -> Finding? {
        let range = check.document.tokenRange(of: duration.span)
        guard let claim = claim(stated, range: range, check: check) else { return nil }
        var connector = range.upperBound
        if check.word(connector) == "et", check.word(connector + 1) == "demi" { connector += 2 }
        if check.word(connector) == "and", check.word(connector + 1) == "a", check.word(connector + 2) == "half" {
            connector += 3
        }
        // "25 years on from the accord": "on from" ties the years as "after" does.
        let onFrom = check.word(connector) == "on" && check.word(connector + 1) == "from"
        if onFrom { connector += 1 }
        // « Cela fait 25 ans que l’accord … a été signé », « voilà 25 ans que »: « que » as "since".
        let sinceQue = check.word(connector) == "que" && Self.opensSinceQue(before: range.lowerBound, check: check)
        // "Twenty years later, the treaty remains …": "later" and a comma as "after" and a comma.
        let laterAside = check.word(connector) == "later" && Self.opensAside(after: connector, check: check)
        let start: Start
        let connected =
            connectors.contains(check.word(connector)) || onFrom || sinceQue || laterAside
            ? eventStart(after: connector, check: check) ?? dateStart(after: connector, check: check) : nil
        if let after = connected, !claim.isLowerBound, claim.years == Double(stated),
            let time = timeYear(before: range, check: check)
        {
            let span = time.mention.span.union(after.isQuoted ? after.span : duration.span)
            return ElapsedYearsMismatchRule.betweenYearsFinding(
                duration, stated: stated, from: after.year, to: time.year, span: span,
                evidence: [Evidence(statement: "from \(after.year) to \(time.year) is \(time.year - after.year) years")]
                    + (after.evidence.map { [$0] } ?? []), rule: rule, check: check)
        }
        if let after = connected,
            isPresent(duration, start: after, since: check.word(connector) == "since" || sinceQue, check: check)
                || Self.isMarked(range.lowerBound, check: check)
        {
            start = after
        } else if let told = toldStart(ofAgo: duration, now: now, check: check) {
            start = told
        } else {
            return nil
        }
        // "hosts the Games in 2028, 44 years after 1984": another year the sentence writes may be the time.
        let sentence = check.sentence(of: duration).span
        let otherYear = check.mentions(check.dates, in: sentence).contains { mention in
            !mention.span.overlaps(start.span) && mention.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
        }
        let years = now.year - start.year
        guard years >= 1, !otherYear else { return nil }
        let (low, high): (Double, Double) =
            start.day.map { let elapsed = Self.elapsed(from: $0, to: now); return (elapsed, elapsed) }
            ?? (Double(years - 1), Double(years + 1))
        // From a known day the count may be rounded up a little, else one off either way; and
        // counted by calendar years ("six years after" a flood of November 2020, in March 2026: the
        // year of its sixth anniversary).
        let above = start.day == nil ? 1 : roundingUp
        let possible =
            claim.isLowerBound
            ? high > claim.years
            : claim.years > low - 1 && (claim.years <= high + above || claim.years == Double(years))
        guard !possible else { return nil }
        // A start another sentence gives is shown in the evidence, not quoted.
        let sameSentence = check.document.sentenceIndex(of: start.span.start) == check.document.sentenceIndex(of: duration.span.start)
        let span = sameSentence && start.isQuoted ? duration.span.union(start.span) : duration.span
        let elapsed = start.day.map { Int(Self.elapsed(from: $0, to: now)) } ?? years
        let message =
            start.day == nil
            ? check.wording.elapsedYears(
                quoted: check.document.text(in: span), from: start.year, to: now.year, years: elapsed)
            : check.wording.elapsedYears(
                quoted: check.document.text(in: span), fromDay: start.label ?? check.document.text(in: start.span),
                to: now, years: elapsed)
        return check.finding(
            rule, at: span,
            message: message,
            evidence: [
                Evidence(
                    statement:
                        "read on \(now.isoDay); from “\(start.label ?? check.document.text(in: start.span))” it is \(elapsed) years")
            ] + (start.evidence.map { [$0] } ?? []) + (publication.map { [$0] } ?? []))
    }

    /// The year written right before years, a comma between, their own time: "rebuilt in 2016,
    /// five years after the flood", « rebâtie en 2016, cinq ans après ».
    private static func timeYear(before range: Range<Int>, check: DateCheck) -> (mention: Mention, year: Int)? {
        guard range.lowerBound >= 2, check.tokens[range.lowerBound - 1].text == ",",
            let time = check.dates.last(where: { check.document.tokenRange(of: $0.span).upperBound == range.lowerBound - 1 }),
            case .date(let date, _) = time.value, let year = date.year, date.month == nil
        else { return nil }
        return (time, year)
    }

    /// The years as claimed, or `nil` when words before them make them loose.
    private static func claim(_ stated: Int, range: Range<Int>, check: DateCheck) -> Claim? {
        let before = check.word(range.lowerBound - 1)
        let lead = ["de", "d'", "than"].contains(before) ? check.word(range.lowerBound - 2) : before
        guard !looseWords.contains(lead), !looseWords.contains(before) else { return nil }
        var years = Double(stated)
        let after = range.upperBound
        if check.word(after) == "et" && check.word(after + 1) == "demi"
            || check.word(after) == "and" && check.word(after + 2) == "half"
        {
            years += 0.5
        }
        return Claim(years: years, isLowerBound: lowerBoundWords.contains(lead))
    }

    /// The day a reference event named right after the connector began: "since the Kumasi flood".
    private static func eventStart(after connector: Int, check: DateCheck) -> Start? {
        guard let reference = check.reference else { return nil }
        var first = connector + 1
        while first - connector <= 3, linkingWords.contains(check.word(first)) { first += 1 }
        let sentence = check.document.sentenceIndex(of: check.tokens[connector].span.start)
        guard
            let named = check.names.subjects(inSentence: sentence).filter({ $0.tokens.lowerBound == first })
                .max(by: { $0.tokens.count < $1.tokens.count })
        else { return nil }
        return Start(event: named, in: check, reference: reference)
    }

    /// Verbs of marking right before years since an event, folded: the years count to the
    /// marking, a day of the text's time ("gathered to mark 25 years since the accord").
    static let markingVerbs: Set<String> = [
        "mark", "marks", "marking", "marked", "celebrate", "celebrates", "celebrating", "celebrated", "commemorate",
        "commemorates", "commemorating", "commemorated",
    ]

    /// Whether a verb of marking comes right before the years at token `first`, in a sentence
    /// that tells of no earlier year or edition ("last year, the city marked …").
    private static func isMarked(_ first: Int, check: DateCheck) -> Bool {
        guard markingVerbs.contains(check.word(first - 1)) else { return false }
        return !OtherTimeWords.tellsOfEarlierPeriod(sentence: check.document.sentenceIndex(of: check.tokens[first].span.start), check: check)
    }

    /// Whether « cela fait », « ça fait », « voilà » or « voici » comes right before the years at
    /// token `first`: « que » after them then ties them as "since" does.
    private static func opensSinceQue(before first: Int, check: DateCheck) -> Bool {
        // « Cela fait déjà 25 ans que »: an adverb may stand between.
        let lead = sinceQueAdverbs.contains(check.word(first - 1)) ? first - 1 : first
        let before = check.word(lead - 1)
        return ["voila", "voici"].contains(before) || (before == "fait" && ["cela", "ca"].contains(check.word(lead - 2)))
    }

    /// Adverbs between « cela fait » or « voilà » and the years, folded: « cela fait déjà 25 ans
    /// que », « voilà maintenant 25 ans que ».
    static let sinceQueAdverbs: Set<String> = ["deja", "maintenant", "desormais", "bientot", "aujourd'hui", "officiellement"]

    /// Demonstratives after the connector that point to what the previous sentence dates:
    /// « Dix ans après cet attentat », "ten years after that attack".
    static let demonstratives: Set<String> = ["ce", "cet", "cette", "ces", "this", "that", "these", "those"]

    /// The first date with a year within ``reach`` tokens after the connector, in its sentence;
    /// with no date there, after words that point back (``pointsBack(after:check:)``), the one
    /// year the previous sentence gives.
    private static func dateStart(after connector: Int, check: DateCheck) -> Start? {
        let index = check.document.sentenceIndex(of: check.tokens[connector].span.start)
        let sentence = check.document.sentences[index]
        let end = min(sentence.tokens.upperBound, connector + 1 + reach)
        guard end > connector + 1 else { return nil }
        let window = Span(start: check.tokens[connector].span.end, end: check.tokens[end - 1].span.end)
        guard let first = check.mentions(check.timeline, in: window).first else {
            return pointsBack(after: connector, check: check) ? onlyYear(ofSentence: index - 1, near: index, check: check) : nil
        }
        guard first.kind == .date, case .date(let date, _) = first.value, let year = date.year else { return nil }
        return Start(year: year, day: date.month != nil && date.day != nil ? date.calendarDate : nil, span: first.span)
    }

    /// Whether the connector at token `connector` ends the words that open its sentence, a comma
    /// after it, with only the years before it: « Vingt-cinq ans après, le traité demeure … »,
    /// "Twenty years later, …", which run from what the previous sentence dates.
    private static func opensAside(after connector: Int, check: DateCheck) -> Bool {
        guard connector + 1 < check.tokens.count, check.tokens[connector + 1].text == "," else { return false }
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.tokens[connector].span.start)]
        return check.durations.contains { check.document.tokenRange(of: $0.span) == sentence.tokens.lowerBound..<connector }
    }

    /// Definite articles that point back when their noun is the previous sentence's: « Le 12 mai
    /// 2016, une crue a ravagé Porto. Dix ans après la crue, … ».
    static let articles: Set<String> = ["le", "la", "l'", "les", "the"]

    /// Whether the words after the connector point to what the previous sentence tells: a
    /// demonstrative, or an article before a noun that sentence writes too.
    private static func pointsBack(after connector: Int, check: DateCheck) -> Bool {
        let word = check.word(connector + 1)
        if demonstratives.contains(word) || opensAside(after: connector, check: check) { return true }
        let index = check.document.sentenceIndex(of: check.tokens[connector].span.start)
        guard articles.contains(word), index > 0, connector + 2 < check.tokens.count,
            check.tokens[connector + 2].kind == .word
        else { return false }
        let noun = check.word(connector + 2)
        guard noun.count > 3 else { return false }
        return check.document.sentences[index - 1].tokens.contains { check.word($0) == noun }
    }

    /// "C’était il y a dix ans. L’attaque … le 7 janvier 2015.", "That was ten years ago.": years
    /// ago that make a sentence of their own (a few words) run from the one year the next
    /// sentence of the paragraph gives, else the previous one; years ago to the day ("20 years
    /// ago today", « il y a 20 ans jour pour jour ») that find no start there run from the one
    /// reference event that started on the day and month of `now` (``anniversaryStart(ofAgo:now:check:)``).
    private static func toldStart(ofAgo duration: Mention, now: CalendarDate, check: DateCheck) -> Start? {
        let range = check.document.tokenRange(of: duration.span)
        let ago = YearsAgo.isAgo(range, check: check)
        let index = check.document.sentenceIndex(of: duration.span.start)
        guard ago else { return nil }
        let told =
            check.document.sentences[index].tokens.count <= agoSentenceLength
            ? onlyYear(ofSentence: index + 1, near: index, check: check)
                ?? onlyYear(ofSentence: index - 1, near: index, check: check)
            : onlyEvent(inSentence: index, check: check)
        return told ?? anniversaryStart(ofAgo: duration, now: now, check: check)
    }

    /// Words right after years ago that put their start on the text's day, folded, as sequences:
    /// "today", « aujourd’hui », « jour pour jour ».
    static let toTheDayWords: [[String]] = [["today"], ["aujourd'hui"], ["jour", "pour", "jour"]]

    /// The one reference event that started on the day and month of `now`, when the years ago end
    /// on a word of ``toTheDayWords`` (after "ago" in English), their sentence names no event and
    /// remembers nothing ("30 years ago today, the shuttle broke up", « Il y a 25 ans jour pour
    /// jour, un camion prenait feu »).
    private static func anniversaryStart(ofAgo duration: Mention, now: CalendarDate, check: DateCheck) -> Start? {
        let range = check.document.tokenRange(of: duration.span)
        let after = check.word(range.upperBound) == "ago" ? range.upperBound + 1 : range.upperBound
        let index = check.document.sentenceIndex(of: duration.span.start)
        guard let reference = check.reference,
            toTheDayWords.contains(where: { check.hasWords($0, at: after) }),
            !RemembranceWords.occur(in: check.document.sentences[index].tokens, check: check),
            !check.names.subjects(inSentence: index).contains(where: { reference.event($0.subject.id) != nil })
        else { return nil }
        let events = reference.events(onAnniversaryOf: now, language: check.document.language)
        guard events.count == 1 else { return nil }
        return Start(event: events[0], span: duration.span, reference: reference, isQuoted: false, label: events[0].name)
    }

    /// "Thirty years ago, the Kumasi flood swept the town": the one reference event the sentence
    /// names, unless the sentence remembers it (an anniversary, a memorial: the years then date
    /// the remembering).
    private static func onlyEvent(inSentence index: Int, check: DateCheck) -> Start? {
        guard let reference = check.reference,
            !RemembranceWords.occur(in: check.document.sentences[index].tokens, check: check)
        else { return nil }
        let events = check.names.subjects(inSentence: index).filter { reference.event($0.subject.id) != nil }
        guard let named = events.first, events.allSatisfy({ $0.subject.id == named.subject.id }) else { return nil }
        return Start(event: named, in: check, reference: reference, isQuoted: false)
    }

    /// How many tokens a sentence of years ago may hold (« C’était il y a dix ans. »).
    static let agoSentenceLength = 8

    /// The year sentence `index` gives, when all its dates give that one year and it shares the
    /// paragraph of sentence `near`: its first full date, else its first date.
    private static func onlyYear(ofSentence index: Int, near: Int, check: DateCheck) -> Start? {
        guard index >= 0, index < check.document.sentences.count else { return nil }
        let sentence = check.document.sentences[index]
        guard check.document.paragraphIndex(of: sentence.span.start)
            == check.document.paragraphIndex(of: check.document.sentences[near].span.start)
        else { return nil }
        let dates = check.mentions(check.dates, in: sentence.span).compactMap { mention -> (PartialDate, Mention)? in
            guard case .date(let date, _) = mention.value, date.year != nil else { return nil }
            return (date, mention)
        }
        guard let first = dates.first, let year = first.0.year, dates.allSatisfy({ $0.0.year == year }) else {
            return nil
        }
        let full = dates.first { $0.0.month != nil && $0.0.day != nil } ?? first
        return Start(year: year, day: full.0.month != nil && full.0.day != nil ? full.0.calendarDate : nil, span: full.1.span)
    }

    /// Whether the sentence reads in the present outside the years, the words up to the start,
    /// the start's own clause (« l’incendie qui a ravagé la halle, », "since the flood swept the
    /// town,") and a relative clause after it (« , qui avait ravagé … »); or tells a past of the
    /// text's own week (``isOfTheWeek(_:check:)``: « a rouvert samedi, cinq ans après … »).
    private static func isPresent(_ duration: Mention, start: Start, since: Bool, check: DateCheck) -> Bool {
        let sentence = check.sentence(of: duration).tokens
        if isOfTheWeek(sentence, check: check) { return true }
        var outside = Array(sentence.lowerBound..<check.document.tokenRange(of: duration.span).lowerBound)
        // A start in the previous sentence: the rest of this one, after the years and their demonstrative.
        var index = max(check.document.tokenRange(of: start.span).upperBound, check.document.tokenRange(of: duration.span).upperBound + 3)
        if since || ownClauseOpeners.contains(check.word(index)) {
            while index < sentence.upperBound, check.tokens[index].kind != .punctuation { index += 1 }
        }
        while index < sentence.upperBound,
            !(check.tokens[index].text == "," && PresentElapsedYears.relativeOpeners.contains(check.word(index + 1)))
        {
            outside.append(index)
            index += 1
        }
        return !outside.contains {
            !(since && sincePerfect.contains(check.word($0)))
                // « ont lieu », « a lieu »: a present
                && !(["a", "ont"].contains(check.word($0)) && check.word($0 + 1) == "lieu")
                && !(since && isPresentPerfect($0, check: check))
                && PresentElapsedYears.isPastOrFuture($0, check: check)
        }
    }

    /// Whether an English participle follows "has" or "have", an adverb between at most ("has
    /// never missed", "have always played"): the present perfect that years since go with.
    private static func isPresentPerfect(_ index: Int, check: DateCheck) -> Bool {
        check.document.language == .en
            && (["has", "have"].contains(check.word(index - 1)) || ["has", "have"].contains(check.word(index - 2)))
    }

    /// How far above the years elapsed since a known day a count may be: a quarter, rounded up
    /// ("six years" for five years and ten months, not for five and a half).
    static let roundingUp = 0.25

    /// Words right after the start that open its own clause, folded: « l’incendie qui a ravagé … »,
    /// "the fire that gutted …".
    static let ownClauseOpeners: Set<String> = PresentElapsedYears.relativeOpeners.union(["that"])

    /// Whether the sentence dates what it tells by a day of the text's own week, a weekday
    /// alone or a day counted from the text's (« a rouvert ses portes samedi », "reopened on
    /// Saturday", « hier »): a past there is the text's time, not another time years may run to.
    static func isOfTheWeek(_ sentence: Range<Int>, check: DateCheck) -> Bool {
        let span = Span(start: check.tokens[sentence.lowerBound].span.start, end: check.tokens[sentence.upperBound - 1].span.end)
        let dates = check.mentions(check.dates, in: span)
        if check.mentions(check.weekdays, in: span).contains(where: { weekday in !dates.contains { $0.span.overlaps(weekday.span) } }) {
            return true
        }
        return check.mentions(check.relatives, in: span).contains { mention in
            switch mention.value {
            case .relativeDate(.days(let days)): return (-7...0).contains(days)
            case .relativeDate(.weekday(_, let offset)): return offset <= 0
            default: return false
            }
        }
    }

    /// Years from one day to a later one, with the fraction of the last.
    static func elapsed(from start: CalendarDate, to end: CalendarDate) -> Double {
        Double(end.year - start.year) + Double((end.month - start.month) * 30 + end.day - start.day) / 365
    }
}

extension DateWording {
    /// « « huit ans » : du « 12 mai 2016 » au 10 mars 2026, date de publication, il y a neuf ans. »
    func elapsedYears(quoted words: String, fromDay start: String, to now: CalendarDate, years: Int) -> String {
        let day = date(PartialDate(year: now.year, month: now.month, day: now.day))
        return language == .fr
            ? quoted(words) + colon + "de « \(start) » au \(day), date de publication, il y a \(yearsInWords(years))."
            : quoted(words) + colon + "from “\(start)” to \(day), the date of publication, is \(yearsInWords(years))."
    }
}
