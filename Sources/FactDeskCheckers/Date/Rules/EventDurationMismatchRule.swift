import FactDeskKit

/// Rule `event-duration-mismatch` (warning): a length the text gives an event ("a three-day
/// summit", « pour deux semaines de festival ») that its dates in the reference data contradict.
///
/// The length must be the event's own: a compound before the event ("a three-day summit", "the
/// four-day NATO meeting"), or "pour" / "for" after an opening verb (« s’est ouvert pour deux
/// semaines », "opened for three days"); and have no range of the text to go with (those are
/// ``RangeDurationMismatchRule``'s). "Delegates stay for two weeks" says nothing of the event.
/// The event is the one its sentence speaks of (``EventTies``): an event or edition of the reference data, by its name, its place
/// or, when only one is near, an event noun, or, but for a compound after no definite article ("a five-day festival"), the one of its kind near the
/// publication date (``KindLinkedEvents``: "the festival runs for five days"); or by the last word of its name capitalised after
/// the length (``EventShortName``: "the three-day Meeting"); near the publication date, else near the text's own
/// time (``TextTime``: « a ouvert ses portes ce samedi 22 février 2025 pour deux semaines »).
/// A length after the verb of what people do at an event ("deliberating … over three days") is
/// that event's (``EventActivityLength``).
struct EventDurationMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "event-duration-mismatch", severity: .warning,
        summary: "A length given to an event that its dates in the reference data contradict.",
        examples: EventDurationMismatchRule.examples)

    func findings(in check: DateCheck) -> [Finding] {
        lengthFindings(in: check) + countdownFindings(in: check)
    }

    private func lengthFindings(in check: DateCheck) -> [Finding] {
        guard !check.durations.isEmpty, let (day, publication) = check.publishedOrTextTime else { return [] }
        let anchors = check.timeline.filter { $0.kind == .date || $0.kind == .dateRange }
        var ties: EventTies?
        var kinds: KindLinkedEvents?
        var yearNamed: YearNamedEvent?
        return check.durations.compactMap { duration -> Finding? in
            guard case .duration(let amount, let unit) = duration.value, [.day, .week, .month].contains(unit),
                let stated = DurationContext.wholeNumber(amount),
                DurationContext(check: check, duration: duration).describesLength,
                RangeDurationMismatchRule.pairedRange(for: duration, anchors: anchors, check: check) == nil,
                !Self.isInName(duration, check: check),
                // "during the last six months": a stretch up to now, not an event's length.
                !RestatedDurationMismatchRule.countsFromNow(
                    duration, words: RestatedDurationMismatchRule.backFromNowWords, check: check)
            else { return nil }
            let sentence = check.document.sentenceIndex(of: duration.span.start)
            let head = HeadLength(duration, check: check)
            let events = ties ?? EventTies(EventPeriods.near(day, in: check), check: check)
            ties = events
            // « Pendant trois jours, … lors du 19e sommet »: the numbered edition's days.
            var period = head?.numberedEdition() ?? events.period(ofSentence: sentence)
            // "the festival runs for five days": the one festival near the publication date; a
            // compound only after a definite article ("The four-day summit opens", not "a five-day
            // festival", which may be another).
            if period == nil, !DurationContext.isCompound(duration) || Self.isDefinite(duration, check: check) {
                let linked = kinds ?? KindLinkedEvents(published: day, check: check)
                kinds = linked
                period = linked.period(ofSentence: sentence)
            }
            if period?.subjectID == nil {
                let named = yearNamed ?? YearNamedEvent(check: check, published: day)
                yearNamed = named
                period = named.period(ofSentence: sentence) ?? period
            }
            // "the three-day Meeting": an edition the text calls by the last word of its name.
            if period?.subjectID == nil, let short = EventShortName.period(after: duration, published: day, check: check) {
                period = short
            }
            if !(period.map { $0.subjectID != nil && Self.qualifies($0, with: duration, head: head, check: check) } ?? false) {
                // "deliberating for nine hours across two days": the doing of an event the sentence does not name.
                period = EventActivityLength.period(for: duration, check: check, published: day)
            }
            guard let period else { return nil }
            let days = period.last.daysSinceEpoch - period.first.daysSinceEpoch + 1
            guard !RangeDurationMismatchRule.agrees(stated: stated, unit: unit, days: days),
                !Self.isPartOf(duration, check: check) || Self.exceeds(stated: stated, unit: unit, days: days)
            else { return nil }
            return check.finding(
                descriptor, at: duration.span,
                message: check.wording.eventDuration(
                    quoted: duration.text, first: period.first, last: period.last, days: days),
                suggestions: unit == .day
                    ? [RangeDurationMismatchRule.corrected(duration.text, stated: stated, days: days, check.wording)]
                    : [],
                evidence: [period.evidence] + (publication.map { [$0] } ?? []))
        }
    }

    /// Articles that make a length compound's event the one already known: "the", "this".
    static let definiteArticles: Set<String> = ["the", "this"]

    /// Whether a length compound follows a definite article: "The four-day summit".
    static func isDefinite(_ duration: Mention, check: DateCheck) -> Bool {
        definiteArticles.contains(check.word(check.document.tokenRange(of: duration.span).lowerBound - 1))
    }

    /// Whether the length is part of a name of the reference data (« les 24 Heures du Mans »).
    static func isInName(_ duration: Mention, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        return check.names.subjects(inSentence: check.document.sentenceIndex(of: duration.span.start)).contains {
            $0.tokens.overlaps(range)
        }
    }

    /// Verbs that open an event, bring it back or host it, folded: a length after them and "pour" / "for"
    /// is the event's (« revient à Lyon pour trois jours », « Kesra accueille pour deux jours le sommet »).
    static let openingWords: Set<String> = [
        "ouvre", "ouvert", "ouverte", "ouvrira", "ouvrent", "portes", "debute", "debutera", "demarre", "lance",
        "lancee", "opens", "opened", "open", "kicked", "kicks", "began", "begins", "starts", "started", "launched",
        "revient", "reviendra", "returns", "return", "accueille", "accueillera", "accueillent", "abrite", "hosts",
        "hosting", "host",
    ]
    /// How far before "pour" / "for" the opening verb may be, in tokens.
    static let openingReach = 10

    /// Whether the length qualifies the event: a compound before an event noun with no other
    /// subject's name between ("a three-day summit", not "a two-day Europol meeting") or before
    /// the event's name, within three words ("a five-day General Assembly"), or its French form
    /// after an event noun (« une réunion de trois jours »); "pour" / "for" after an opening
    /// verb; a length of meeting at the event (``isMeetingLength(_:of:check:)``); a verb of
    /// lasting whose subject is the event (« le sommet durera trois jours », "the fair runs for
    /// two weeks"); a length that opens a clause whose subject
    /// is the event (« Pendant deux semaines, le festival … », "Over ten days, the games …") or
    /// that puts its people at the event by name (``HeadLength``: « Trois jours durant, les
    /// élus se retrouveront lors du 12e sommet de la Hanse »); the days of the event named right
    /// after them (« les trois jours du sommet »); or a length in apposition to the event (« Le
    /// sommet, d’une durée de trois jours, s’ouvre »); a length after a closing verb and "after"
    /// whose subject is the event (« la session s’est achevée jeudi après trois jours de débats »).
    static func qualifies(_ period: EventPeriod, with duration: Mention, head: HeadLength?, check: DateCheck) -> Bool {
        let range = check.document.tokenRange(of: duration.span)
        let sentence = check.sentence(of: duration).tokens
        if DurationContext.isCompound(duration) {
            let next = range.upperBound..<min(sentence.upperBound, range.upperBound + 3)
            let names = check.names.subjects(inSentence: check.document.sentenceIndex(of: duration.span.start))
            // "a two-day Europol meeting" is another subject's meeting.
            guard let noun = next.first(where: { isEventNoun(check.word($0)) }) else {
                return names.contains { $0.subject.id == period.subjectID && next.contains($0.tokens.lowerBound) }
            }
            // "The Lakes Cup was a six-week tournament", "The Lakes Cup, a two-week event,": a noun
            // of any event says what the named one is only as its predicate or apposition.
            if !EventWords.nouns.contains(check.word(noun)) {
                // "during the 40-day tournament": the definite noun of the event's own kind.
                if isDefinite(duration, check: check),
                    EventKindNouns.names(check.word(noun), subject: period.subjectID, check: check)
                {
                    return true
                }
                return isPredicateOrApposition(range, of: period, names: names, check: check)
            }
            // "a three-day NATO summit in Vilnius": an event the sentence knows only by its place
            // leaves the name before the noun to its organiser.
            let knownByPlaceOnly =
                !names.contains { $0.subject.id == period.subjectID }
                && names.contains { period.places.contains(WordFolding.fold($0.subject.name)) }
            if knownByPlaceOnly { return true }
            // A festival the reference data holds apart from its yearly event names that event too.
            let own = Set(names.filter { $0.subject.id == period.subjectID }.map(\.tokens.lowerBound))
            return !names.contains { named in
                named.subject.id != period.subjectID && !own.contains(named.tokens.lowerBound)
                    && (range.upperBound..<noun).contains(named.tokens.lowerBound)
            }
        }
        let before = check.word(range.lowerBound - 1)
        // « une réunion de trois jours », « le sommet de deux jours »: the French compound.
        if before == "de", EventWords.nouns.contains(check.word(range.lowerBound - 2)) { return true }
        if lastingWords.contains(before)
            || (["for", "pendant", "durant", "over", "sur"].contains(before)
                && lastingWords.contains(check.word(wordBefore(range.lowerBound - 1, check: check))))
        {
            return namesEvent(period, in: sentence.lowerBound..<range.lowerBound - 1, check: check)
        }
        // "The 74th fair runs through Sept. 13; over its ten days, …", « durant ses dix jours »:
        // the days of the event its sentence names.
        if DurationContext.possessives.contains(before),
            ["over", "during", "for", "across", "pendant", "durant", "sur"].contains(check.word(range.lowerBound - 2))
        {
            return namesEvent(period, in: sentence.lowerBound..<range.lowerBound - 2, check: check)
        }
        // « Pendant deux semaines, le festival … », "Over ten days, the championships …", « Deux
        // jours durant, les délégués … lors du sommet de la Hanse ».
        if let head {
            let clause = head.clause
            return namesEvent(period, in: clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 3), check: check)
                || head.meets(at: period)
        }
        // « les trois jours du sommet », "the three days of the summit": the event right after; "after
        // three days of deliberations" too, a part of it (``isPartOf(_:check:)``).
        if ["les", "the", "ces", "these"].contains(before) || isPartOf(duration, check: check),
            ofWords.contains(check.word(range.upperBound))
        {
            var noun = range.upperBound + 1
            while ofWords.contains(check.word(noun)) { noun += 1 }
            return namesEvent(period, in: noun..<min(sentence.upperBound, noun + 1), check: check)
        }
        // « Le sommet, d’une durée de trois jours, s’ouvre … »: the subject before the apposition.
        if ["de", "of"].contains(before), ["duree", "length"].contains(check.word(range.lowerBound - 2)),
            check.tokens[safe: range.upperBound]?.text == ","
        {
            let comma = (sentence.lowerBound..<range.lowerBound).last { check.tokens[$0].text == "," }
            guard let comma else { return false }
            let clause = (sentence.lowerBound..<comma).last { check.tokens[$0].kind == .punctuation }.map { $0 + 1 }
            return namesEvent(period, in: (clause ?? sentence.lowerBound)..<comma, check: check)
        }
        if let verb = closingVerb(before: duration, check: check) {
            return namesEvent(period, in: sentence.lowerBound..<verb, check: check)
        }
        if isMeetingLength(duration, of: period, check: check) { return true }
        guard ["pour", "for"].contains(before) else { return false }
        let from = max(sentence.lowerBound, range.lowerBound - 1 - openingReach)
        return (from..<range.lowerBound - 1).contains { openingWords.contains(check.word($0)) }
    }

    /// Nouns of a whole event that only a length compound ties to it ("a five-week tournament",
    /// "the four-day event", "a five-day trade show", « une compétition de trois semaines »), folded: unlike
    /// ``EventWords/nouns`` they number no edition.
    static let lengthEventNouns: Set<String> = [
        "tournament", "tournaments", "tournoi", "tournois", "competition", "competitions", "event", "events",
        "evenement", "evenements", "fair", "foire", "show", "expo", "exhibition",
    ]

    /// Copulas before a predicate noun phrase, folded.
    static let copulas: Set<String> = ["is", "was", "will", "be", "est", "etait", "sera", "fut"]

    /// Whether a length compound opens a predicate of its sentence ("was a six-week tournament")
    /// or an apposition right after the event's name ("The Lakes Cup, a two-week event,").
    private static func isPredicateOrApposition(
        _ range: Range<Int>, of period: EventPeriod, names: [NamedSubject], check: DateCheck
    ) -> Bool {
        guard ClaimWords.indefiniteArticles.contains(check.word(range.lowerBound - 1)) else { return false }
        let before = range.lowerBound - 2
        guard before >= 0 else { return false }
        if copulas.contains(check.word(before)) { return true }
        return check.tokens[before].text == ","
            && names.contains { $0.subject.id == period.subjectID && $0.tokens.upperBound == before }
    }

    /// Whether a folded word is a noun of an event a length compound may qualify.
    static func isEventNoun(_ word: String) -> Bool {
        EventWords.nouns.contains(word) || lengthEventNouns.contains(word)
    }

    /// Words between a length and the event it is of, folded: « du », "of the".
    static let ofWords: Set<String> = ["du", "de", "des", "d'", "la", "l'", "le", "of", "the"]

    /// Whether the length is told as the part of the event gone by: "after three days of
    /// deliberations", "following two days of talks", « après trois jours de débats »; it may be less than the whole event, never more.
    static func isPartOf(_ duration: Mention, check: DateCheck) -> Bool {
        ["after", "following", "apres"].contains(check.word(check.document.tokenRange(of: duration.span).lowerBound - 1))
            && closingVerb(before: duration, check: check) == nil
    }

    /// The closing verb before "after" / « après » and a length, within ``openingReach`` tokens:
    /// the length is then the whole event's (« s’est achevée jeudi après trois jours de
    /// débats », "closed on Friday after three days of talks").
    static func closingVerb(before duration: Mention, check: DateCheck) -> Int? {
        let range = check.document.tokenRange(of: duration.span)
        guard ["after", "apres"].contains(check.word(range.lowerBound - 1)) else { return nil }
        let sentence = check.sentence(of: duration).tokens
        let from = max(sentence.lowerBound, range.lowerBound - 1 - openingReach)
        return (from..<range.lowerBound - 1).last { EventBoundaryWeekday.closingVerbs.contains(check.word($0)) }
    }

    /// Whether a length is longer than `days`: days one by one, weeks loosely; months never tell.
    static func exceeds(stated: Int, unit: Mention.DurationUnit, days: Int) -> Bool {
        switch unit {
        case .day: return stated > days
        case .week: return 7 * stated > days + 2
        default: return false
        }
    }

    /// Verbs of lasting, folded: a length right after them, or after them and "for", "over" or
    /// « sur », is the length of what they say of (« le sommet durera trois jours », "the fair runs
    /// for two weeks", « le salon se tiendra sur trois jours », « s’étale sur une semaine »); so are
    /// the verbs of a return or an offer whose subject is the event (« le festival revient pour trois
    /// jours », "the festival offers four days of music").
    static let lastingWords: Set<String> = [
        "dure", "durera", "durait", "dura", "dureront", "durer", "last", "lasts", "lasted", "run", "runs", "ran",
        "deroule", "deroulera", "tient", "tiendra", "held", "place", "deroulent", "derouleront", "tiennent",
        "tiendront", "etale", "etalera", "etend", "etendra", "revient", "reviendra", "returns", "return", "offers",
        "offer", "propose", "proposera", "promet", "promises",
    ]

    /// The word before token `index`, past « cette année » or "this year" (« se déroule cette
    /// année pendant dix jours »).
    private static func wordBefore(_ index: Int, check: DateCheck) -> Int {
        let previous = index - 1
        guard previous >= 0,
            let relative = check.relatives.first(where: { check.document.tokenRange(of: $0.span).upperBound == index }),
            case .relativeDate(.years) = relative.value
        else { return previous }
        return check.document.tokenRange(of: relative.span).lowerBound - 1
    }

    /// Whether the tokens hold an event noun or the name of the period's subject: the subject of
    /// the verb of lasting, or of the clause a length opens.
    static func namesEvent(_ period: EventPeriod, in tokens: Range<Int>, check: DateCheck) -> Bool {
        guard !tokens.isEmpty else { return false }
        let sentence = check.document.sentenceIndex(of: check.tokens[tokens.lowerBound].span.start)
        // "the tournament runs for 40 days": a noun of the event's kind names it too.
        return tokens.contains {
            EventWords.nouns.contains(check.word($0)) || EventKindNouns.names(check.word($0), subject: period.subjectID, check: check)
        }
            || check.names.subjects(inSentence: sentence).contains {
                $0.subject.id == period.subjectID && tokens.contains($0.tokens.lowerBound)
            }
    }
}

extension DateWording {
    /// "« deux semaines » : l’événement se tient du 22 février au 1er mars 2025, huit jours, le
    /// premier et le dernier compris."
    func eventDuration(quoted words: String, first: CalendarDate, last: CalendarDate, days: Int) -> String {
        let period = range(
            PartialDate(year: first.year, month: first.month, day: first.day),
            PartialDate(year: last.year, month: last.month, day: last.day), withYear: true, style: .fromTo)
        return language == .fr
            ? quoted(words) + colon
                + "selon les données de référence, l’événement se tient \(period) : \(numberInWords(days)) jours, le premier et le dernier compris."
            : quoted(words) + colon
                + "the reference data gives the event \(period): \(numberInWords(days)) days, counting the first and the last."
    }
}
