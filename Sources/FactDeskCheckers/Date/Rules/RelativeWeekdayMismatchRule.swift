import FactDeskKit

/// Rule `relative-weekday-mismatch` (warning): a weekday or a relative day that, read from the
/// publication date, cannot be what the text says it is.
///
/// Five cases. A weekday of the publication's week that the verb's tense puts on the wrong side
/// of the publication date (« s’est ouvert ce jeudi » on a Wednesday, ``ThisWeekdayTense``). One happening given two weekdays in a paragraph ("earthquakes hit … on
/// Sunday … Monday’s earthquake", ``EventWeekdayConflict``). A weekday that an opening or closing verb makes the first or last day of the
/// event its sentence speaks of ("the summit kicked off Monday", « s’élance ce dimanche ») when
/// that day, near the publication date, is another weekday (``EventBoundaryWeekday``), or to
/// the opening of a museum, a bridge or a body that the reference data holds as an event ("the
/// Harbour Museum opened on Saturday", ``EventBoundaryWeekday/openingEvent(published:check:)``). A
/// relative day next to a date or weekday it contradicts ("hier lundi" in a piece
/// published on a Monday). And a weekday alone ("a salué, mardi à Marrakech") whose reading
/// from the publication date — the last such day before it for a past verb, the next one for a
/// future verb or "prochain", "dernier" — falls outside the event the sentence speaks of, while
/// the other reading falls inside it: in a piece dated Monday 24 November about an event of
/// 24–27 November, "a salué mardi" is the 18th, before the event; its Tuesday is the 25th, still
/// to come. The event is a range of the text or an edition or event of the reference data near
/// the publication date, and the sentence must name it, its place, or an event noun. It stays
/// silent when a verb of saying dates the weekday (« a déclaré vendredi »: the words may come
/// before the event), when the sentence writes a full date outside the event, or when it tells
/// of another year or edition (« l’an dernier, le salon avait fermé samedi », ``OtherTimeWords``).
/// Without a publication date, only a weekday given to a vote is read: the one one-day vote of
/// the reference data held at a place its paragraph names (``PlacedVote``); and a weekday an
/// opening or closing verb gives to the one event its paragraph names with its year or, for an
/// edition of a series, its number (« la 68e assemblée … a débuté lundi », ``UndatedYearEdition``),
/// or that a verb of meeting gives to the people gathered for that event (« réunis samedi pour
/// la 68e assemblée »).
/// A weekday may also date an event's noun without a verb ("the quake in the north on Sunday",
/// "Saturday’s quake", « appelés samedi aux urnes », ``EventHeldWeekday/attachedNoun(to:sentence:check:)``);
/// and a sentence that names no event speaks of the one event of the reference data of its
/// noun's kind near the publication date (``KindLinkedEvents``). A weekday that
/// carries its date ("Tuesday (March 4)", ``DatedWeekday``) is never read here.
struct RelativeWeekdayMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "relative-weekday-mismatch", severity: .warning,
        summary: "A weekday or relative day that, read from the publication date, cannot be the day the text means.",
        examples: RelativeWeekdayMismatchRule.examples)

    func findings(in check: DateCheck) -> [Finding] {
        let conflicts = EventWeekdayConflict.all(in: check).map { conflictFinding($0, check: check) }
        guard let published = check.published else {
            return conflicts + undatedVoteFindings(in: check) + undatedMeetingFindings(in: check)
                + undatedBoundaryFindings(in: check) + undatedPlacedFindings(in: check)
        }
        var findings = conflicts + check.relatives.compactMap { relativeDayFinding($0, published: published, check: check) }
            + anniversaryDayFindings(in: check, published: published)
        let againstTense = ThisWeekdayTense.all(in: check, published: published)
        findings += againstTense.map { thisWeekdayFinding($0, published: published, check: check) }
        let candidates = WeekdayReading.candidates(in: check, published: published)
        let boundaries = EventBoundaryWeekday.candidates(in: check)
        let held = EventHeldWeekday.candidates(in: check)
        guard !candidates.isEmpty || !boundaries.isEmpty || !held.isEmpty else { return findings }
        let kinds = KindLinkedEvents(published: published, check: check)
        let ties = EventTies(EventPeriods.near(published, in: check), check: check, kinds: kinds)
        var flagged = Set(againstTense.map(\.mention.span.start))
        for boundary in boundaries where !flagged.contains(boundary.mention.span.start) {
            let tied = ties.period(ofSentence: boundary.sentence).flatMap { boundary.namesEvent($0, check: check) ? $0 : nil }
            guard let period = tied ?? boundary.openingEvent(published: published, check: check),
                !OtherTimeWords.shift(sentence: boundary.sentence, from: period, check: check),
                let day = boundary.contradicted(by: period, published: published, check: check)
            else { continue }
            flagged.insert(boundary.mention.span.start)
            findings.append(boundaryFinding(boundary, day: day, period: period, published: published, check: check))
        }
        for mention in held where !flagged.contains(mention.mention.span.start) {
            guard let period = ties.period(ofSentence: mention.sentence),
                mention.attached
                    ? mention.attachedNamesEvent(period, kinds: kinds, check: check)
                    : mention.namesEvent(period, published: published, check: check),
                !OtherTimeWords.shift(sentence: mention.sentence, from: period, check: check),
                !Self.datesOtherDay(mention.sentence, than: period, weekday: mention.weekday, check: check),
                let days = mention.attached
                    ? mention.attachedContradicted(by: period, published: published)
                    : mention.contradicted(by: period, published: published)
            else { continue }
            flagged.insert(mention.mention.span.start)
            findings.append(heldFinding(mention, days: days, period: period, published: published, check: check))
        }
        for candidate in candidates where !flagged.contains(candidate.mention.span.start) {
            guard let period = ties.period(ofSentence: candidate.sentence), !period.contains(candidate.reading),
                period.contains(candidate.otherReading),
                EventHappening.isInside(
                    period, sentence: candidate.sentence,
                    weekday: check.document.tokenIndex(from: candidate.mention.span.start), check: check),
                !Self.datesOtherDay(candidate.sentence, than: period, weekday: candidate.reading.weekday, check: check),
                !OtherTimeWords.shift(sentence: candidate.sentence, from: period, check: check),
                !Self.datesSpeech(candidate.mention, check: check)
            else { continue }
            findings.append(
                check.finding(
                    descriptor, at: candidate.mention.span,
                    message: check.wording.weekdayOutsideEvent(
                        quoted: candidate.mention.text, tense: candidate.tense, reading: candidate.reading,
                        other: candidate.otherReading, period: period, published: published),
                    suggestions: [check.wording.dateWithWeekdayWithoutYear(candidate.otherReading)],
                    evidence: [
                        Evidence(
                            statement:
                                "published \(published.isoDay), a \(published.weekday.englishName); read \(candidate.tense == .past ? "back" : "forward"), \(candidate.mention.text) is \(candidate.reading.isoDay)"
                        ),
                        period.evidence,
                    ]))
            flagged.insert(candidate.mention.span.start)
        }
        return findings + saidBeforeFindings(candidates, published: published, flagged: flagged, check: check)
    }

    /// Without a publication date, « le scrutin s’est tenu samedi dernier » in a paragraph that
    /// names the one place of a one-day vote of the reference data held on another weekday
    /// (``PlacedVote``).
    private func undatedVoteFindings(in check: DateCheck) -> [Finding] {
        EventHeldWeekday.candidates(in: check).compactMap { held in
            guard !held.attached, let period = PlacedVote.period(for: held, check: check),
                period.first.weekday != held.weekday,
                !OtherTimeWords.shift(sentence: held.sentence, from: period, check: check),
                !Self.datesOtherDay(held.sentence, than: period, weekday: held.weekday, check: check)
            else { return nil }
            return heldFinding(held, days: [period.first], period: period, published: nil, check: check)
        }
    }

    /// Without a publication date, "an earthquake struck Kesra early Saturday", "Saturday’s
    /// quake in Kesra", in a paragraph that names the place of exactly one one-day event of the
    /// reference data of the noun's kind (``PlacedVote/oneDayEvents(inParagraphOf:check:named:)``),
    /// held on another weekday.
    private func undatedPlacedFindings(in check: DateCheck) -> [Finding] {
        EventHeldWeekday.candidates(in: check).compactMap { held in
            guard held.attached ? held.attachedNounIsOwn(check: check) : held.strikes(check: check),
                let kinds = held.nounKinds(check: check)
            else { return nil }
            let events = PlacedVote.oneDayEvents(inParagraphOf: held.mention.span.start, check: check) { name in
                let words = Set(name.split(whereSeparator: { !$0.isLetter }).map { WordFolding.fold(String($0)) })
                return kinds.contains { !$0.isDisjoint(with: words) }
            }
            guard events.count == 1, let period = events.first, period.first.weekday != held.weekday,
                !OtherTimeWords.shift(sentence: held.sentence, from: period, check: check),
                !Self.datesOtherDay(held.sentence, than: period, weekday: held.weekday, check: check)
            else { return nil }
            return heldFinding(held, days: [period.first], period: period, published: nil, check: check)
        }
    }

    /// Without a publication date, « les ministres se sont réunis samedi pour le 14e congrès
    /// baltique de la pêche » when the paragraph names that one edition (``UndatedYearEdition``)
    /// and none of its days is a Saturday (``EventHeldWeekday/contradicted(byAllDaysOf:)``).
    private func undatedMeetingFindings(in check: DateCheck) -> [Finding] {
        EventHeldWeekday.candidates(in: check).compactMap { held in
            guard !held.attached, held.meets(check: check) else { return nil }
            let after = check.document.tokenRange(of: held.mention.span).upperBound
            let sentenceEnd = check.document.sentences[held.sentence].tokens.upperBound
            guard
                let period = UndatedYearEdition.period(
                    at: held.mention.span.start, sentence: held.sentence, subject: after..<sentenceEnd, check: check),
                let subject = period.subjectID, held.meetingNamesEvent(subject, check: check),
                !OtherTimeWords.shift(sentence: held.sentence, from: period, check: check),
                !Self.datesOtherDay(held.sentence, than: period, weekday: held.weekday, check: check),
                let days = held.contradicted(byAllDaysOf: period)
            else { return nil }
            return heldFinding(held, days: days, period: period, published: nil, check: check)
        }
    }

    /// Without a publication date, « la foire de Varna ouvre ses portes ce mardi » in a paragraph
    /// that names the one event of the reference data it can be, with its year (« la foire de
    /// Varna 2026 ») or its number (« la 31e foire de Varna », ``UndatedYearEdition``), when that
    /// event opens (or closes) on another weekday.
    private func undatedBoundaryFindings(in check: DateCheck) -> [Finding] {
        EventBoundaryWeekday.candidates(in: check).compactMap { boundary in
            guard let period = UndatedYearEdition.period(for: boundary, check: check),
                boundary.namesEvent(period, check: check),
                !OtherTimeWords.shift(sentence: boundary.sentence, from: period, check: check),
                !Self.datesOtherDay(boundary.sentence, than: period, weekday: boundary.weekday, check: check)
            else { return nil }
            let day = boundary.opens ? period.first : period.last
            guard day.weekday != boundary.weekday, !boundary.officialOpeningFits(period) else { return nil }
            return check.finding(
                descriptor, at: boundary.mention.span,
                message: check.wording.weekdayNotBoundary(
                    quoted: boundary.mention.text, opens: boundary.opens, day: day),
                suggestions: [check.wording.weekday(day.weekday)],
                evidence: [period.evidence])
        }
    }

    /// Verbs of saying, folded: a weekday right after one dates the words ("a déclaré vendredi",
    /// "told reporters on Friday"), which may come before the event.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "announced", "declared", "stated", "confirmed", "warned", "indicated", "explained",
        "added", "insisted", "noted", "tweeted", "wrote", "reported", "dit", "declare", "annonce", "indique",
        "affirme", "explique", "precise", "confirme", "souligne", "estime", "assure", "averti", "rapporte", "ecrit",
    ]
    /// How many tokens before the weekday the verb of saying may be.
    static let speechReach = 4

    /// Whether a verb of saying stands just before the weekday, in its sentence.
    static func datesSpeech(_ mention: Mention, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: mention.span.start)
        let sentence = check.sentence(of: mention).tokens
        return (max(sentence.lowerBound, first - speechReach)..<first).contains { speechVerbs.contains(check.word($0)) }
    }

    /// Whether sentence `index` writes a full date outside the event that `weekday` may be read
    /// from ("on 18 November, the minister said he had met them Tuesday"; not a day of history,
    /// ``DateCheck/mayDateWeekday(_:weekday:)``).
    private static func datesOtherDay(_ index: Int, than period: EventPeriod, weekday: Weekday, check: DateCheck)
        -> Bool
    {
        check.mentions(check.dates, in: check.document.sentences[index].span).contains { mention in
            guard case .date(let date, _) = mention.value, let day = date.calendarDate else { return false }
            return !period.contains(day) && check.mayDateWeekday(mention, weekday: weekday)
        }
    }

    /// « s’est ouvert ce jeudi » in a piece published on a Wednesday.
    private func thisWeekdayFinding(_ found: ThisWeekdayTense, published: CalendarDate, check: DateCheck) -> Finding {
        check.finding(
            descriptor, at: found.mention.span,
            message: check.wording.thisWeekdayAgainstTense(
                quoted: found.mention.text, tense: found.tense, day: found.day, published: published),
            evidence: [
                Evidence(
                    statement:
                        "published \(published.isoDay), a \(published.weekday.englishName); \(found.mention.text) is \(found.day.isoDay), \(found.tense == .past ? "after" : "before") it, against the verb's tense"
                )
            ])
    }

    /// "earthquakes hit … on Sunday … Monday’s earthquake": both weekdays, either may be wrong.
    private func conflictFinding(_ conflict: EventWeekdayConflict, check: DateCheck) -> Finding {
        let span = conflict.naming.span.union(conflict.told.span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.weekdayConflict(
                told: conflict.told.text, naming: conflict.naming.text, noun: conflict.noun),
            evidence: [
                Evidence(
                    statement: "\(conflict.told.text) and \(conflict.naming.text) are given for the same \(conflict.noun)")
            ])
    }

    /// "kicked off Monday" for an event that opened on Tuesday.
    private func boundaryFinding(
        _ boundary: EventBoundaryWeekday, day: CalendarDate, period: EventPeriod, published: CalendarDate,
        check: DateCheck
    ) -> Finding {
        check.finding(
            descriptor, at: boundary.mention.span,
            message: check.wording.weekdayNotBoundary(
                quoted: boundary.mention.text, opens: boundary.opens, day: day),
            suggestions: [check.wording.weekday(day.weekday)],
            evidence: [
                Evidence(statement: "published \(published.isoDay), a \(published.weekday.englishName)"),
                period.evidence,
            ])
    }

    /// « la présidentielle s’est tenue samedi » for an election held on Sunday.
    private func heldFinding(
        _ held: EventHeldWeekday, days: [CalendarDate], period: EventPeriod, published: CalendarDate?,
        check: DateCheck
    ) -> Finding {
        let publication = published.map {
            Evidence(statement: "published \($0.isoDay), a \($0.weekday.englishName)")
        }
        return check.finding(
            descriptor, at: held.mention.span,
            message: check.wording.weekdayNotHeld(quoted: held.mention.text, days: days),
            suggestions: days.count == 1 ? [check.wording.weekday(days[0].weekday)] : [],
            evidence: [publication, period.evidence].compactMap { $0 })
    }

    /// "hier lundi" when yesterday was a Sunday: a relative day right before a date or weekday.
    private func relativeDayFinding(_ relative: Mention, published: CalendarDate, check: DateCheck) -> Finding? {
        guard case .relativeDate(let date) = relative.value, case .days = date, let day = date.day(from: published)
        else { return nil }
        let next = check.timeline.partitionPoint { $0.span.start >= relative.span.end }
        guard next < check.timeline.count else { return nil }
        let neighbour = check.timeline[next]
        let gap = check.document.tokenRange(of: Span(start: relative.span.end, end: neighbour.span.start))
        guard gap.allSatisfy({ check.tokens[$0].text == "," }), gap.count <= 1 else { return nil }
        let contradicts: Bool
        var replacement: String?
        switch neighbour.value {
        case .weekday(let weekday):
            contradicts = weekday != day.weekday
            replacement = check.wording.weekday(day.weekday)
        case .date(let written, _):
            contradicts = written.calendarDate.map { $0 != day } ?? false
        default:
            return nil
        }
        guard contradicts else { return nil }
        let span = relative.span.union(neighbour.span)
        let quote = check.document.text(in: span)
        return check.finding(
            descriptor, at: span,
            message: check.wording.relativeDayMismatch(
                quoted: quote, relative: relative.text, day: day, published: published),
            suggestions: replacement.map { [QuoteEditing.replacingWeekdays(in: quote, with: [$0])] } ?? [],
            evidence: [
                Evidence(
                    statement:
                        "published \(published.isoDay); \(relative.text) is \(day.isoDay), a \(day.weekday.englishName)"
                )
            ])
    }
}

extension DateWording {
    /// "mardi 25 novembre", "Tuesday, November 25".
    func dateWithWeekdayWithoutYear(_ day: CalendarDate) -> String {
        let date = self.date(PartialDate(month: day.month, day: day.day))
        return language == .fr ? "\(weekday(day.weekday)) \(date)" : "\(weekday(day.weekday)), \(date)"
    }

    /// "« hier lundi » : publié le lundi 24 novembre 2025, « hier » est le dimanche 23 novembre."
    func relativeDayMismatch(quoted words: String, relative: String, day: CalendarDate, published: CalendarDate)
        -> String
    {
        language == .fr
            ? quoted(words) + colon
                + "publié le \(dateWithWeekday(published)), « \(relative) » est le \(dateWithWeekdayWithoutYear(day))."
            : quoted(words) + colon
                + "published on \(dateWithWeekday(published)), “\(relative)” is \(dateWithWeekdayWithoutYear(day))."
    }

    /// "« dimanche » et « lundi » : deux jours pour le même séisme."
    func weekdayConflict(told: String, naming: String, noun: String) -> String {
        language == .fr
            ? "« \(told) » et « \(naming) » : deux jours de la semaine pour le même événement (\(noun))."
            : "“\(told)” and “\(naming)”: two weekdays for the same event (\(noun))."
    }

    /// "« lundi » : l’événement s’ouvre le mardi 11 juillet."
    func weekdayNotBoundary(quoted words: String, opens: Bool, day: CalendarDate) -> String {
        language == .fr
            ? quoted(words) + colon
                + "l’événement \(opens ? "s’ouvre" : "se clôt") le \(dateWithWeekdayWithoutYear(day))."
            : quoted(words) + colon + "the event \(opens ? "opens" : "closes") on \(dateWithWeekdayWithoutYear(day))."
    }

    /// "« samedi dernier » : l’événement se tient le dimanche 24 mars."
    func weekdayNotHeld(quoted words: String, days: [CalendarDate]) -> String {
        let list = days.map(dateWithWeekdayWithoutYear)
        let joined =
            list.count == 1
            ? list[0] : list.dropLast().joined(separator: ", ") + (language == .fr ? " et " : " and ") + list.last!
        return language == .fr
            ? quoted(words) + colon
                + (days.count == 1 ? "l’événement se tient le \(joined)." : "les jours de l’événement sont le \(joined).")
            : quoted(words) + colon
                + (days.count == 1 ? "the event is held on \(joined)." : "the event’s days are \(joined).")
    }

    /// "« mardi » : au passé, depuis la publication (lundi 24 novembre 2025), c’est le mardi 18
    /// novembre, hors de l’événement (du 24 au 27 novembre 2025), dont le mardi est le 25 novembre."
    func weekdayOutsideEvent(
        quoted words: String, tense: Tense, reading: CalendarDate, other: CalendarDate, period: EventPeriod,
        published: CalendarDate
    ) -> String {
        let event = range(
            PartialDate(year: period.first.year, month: period.first.month, day: period.first.day),
            PartialDate(year: period.last.year, month: period.last.month, day: period.last.day), withYear: true,
            style: .fromTo)
        let otherDay = date(PartialDate(month: other.month, day: other.day))
        if language == .fr {
            let when = tense == .past ? "au passé" : "au futur"
            return quoted(words) + colon
                + "\(when), depuis la publication (\(dateWithWeekday(published))), c’est le \(dateWithWeekdayWithoutYear(reading)), hors de l’événement (\(event)), dont le \(weekday(other.weekday)) est le \(otherDay)."
        }
        let when = tense == .past ? "in the past tense" : "in the future tense"
        return quoted(words) + colon
            + "\(when), from the publication date (\(dateWithWeekday(published))), this is \(dateWithWeekdayWithoutYear(reading)), outside the event (\(event)), whose \(weekday(other.weekday)) is \(otherDay)."
    }
}
