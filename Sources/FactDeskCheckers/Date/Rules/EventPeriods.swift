import FactDeskKit

/// An event a piece covers: its days, what names it in a sentence, and where the checker
/// learnt of it.
struct EventPeriod {
    var first: CalendarDate
    var last: CalendarDate
    /// Folded words that tie a sentence to the event: its place spellings.
    var places: Set<String>
    /// The reference subject it belongs to (a series or an event), or `nil` for a range of the text.
    var subjectID: String?
    /// The range mention it comes from, for a range of the text (the first day, for a list).
    var mention: Mention?
    /// Where the checker learnt of it.
    var evidence: Evidence
    /// The edition's number, for an edition of a series of the reference data.
    var edition: Int? = nil
    /// Whether the last day is known: a reference event or edition given a start and no end may
    /// be of one day or run on, so its closing day is not told.
    var isLastDayKnown = true

    func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }
}

/// The events near the publication date: ranges and lists of days of the text (« les 4 et 5
/// octobre 2024 »), and editions and events of the reference data that the document names.
enum EventPeriods {
    /// How far from the publication date an event may lie to be the one the piece covers, in days.
    static let reach = 14

    static func near(_ published: CalendarDate, in check: DateCheck) -> [EventPeriod] {
        all(in: check).filter { period in
            period.first.adding(days: -reach) <= published && published <= period.last.adding(days: reach)
        }
    }

    /// An event of the reference data with its first and last days.
    struct ReferenceEventDays {
        var subject: ReferenceSubject
        var record: ReferenceEvent
        var first: CalendarDate
        var last: CalendarDate
    }

    /// The events of the reference data whose days come within ``reach`` days of `day`, on
    /// either side.
    static func referenceEvents(near day: CalendarDate, reference: any ReferenceLookup, language: Language)
        -> [ReferenceEventDays]
    {
        let from = day.adding(days: -reach)
        let to = day.adding(days: reach)
        return reference.events(endedWithin: 2 * reach, of: to, language: language).compactMap { event in
            guard let record = reference.event(event.id), let first = record.start?.calendarDate,
                let last = (record.end ?? record.start)?.calendarDate, first <= to, last >= from
            else { return nil }
            return ReferenceEventDays(subject: event, record: record, first: first, last: last)
        }
    }

    /// Every event the document gives or names, however far from the publication date.
    static func all(in check: DateCheck) -> [EventPeriod] {
        var periods: [EventPeriod] = []
        for mention in check.ranges {
            guard case .dateRange(let start, let end, _, _) = mention.value, let first = start.calendarDate,
                let last = end.calendarDate, first <= last
            else { continue }
            periods.append(
                EventPeriod(
                    first: first, last: last, places: [], subjectID: nil, mention: mention,
                    evidence: Evidence(statement: "the text gives \(first.isoDay) to \(last.isoDay)")))
        }
        for list in DayList.all(in: check) {
            guard let first = list.first, let last = list.last, first < last else { continue }
            periods.append(
                EventPeriod(
                    first: first, last: last, places: [], subjectID: nil, mention: list.mention,
                    evidence: Evidence(statement: "the text gives \(first.isoDay) and \(last.isoDay)")))
        }
        if let reference = check.reference {
            periods += referencePeriods(reference, check: check)
        }
        return periods
    }

    private static func referencePeriods(_ reference: any ReferenceLookup, check: DateCheck) -> [EventPeriod] {
        var seen = Set<String>()
        var periods: [EventPeriod] = []
        for sentence in check.document.sentences.indices {
            for named in check.names.subjects(inSentence: sentence) where seen.insert(named.subject.id).inserted {
                let name = named.subject.name
                if let period = eventPeriod(named.subject.id, named: name, reference) { periods.append(period) }
                // "the summit in Vilnius": the events held at a place the text names.
                if named.subject.kind == .place {
                    for id in reference.events(heldAt: named.subject.id) where seen.insert(id).inserted {
                        if let period = eventPeriod(id, named: "held in \(name)", reference) { periods.append(period) }
                    }
                    // "in Geneva for the week-long meeting": the editions of a series held there.
                    periods += editionsHeld(at: named.subject, reference, check: check)
                }
                // « le FESPACO » names the festival and, by the same spelling, the series of its editions.
                let series = [named.subject.id]
                    + reference.seriesSharingName(with: named.subject.id, language: check.document.language).map(\.id)
                for seriesID in series {
                    periods += reference.editions(ofSeries: seriesID).compactMap { edition in
                        period(of: edition, seriesID: seriesID, named: name, subjectID: named.subject.id)
                    }
                }
            }
        }
        return periods
    }

    /// The periods of the editions of every series held at `place`, by one of the spellings of
    /// the edition's place, for a text that names the place but not the series.
    private static func editionsHeld(at place: ReferenceSubject, _ reference: any ReferenceLookup, check: DateCheck)
        -> [EventPeriod]
    {
        let spellings: Set<String> = [WordFolding.fold(place.name), WordFolding.fold(place.id)]
        return reference.allSeries(language: check.document.language).flatMap { series, _ in
            reference.editions(ofSeries: series.id).compactMap { edition -> EventPeriod? in
                guard edition.placeSpellings.contains(where: { spellings.contains(WordFolding.fold($0)) }) else {
                    return nil
                }
                return period(of: edition, seriesID: series.id, named: "held in \(place.name)", subjectID: series.id)
            }
        }
    }

    /// The period of an edition of series `seriesID` that has its first day, for the subject
    /// that names the series in the text.
    static func period(of edition: ReferenceEdition, seriesID: String, named name: String, subjectID: String)
        -> EventPeriod?
    {
        guard let first = edition.start?.calendarDate, let last = (edition.end ?? edition.start)?.calendarDate
        else { return nil }
        return EventPeriod(
            first: first, last: last, places: Set(edition.placeSpellings.map(WordFolding.fold)),
            subjectID: subjectID, mention: nil,
            evidence: Evidence(
                statement: "\(name) (\(seriesID)), edition \(edition.number): \(edition.summary)",
                source: edition.source.description),
            edition: edition.number, isLastDayKnown: edition.end != nil)
    }

    /// The period of event `id` of the reference data, when it has its days, told as `name` in
    /// its evidence.
    static func eventPeriod(_ id: String, named name: String, _ reference: any ReferenceLookup) -> EventPeriod? {
        guard let event = reference.event(id), let first = event.start?.calendarDate,
            let last = (event.end ?? event.start)?.calendarDate
        else { return nil }
        return EventPeriod(
            first: first, last: last, places: Set(event.placeSpellings.map(WordFolding.fold)), subjectID: id,
            mention: nil,
            evidence: Evidence(
                statement: "\(name) (\(id)): \(first.isoDay) to \(last.isoDay)", source: event.source.description),
            isLastDayKnown: event.end != nil)
    }
}

/// Which of the events near the publication date a sentence speaks of, worked out once per
/// sentence from indexes of the events' ranges, places and subjects.
final class EventTies {
    private let check: DateCheck
    private let periods: [EventPeriod]
    private let byRange: [Int: Int]
    private let byPlace: [String: [Int]]
    private let bySubject: [String: [Int]]
    private var cache: [Int: EventPeriod?] = [:]
    /// The events a sentence may speak of by the noun of their kind alone, for a sentence tied to none.
    private let kinds: KindLinkedEvents?

    init(_ periods: [EventPeriod], check: DateCheck, kinds: KindLinkedEvents? = nil) {
        self.check = check
        self.periods = periods
        self.kinds = kinds
        var byRange: [Int: Int] = [:]
        var byPlace: [String: [Int]] = [:]
        var bySubject: [String: [Int]] = [:]
        for (index, period) in periods.enumerated() {
            if let mention = period.mention { byRange[mention.span.start] = index }
            for place in period.places { byPlace[place, default: []].append(index) }
            if let subject = period.subjectID { bySubject[subject, default: []].append(index) }
        }
        (self.byRange, self.byPlace, self.bySubject) = (byRange, byPlace, bySubject)
    }

    /// The event sentence `index` speaks of: the one it ties itself to (by a range, a place or a
    /// reference name; its name over other events held at its place), else the only event near the publication date when the sentence has an
    /// event noun, else (with ``KindLinkedEvents``) the one event of the reference data near the
    /// publication date of the kind its nouns say ("the quake"), else, for a sentence that says
    /// "the event", the event of the sentence before; `nil` when that is not one event.
    func period(ofSentence index: Int) -> EventPeriod? {
        if let cached = cache[index] { return cached }
        let sentence = check.document.sentences[index]
        let rangeTied = (check.mentions(check.ranges, in: sentence.span) + check.mentions(check.dates, in: sentence.span))
            .compactMap { byRange[$0.span.start] }
        var tied = rangeTied
        var hasEventNoun = false
        for position in sentence.tokens where check.tokens[position].kind == .word {
            let word = check.words[position]
            tied += byPlace[word] ?? []
            hasEventNoun = hasEventNoun || EventWords.nouns.contains(word)
        }
        var namesOther = false
        var subjectTied: [Int] = []
        for named in check.names.subjects(inSentence: index) {
            let ties = bySubject[named.subject.id] ?? []
            subjectTied += ties
            namesOther = namesOther || (ties.isEmpty && ![.place, .person].contains(named.subject.kind))
        }
        tied += subjectTied
        // An event noun borrows the only event near the publication date unless the sentence
        // names a body, series or event of its own (« le 20e sommet de l’OIF s’ouvre vendredi »).
        let borrows = hasEventNoun && !namesOther && !namesOwnEvent(sentence)
        var period = tied.isEmpty ? (borrows ? single(periods.indices) : nil) : single(numbered(tied, in: sentence))
        // The event the sentence names outweighs the others held at the place it names.
        if period == nil, rangeTied.isEmpty, !subjectTied.isEmpty {
            period = single(numbered(subjectTied, in: sentence))
        }
        // « À Kesra, le festival débute dimanche, après l’incendie de jeudi »: of several events
        // tied to the sentence, the one its nouns name the kind of.
        if period == nil, tied.count > 1 {
            period = single(ofKind: tied, in: sentence)
        }
        if period == nil, tied.isEmpty, !namesOther, !namesOwnEvent(sentence), let kinds {
            period = kinds.period(ofSentence: index)
        }
        // « Le salon du livre a attiré 60 000 visiteurs. L’événement a pris fin dimanche »: the
        // event of the sentence before, in the same paragraph.
        if period == nil, tied.isEmpty, !namesOther, index > 0,
            check.document.paragraphIndex(of: sentence.span.start)
                == check.document.paragraphIndex(of: check.document.sentences[index - 1].span.start),
            sentence.tokens.contains(where: { EventWords.genericNouns.contains(check.words[$0]) })
        {
            period = self.period(ofSentence: index - 1)
        }
        cache[index] = period
        return period
    }

    /// Words that bring in an event noun's owner, folded: « sommet du Mercosur », "summit of".
    private static let ownerWords: Set<String> = ["de", "d'", "du", "des", "of"]
    /// Articles between those words and the owner's name, folded.
    private static let articles: Set<String> = ["la", "le", "l'", "les", "the"]

    /// Whether an event noun of the sentence has a capitalised name of its own, in its
    /// complement (« le sommet du Mercosur », "the summit of the Andean Community") or right
    /// before it ("the Mercosur summit"): a subject the reference data may not know.
    private func namesOwnEvent(_ sentence: Sentence) -> Bool {
        let tokens = sentence.tokens
        func isName(_ position: Int) -> Bool {
            check.tokens[position].kind == .word && WordFolding.isCapitalised(check.tokens[position].text)
                && !EventNounOwner.determiners.contains(check.words[position])
        }
        for position in tokens
        where check.tokens[position].kind == .word && EventWords.nouns.contains(check.words[position]) {
            if position - 1 > tokens.lowerBound, isName(position - 1) { return true }
            var next = position + 1
            guard next < tokens.upperBound, Self.ownerWords.contains(check.words[next]) else { continue }
            next += 1
            while next < tokens.upperBound, Self.articles.contains(check.words[next]) { next += 1 }
            if next < tokens.upperBound, isName(next) { return true }
        }
        return false
    }

    /// The tied periods that are the edition the sentence numbers, when it numbers one of them:
    /// "the 79th session … opened on Tuesday" speaks of the 79th, not of the 78th that closed
    /// the day before; all of them otherwise.
    private func numbered(_ tied: [Int], in sentence: Sentence) -> [Int] {
        guard tied.count > 1, tied.contains(where: { periods[$0].edition != nil }) else { return tied }
        let numbers = Set(
            check.mentions(check.ordinals, in: sentence.span).compactMap { mention -> Int? in
                guard case .ordinal(let number) = mention.value else { return nil }
                return number
            })
        let written = tied.filter { periods[$0].edition.map(numbers.contains) ?? false }
        return written.isEmpty ? tied : written
    }

    /// The one of the tied periods whose event's names have a noun of the kind of a noun of the
    /// sentence (``EventKindNouns``), when that is one event.
    private func single(ofKind tied: [Int], in sentence: Sentence) -> EventPeriod? {
        let nouns = Set(
            sentence.tokens.filter { check.tokens[$0].kind == .word && EventKindNouns.all.contains(check.words[$0]) }
                .map { check.words[$0] })
        guard !nouns.isEmpty else { return nil }
        let fitting = Set(tied).filter { index in
            nouns.contains { EventKindNouns.names($0, subject: periods[index].subjectID, check: check) }
        }
        return fitting.isEmpty ? nil : single(fitting)
    }

    /// The period, when all of them cover the same days (a reference name's edition first).
    private func single(_ indices: some Collection<Int>) -> EventPeriod? {
        guard let first = indices.first.map({ periods[$0] }),
            indices.allSatisfy({ periods[$0].first == first.first && periods[$0].last == first.last })
        else { return nil }
        return indices.map { periods[$0] }.first { $0.subjectID != nil } ?? first
    }
}
