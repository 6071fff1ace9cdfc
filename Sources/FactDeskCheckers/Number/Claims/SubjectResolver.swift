import FactDeskKit

/// Finds whose property a claim states: an entity named in the same noun phrase ("pays membres
/// d’INTERPOL", "INTERPOL’s 196 member countries"), else the nearest named in the sentence, else
/// the nearest named before it in the paragraph, else the draft's main entity — each time among
/// the entities that reference data gives facts of that property.
///
/// A name the reference data does not know blocks the search where it stands ("193 États membres
/// de l’ONU" is about the ONU, not about the draft's main entity), so a claim about something
/// unknown stays without a subject rather than being checked against the wrong one.
final class SubjectResolver {
    let document: Document
    let names: SubjectOccurrences
    let facts: any NumericFacts
    /// Dates and weekdays, whose capitalised words (English months) are not unknown names.
    let dateWords: MentionIndex
    let descriptions: Descriptions
    /// Reference data, for the event a demonstrative description speaks of ("this election").
    let reference: (any ReferenceLookup)?
    private var recentEvents: [String: ReferenceSubject?] = [:]
    private var namedWithProperty: [String: Bool] = [:]
    /// The start year of the edition an ordinal numbers, by the first token of its series' name.
    private let editionYears: [Int: Int]
    private var carriers: [String: SubjectOccurrence?] = [:]
    private var lastWithProperty: [String: SubjectOccurrence?] = [:]
    private var onlyFittingByKey: [String: SubjectOccurrence?] = [:]

    /// How many sentences back in the paragraph a subject is looked for.
    static let sentencesBack = 5
    /// How many days after an event's end a draft may still call it "this election", and how
    /// many days before its start it may already.
    static let recentDays = 14

    init(
        document: Document, names: SubjectOccurrences, facts: any NumericFacts,
        dateWords: MentionIndex, editionYears: [Int: Int] = [:], reference: (any ReferenceLookup)? = nil
    ) {
        self.editionYears = editionYears
        self.reference = reference
        self.document = document
        self.names = names
        self.facts = facts
        self.dateWords = dateWords
        self.descriptions = Descriptions(document: document)
    }

    /// The entity named from token `index` on, if one is; a series too when `includingSeries`.
    func named(startingAt index: Int, sentence: Int, includingSeries: Bool = false) -> SubjectOccurrence? {
        names.inSentence(sentence, near: index..<index + 1).first {
            $0.tokens.lowerBound == index && (includingSeries || $0.kind != .series)
        }
    }

    /// The entity named up to token `index` included, if one is.
    func named(endingAt index: Int, sentence: Int) -> SubjectOccurrence? {
        names.inSentence(sentence, near: index..<index + 1).first {
            $0.tokens.upperBound == index + 1 && $0.kind != .series
        }
    }

    /// The subject of a claim of `property` on `claimTokens` (number and term), whose term ends
    /// before token `termEnd`, in sentence `sentence`, with how it was read when no name stands
    /// in the claim's sentence next to it.
    ///
    /// A description or possessive around the claim ("the transatlantic Alliance", « Ses
    /// ventes », "the 31-member military alliance") is read as the most recent subject that fits
    /// its kind and has facts of the property: named before the claim in its sentence, in the
    /// sentences before it, or later in its paragraph (never the draft's main entity by default). A name the
    /// reference data does not know does not stop that search: the description says the claim
    /// is about something the draft named.
    ///
    /// The whole after a part ("won 240 of the 543 seats") is not the part's holder's: an
    /// unknown name before the part ("the BJP") does not stop the search (`isWholeOfPart`).
    func subject(
        for property: String, claimTokens: Range<Int>, termEnd: Int, sentence: Int, isWholeOfPart: Bool = false
    ) -> ResolvedSubject? {
        guard
            var resolved = resolve(
                property, claimTokens: claimTokens, termEnd: termEnd, sentence: sentence, isWholeOfPart: isWholeOfPart)
        else {
            return nil
        }
        resolved.occurrence = carrier(of: property, for: resolved.occurrence) ?? resolved.occurrence
        return resolved
    }

    private func resolve(
        _ property: String, claimTokens: Range<Int>, termEnd: Int, sentence: Int, isWholeOfPart: Bool
    ) -> ResolvedSubject? {
        let named = names.inSentence(sentence, near: claimTokens)
        let nounPhrase = nounPhraseSubject(
            for: property, after: termEnd, before: claimTokens.lowerBound, named: named, sentence: sentence)
        let sentenceTokens = document.sentences[sentence].tokens
        let description = descriptions.description(
            claimTokens: claimTokens, termEnd: termEnd, sentence: sentenceTokens
        ).flatMap { found in
            // "the Edinburgh Festival Fringe" names, it describes nothing; and a name between a
            // description and the claim is nearer ("Le Sommet … de la Francophonie (mandat de").
            named.contains {
                $0.tokens.overlaps(found.tokens)
                    || (found.tokens.upperBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= claimTokens.lowerBound)
            } ? nil : found
        }
        if case .found(let subject) = nounPhrase, !isPlaceOfDescribedBody(subject, property, description) {
            return ResolvedSubject(occurrence: subject)
        }
        // « un procès fleuve : 30 prévenus »: a new subject, named only by the next sentence.
        if let head = descriptions.indefiniteHead(beforeColon: claimTokens.lowerBound - 1, sentence: sentenceTokens) {
            return cataphoricSubject(for: property, head: head, sentence: sentence)
        }
        if case .unknown = nounPhrase {
            // "The probe will make 30 flybys of Titan": after a description of an event (a
            // mission) that is the verb's subject, an unknown name in the complement is what the
            // count is about, not its owner ("193 États membres de l’ONU" stays unchecked).
            guard let description, description.kinds?.contains(.event) == true,
                description.tokens.upperBound <= claimTokens.lowerBound
            else { return nil }
        }
        let fits = { (subject: SubjectOccurrence) in
            self.has(property, subject) && (description?.kinds.map { self.isOfKind(subject, $0, for: property) } ?? true)
        }
        // The words read as the subject: its description, else — for a subject named in an earlier
        // sentence (« les 9 Sages » of the council named before) — the claim's own words.
        func reading(_ subject: SubjectOccurrence, _ place: SubjectReading.Place) -> ResolvedSubject {
            var words = description?.tokens
            if words == nil, case .before = place { words = claimTokens }
            return ResolvedSubject(
                occurrence: subject,
                reading: words.map { SubjectReading(words: document.text(in: document.span(ofTokens: $0)), place: place) })
        }
        // A name nearer the claim that does not fit keeps a description from the whole draft.
        var isNearerNamed = false
        switch sentenceSubject(
            for: property, claimTokens: claimTokens, named: named, sentence: sentence, isDescribed: description != nil,
            isWholeOfPart: isWholeOfPart)
        {
        case .found(let subject) where fits(subject): return reading(subject, .sameSentence)
        case .found, .unknown:
            if description == nil { return nil }
            isNearerNamed = true
        case .none: break
        }
        if description != nil, let before = named.last(where: { $0.tokens.upperBound <= claimTokens.lowerBound && fits($0) }) {
            return reading(before, .sameSentence)
        }
        // "The strongest aftershock was a 5.2 magnitude tremor": a figure of a new thing its
        // sentence introduces is not that of a subject named before or elsewhere.
        if description == nil, isOfIntroducedThing(claimTokens: claimTokens, termEnd: termEnd, sentence: sentenceTokens) {
            return nil
        }
        let paragraph = document.paragraphIndex(of: document.sentences[sentence].span.start)
        for previous in stride(from: sentence - 1, through: max(0, sentence - Self.sentencesBack), by: -1) {
            guard description != nil || document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph
            else { break }
            if let last = lastSubject(with: property, in: previous), fits(last) {
                return reading(last, .before(sentence - previous))
            }
        }
        if description != nil {
            for next in sentence + 1..<min(document.sentences.count, sentence + 1 + Self.sentencesBack) {
                guard document.paragraphIndex(of: document.sentences[next].span.start) == paragraph else { break }
                if let first = names.inSentence(next).first(where: fits) { return reading(first, .after) }
            }
        }
        if let description, let kinds = description.kinds, !isNearerNamed {
            // "The organization describes itself …" in a draft that names one organisation with the property.
            if let only = onlyFitting(property, kinds: kinds) { return reading(only, .elsewhere) }
            // "Turnout for this election reached 58%" in a draft that names no election.
            guard kinds.contains(.event), let event = recentEvent(with: property, tokens: description.tokens) else {
                return nil
            }
            return reading(event, .recent)
        }
        // A possessive reads as a subject named near it, never as the draft's main entity by default.
        guard description == nil else { return nil }
        if let main = names.mainEntity, fits(main) { return ResolvedSubject(occurrence: main) }
        // "From January 5 to 11, Kesra hosts crews of 16 clubs": the event of those days.
        if namesOnlyPeopleAndPlaces(named),
            let event = eventOfWrittenDays(with: property, sentence: sentence, claimTokens: claimTokens)
        {
            return ResolvedSubject(
                occurrence: event,
                reading: SubjectReading(words: document.text(in: document.span(ofTokens: claimTokens)), place: .writtenDays))
        }
        // "Marsh was convicted on all 20 counts" in a draft that names one trial with counts, elsewhere.
        if namesOnlyPeopleAndPlaces(named), let only = onlyFitting(property, kinds: [.event]), isOfPublicationTime(only) {
            return ResolvedSubject(
                occurrence: only,
                reading: SubjectReading(words: document.text(in: document.span(ofTokens: claimTokens)), place: .elsewhere))
        }
        // « Le 25 mai 1963, 32 chefs d’État … » in a draft that names nothing with the property: the body founded then.
        if namesOnlyPeopleAndPlaces(named), !namesSubject(with: property),
            let (founded, year) = foundedInSentenceYear(with: property, claimTokens: claimTokens, sentence: sentence)
        {
            return ResolvedSubject(
                occurrence: founded,
                reading: SubjectReading(words: document.text(in: document.span(ofTokens: claimTokens)), place: .founded(year)))
        }
        // « Les 51 accusés comparaissent » in a draft that names nothing with the property: the event
        // under way; not "she has made 30 films since 1990", a person's count.
        guard !namesSubject(with: property), !hasPersonalSubject(before: claimTokens.lowerBound, sentence: sentence),
            let event = recentEvent(with: property, tokens: claimTokens)
        else {
            return nil
        }
        return ResolvedSubject(
            occurrence: event,
            reading: SubjectReading(words: document.text(in: document.span(ofTokens: claimTokens)), place: .recent))
    }

    /// Whether a place named in a claim's noun phrase is only where the body or event its
    /// description names stands ("the Lok Sabha, India's 545-seat lower house"): a place without
    /// facts of the property owns no such count, and the description reads as the subject that
    /// fits it (a count without a description, "India's 80 seats", stays the place's).
    private func isPlaceOfDescribedBody(
        _ subject: SubjectOccurrence, _ property: String, _ description: Descriptions.Description?
    ) -> Bool {
        guard subject.kind == .place, let kinds = description?.kinds, !kinds.contains(.place) else { return false }
        return !has(property, subject)
    }

    /// The one subject of reference data with facts of the founders' property founded in the year
    /// of the claim's sentence's one date ("On 25 May 1963, 32 heads of state met …"), and that year.
    private func foundedInSentenceYear(with property: String, claimTokens: Range<Int>, sentence: Int)
        -> (SubjectOccurrence, Int)?
    {
        guard property == ClaimBuilder.foundingMembers, let reference else { return nil }
        let years = Set(
            dateWords.mentions(in: document.sentences[sentence].span).compactMap { mention -> Int? in
                if case .date(let date, _) = mention.value { return date.year }
                return nil
            })
        guard years.count == 1, let year = years.first else { return nil }
        let founded = reference.subjects(foundedIn: year, language: document.language).filter {
            !facts.numericFacts(property, of: $0.id).isEmpty
        }
        guard founded.count == 1 else { return nil }
        return (SubjectOccurrence(id: founded[0].id, kind: founded[0].kind, name: founded[0].name, tokens: claimTokens), year)
    }

    /// Whether the draft names anywhere a subject with facts of the property.
    private func namesSubject(with property: String) -> Bool {
        if let known = namedWithProperty[property] { return known }
        let found = document.sentences.indices.contains { sentence in names.inSentence(sentence).contains { has(property, $0) } }
        namedWithProperty[property] = found
        return found
    }

    /// Whether an event read from elsewhere in the draft may be the one it reports: an event
    /// without dates, or one whose start is at most a year from the publication date. A dated
    /// event in a draft without a publication date may be another year's ("l’élection
    /// présidentielle" of a draft about an earlier one).
    private func isOfPublicationTime(_ event: SubjectOccurrence) -> Bool {
        guard let start = reference?.event(event.id)?.start?.year else { return true }
        guard let published = document.published else { return false }
        return abs(published.year - start) <= 1
    }

    /// Whether the subjects named near a claim are only people and places, which hold no count
    /// of a body or an event ("Marsh was convicted", not "The party has 240 seats"): the claim
    /// may then be about the one event with the property that the draft names elsewhere (not
    /// about an organisation, whose members a bare count of countries is often only some of).
    private func namesOnlyPeopleAndPlaces(_ named: ArraySlice<SubjectOccurrence>) -> Bool {
        named.allSatisfy { $0.kind == .person || $0.kind == .place }
    }

    /// The one subject of a kind in `kinds` with facts of the property that the draft names
    /// anywhere, when there is exactly one; `nil` when it names none or several.
    private func onlyFitting(_ property: String, kinds: Set<ReferenceSubject.Kind>) -> SubjectOccurrence? {
        let key = property + "\u{0}" + kinds.map(\.rawValue).sorted().joined(separator: ",")
        if let known = onlyFittingByKey[key] { return known }
        var found: SubjectOccurrence?
        var isSingle = true
        search: for sentence in document.sentences.indices {
            for subject in names.inSentence(sentence) where has(property, subject) && isOfKind(subject, kinds, for: property) {
                guard let first = found else {
                    found = subject
                    continue
                }
                if carrier(of: property, for: first)?.id != carrier(of: property, for: subject)?.id {
                    isSingle = false
                    break search
                }
            }
        }
        let result = isSingle ? found : nil
        onlyFittingByKey[key] = .some(result)
        return result
    }

    /// The one reference event with facts of the property under way on the publication date,
    /// ended in the ``recentDays`` before or starting in the ``recentDays`` after ("this
    /// election", « le procès », « les 51 accusés », "the presidential election has 19
    /// candidates" in a draft that names none): the event the draft is about when it does not
    /// name it, read at `tokens`.
    /// Personal pronouns, folded: a count after them in their sentence is some person's
    /// ("she has made 30 films since 1990", « elle a réalisé 30 films »).
    static let personalPronouns: Set<String> = ["he", "she", "elle"]

    /// Whether a personal pronoun stands in the sentence before token `claim`; « il » only as a
    /// person (not « il y a », « il faut »).
    private func hasPersonalSubject(before claim: Int, sentence: Int) -> Bool {
        (document.sentences[sentence].tokens.lowerBound..<claim).contains { index in
            isWord(index, in: Self.personalPronouns)
                || (isWord(index, in: ["il"]) && index + 1 < claim && !isWord(index + 1, in: Self.impersonalFollowers))
        }
    }

    /// Words after an impersonal « il », folded: « il y a », « il faut », « il s’agit », « il est ».
    static let impersonalFollowers: Set<String> = ["y", "faut", "s'agit", "est"]

    private func recentEvent(with property: String, tokens: Range<Int>) -> SubjectOccurrence? {
        guard let published = document.published, let reference else { return nil }
        if recentEvents[property] == nil {
            // Under way on the day `recentDays` after publication, or ended in the `2 × recentDays` before it.
            let events = reference.events(
                endedWithin: 2 * Self.recentDays, of: published.adding(days: Self.recentDays), language: document.language)
                .filter { !facts.numericFacts(property, of: $0.id).isEmpty }
            recentEvents[property] = .some(events.count == 1 ? events[0] : nil)
        }
        return recentEvents[property]!.map { SubjectOccurrence(id: $0.id, kind: .event, name: $0.name, tokens: tokens) }
    }

    /// Whether a subject, or the event that holds its facts of the property (« la 34e édition de
    /// la Coupe d’Afrique »), is of one of `kinds`.
    func isOfKind(_ subject: SubjectOccurrence, _ kinds: Set<ReferenceSubject.Kind>, for property: String) -> Bool {
        kinds.contains(subject.kind) || carrier(of: property, for: subject).map { kinds.contains($0.kind) } ?? false
    }

    /// The sentence's entity with the property nearest before the claim, else nearest after it;
    /// unknown when a name the reference data does not know stands nearer before it, or — for a
    /// claim with a description — nearer after it.
    private func sentenceSubject(
        for property: String, claimTokens: Range<Int>, named: ArraySlice<SubjectOccurrence>, sentence: Int,
        isDescribed: Bool, isWholeOfPart: Bool
    )
        -> Resolution?
    {
        let candidates = named.filter { has(property, $0) }
        var before = candidates.last { $0.tokens.upperBound <= claimTokens.lowerBound }
        let sentenceStart = document.sentences[sentence].tokens.lowerBound
        if let common = before, let apposed = apposedName(before: common, sentenceStart: sentenceStart) {
            // « La Lok Sabha, chambre basse indienne de 543 sièges »: a name in common words in an
            // apposition is the body named before it, known with the property or not (not a place
            // opening the sentence: « Au Val-Vert, l’élection présidentielle »).
            let owner = named.last { $0.tokens.contains(apposed) }
            let isPlace =
                owner.map { $0.kind == .place || $0.kind == .person }
                ?? (isInPlaceComplement(apposed) || isWord(sentenceStart, in: Self.placePrepositions))
            if !isPlace {
                guard let owner, has(property, owner) else { return .unknown }
                before = owner
            }
        }
        let windowStart = max(sentenceStart, claimTokens.lowerBound - SubjectOccurrences.window)
        let between = (before?.tokens.upperBound ?? windowStart)..<claimTokens.lowerBound
        if !isWholeOfPart, hasUnknownName(in: between, named: named, sentenceStart: sentenceStart) { return .unknown }
        if let before { return .found(before) }
        // "The Liberals picked up a seat, bringing the number of seats to 169": a body the
        // reference data knows without facts of the property is what the count is about, not
        // one named in an earlier sentence.
        if !isWholeOfPart,
            named.contains(where: {
                $0.tokens.upperBound <= claimTokens.lowerBound && ($0.kind == .organization || $0.kind == .event)
            })
        {
            return .unknown
        }
        guard let after = candidates.first(where: { $0.tokens.lowerBound >= claimTokens.upperBound }) else { return nil }
        // "the 31-member alliance, NATO said; INTERPOL met": a description reads as the nearer, unknown name.
        return isDescribed
            && hasUnknownName(in: claimTokens.upperBound..<after.tokens.lowerBound, named: named, sentenceStart: sentenceStart)
            ? .unknown : .found(after)
    }

    /// The last token of a capitalised name right before a subject named in lowercase common
    /// words ("chambre basse", "hémicycle"), past a comma and an article: « la Lok Sabha, (la)
    /// chambre basse » — the apposition names the same body.
    private func apposedName(before common: SubjectOccurrence, sentenceStart: Int) -> Int? {
        let tokens = document.tokens
        guard !Fold.isCapitalised(tokens[common.tokens.lowerBound].text) else { return nil }
        var index = common.tokens.lowerBound - 1
        if index >= sentenceStart, isWord(index, in: ClaimWords.articles) { index -= 1 }
        guard index - 1 >= sentenceStart, tokens[index].text == ",", tokens[index - 1].kind == .word,
            Fold.isCapitalised(tokens[index - 1].text)
        else { return nil }
        return index - 1
    }

    /// What one level of the search found.
    private enum Resolution {
        case found(SubjectOccurrence)
        /// A name reference data does not know: the claim is about something unknown.
        case unknown
    }

    /// The entity a noun phrase names: after the term ("d’INTERPOL", "of the Organization") or
    /// right before the number ("INTERPOL’s"). Of two names that start there, the one with facts
    /// of the property: "seats in the Lok Sabha elections 2024" are the Lok Sabha's, named
    /// inside the election's name. Another year's edition in the clause after the term ("the 24
    /// teams of the 2019 edition", "the 24 teams who played at the 2019 tournament") is a subject
    /// reference data does not tell apart.
    private func nounPhraseSubject(
        for property: String, after termEnd: Int, before start: Int, named: ArraySlice<SubjectOccurrence>,
        sentence: Int
    )
        -> Resolution?
    {
        let tokens = document.tokens
        let sentenceEnd = document.sentences[sentence].tokens.upperBound
        func startingAt(_ index: Int, _ isOwner: (SubjectOccurrence) -> Bool) -> SubjectOccurrence? {
            let owners = named.filter { $0.tokens.lowerBound == index && isOwner($0) }
            return owners.first { has(property, $0) } ?? owners.first
        }
        // "the 24 teams of the 2019 edition", "the 24 teams who played at the 2019 tournament".
        for index in termEnd..<min(sentenceEnd, termEnd + Self.editionReach) {
            guard tokens[index].kind != .punctuation else { break }
            if isOtherYearsEdition(at: index) { return .unknown }
        }
        if termEnd < sentenceEnd, isWord(termEnd, in: ClaimWords.complementWords) {
            var next = termEnd + 1
            if isWord(next, in: ClaimWords.articles) { next += 1 }
            if let subject = startingAt(next, { $0.kind != .series }) { return .found(subject) }
            if next < sentenceEnd, tokens[next].kind == .word, Fold.isCapitalised(tokens[next].text) { return .unknown }
        } else if termEnd < sentenceEnd, isWord(termEnd, in: ClaimWords.locationWords) {
            // "545 seats in the Lok Sabha" names the owner; "196 pays membres à Marrakech" a place.
            var next = termEnd + 1
            if isWord(next, in: ClaimWords.articles) { next += 1 }
            if let subject = startingAt(next, { [.organization, .event, .other].contains($0.kind) }) {
                return .found(subject)
            }
        } else if termEnd < sentenceEnd, isWord(termEnd - 1, in: ["parties"]), isWord(termEnd, in: ["to"]) {
            // "the 198 Parties to the Convention": a treaty's parties (« Parties à » is a location word's).
            var next = termEnd + 1
            if isWord(next, in: ClaimWords.articles) { next += 1 }
            if let subject = startingAt(next, { [.organization, .other].contains($0.kind) }) { return .found(subject) }
        } else if termEnd < sentenceEnd, isWord(termEnd, in: Self.eventComplementWords) {
            // "welcome 32 teams to the Women's World Cup", "the 32 teams at the 2023 tournament".
            var next = termEnd + 1
            if isWord(next, in: ClaimWords.articles) { next += 1 }
            if let subject = startingAt(next, { [.event, .series].contains($0.kind) }), has(property, subject) {
                return .found(subject)
            }
        }
        if let subject = named.first(where: { $0.tokens.upperBound == start && $0.kind != .series }) {
            return .found(subject)
        }
        return nil
    }

    /// Whether a year other than the publication year and an event's noun start at token `index`
    /// ("2019 edition", "2019 tournament"): another edition than the one reference data may
    /// hold the counts of. Without a publication date, any year.
    private func isOtherYearsEdition(at index: Int) -> Bool {
        let tokens = document.tokens
        guard index + 1 < tokens.count, tokens[index].kind == .number, tokens[index].text.utf8.count == 4,
            let year = Int(tokens[index].text), (1900...2099).contains(year), year != document.published?.year,
            tokens[index + 1].kind == .word
        else { return false }
        return Descriptions.nouns[Fold.word(tokens[index + 1].text)]?.contains(.event) == true
    }

    /// Whether the words before token `end` in its sentence name no one who could elect members
    /// themselves ("The BJP elected 240 members"): every capitalised word there, past the
    /// sentence's first, is a place or a date ("Voters in India elected").
    func namesNoElector(before end: Int, sentence: Int) -> Bool {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        let places = names.inSentence(sentence).filter { $0.kind == .place }
        return !(start + 1..<max(start + 1, end)).contains { index in
            tokens[index].kind == .word && Fold.isCapitalised(tokens[index].text)
                && !places.contains { $0.tokens.contains(index) } && !dateWords.covers(tokens[index].span.start)
        }
    }

    /// Whether a capitalised word in `range` names nothing the reference data knows, besides the
    /// sentence's first word, words after an opening mark ("« Nous") and dates.
    private func hasUnknownName(in range: Range<Int>, named: ArraySlice<SubjectOccurrence>, sentenceStart: Int) -> Bool
    {
        let tokens = document.tokens
        return range.contains { index in
            let token = tokens[index]
            guard token.kind == .word, Fold.isCapitalised(token.text),
                !named.contains(where: { $0.tokens.contains(index) }), !dateWords.covers(token.span.start),
                !descriptions.isDescriptionNoun(index), !isTitle(index), !isInPlaceComplement(index),
                !isInDateline(index, sentenceStart: sentenceStart), !isRoleComplement(index)
            else { return false }
            let startsAgain = index == sentenceStart || ClaimWords.openingMarks.contains(tokens[index - 1].text)
            return !startsAgain || Self.isPlainlyAName(token.text)
        }
    }

    /// How many tokens from its sentence's start a dateline may run ("PORT-LAC, May 3 (Lakes Press) -").
    private static let datelineReach = 14
    /// Dashes that end a dateline.
    private static let datelineDashes: Set<String> = ["-", "–", "—"]

    /// Whether token `index` lies in a wire dateline opening its sentence: words up to an
    /// agency's name in parentheses and a dash ("PORT-LAC, May 3 (Lakes Press) -", « PORT-LAC
    /// (AFP) – »), which name the place and the agency, not an owner of a count.
    private func isInDateline(_ index: Int, sentenceStart: Int) -> Bool {
        let tokens = document.tokens
        let limit = min(tokens.count - 1, sentenceStart + Self.datelineReach)
        guard index < limit, let close = (index..<limit).first(where: { tokens[$0].text == ")" }),
            Self.datelineDashes.contains(tokens[close + 1].text),
            (sentenceStart..<close).contains(where: { tokens[$0].text == "(" })
        else { return false }
        return true
    }

    /// After a term, prepositions that bring in the event it is counted at, folded: "32 teams at
    /// the World Cup", "welcome 32 teams to the World Cup", "64 matches for the World Cup".
    private static let eventComplementWords: Set<String> = ["at", "to", "for"]
    /// How many words after a term another year's edition is looked for, within its clause.
    private static let editionReach = 8

    /// Prepositions of place before names, lowercased: "in Australia and New Zealand", « à Avignon ».
    private static let placePrepositions: Set<String> = ["in", "at", "à", "en", "au", "aux"]
    /// Words that may join the names of places after such a preposition, lowercased (« en Côte d’Ivoire »).
    private static let placeJoiners: Set<String> = ["and", "et", "-", "de", "du", "la", "d'", "d’"]
    /// How many words back a place complement's preposition is looked for.
    private static let placeReach = 6

    /// Whether a capitalised word belongs to names after a preposition of place ("held in
    /// Australia and New Zealand"): a place, which owns no count, even when reference data does not know it.
    private func isInPlaceComplement(_ index: Int) -> Bool {
        let tokens = document.tokens
        var previous = index - 1
        while previous >= 0, index - previous <= Self.placeReach {
            let text = tokens[previous].text
            if Self.placePrepositions.contains(text) { return true }
            guard (tokens[previous].kind == .word && Fold.isCapitalised(text)) || Self.placeJoiners.contains(text)
            else { return false }
            previous -= 1
        }
        return false
    }

    /// The last subject of a sentence with facts of the property, looked for once per sentence.
    private func lastSubject(with property: String, in sentence: Int) -> SubjectOccurrence? {
        let key = "\(sentence)\u{0}\(property)"
        if let known = lastWithProperty[key] { return known }
        let found = names.inSentence(sentence).last { has(property, $0) }
        lastWithProperty[key] = .some(found)
        return found
    }

    /// Whether a capitalised word is a title ("Prime Minister", "Secretary General") or a word
    /// right before one ("the Samoan Prime Minister"), which names a person's office, not an owner.
    private func isTitle(_ index: Int) -> Bool {
        let tokens = document.tokens
        func isTitleWord(_ index: Int) -> Bool {
            index < tokens.count && tokens[index].kind == .word && ClaimWords.titleWords.contains(Fold.word(tokens[index].text))
        }
        return isTitleWord(index) || (isTitleWord(index + 1) && Fold.isCapitalised(tokens[index + 1].text))
    }

    /// Whether a word is a name even at the start of a sentence: an acronym ("NATO", "ONU") or a
    /// possessive ("NATO’s").
    private static func isPlainlyAName(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return (letters.count > 1 && letters.allSatisfy(\.isUppercase)) || word.hasSuffix("’s") || word.hasSuffix("'s")
    }

    /// Whether reference data gives the subject, or its event of the publication year, facts of the property.
    func hasFacts(_ property: String, of subject: SubjectOccurrence) -> Bool {
        has(property, subject)
    }

    /// A subject named in the claim's noun phrase, or its event of the publication year when that
    /// has the property's facts.
    func named(_ subject: SubjectOccurrence, for property: String) -> ResolvedSubject {
        ResolvedSubject(occurrence: carrier(of: property, for: subject) ?? subject)
    }

    /// Whether reference data gives the subject, or its edition of the publication year, facts
    /// of the property.
    private func has(_ property: String, _ subject: SubjectOccurrence) -> Bool {
        carrier(of: property, for: subject) != nil
    }

    /// The subject itself when reference data gives it facts of the property; else the event
    /// named after it and the year of the edition an ordinal numbers there (« la 34e édition de
    /// la Coupe d’Afrique » → "Coupe d'Afrique des nations 2024"), or else the publication year
    /// ("Edinburgh Festival Fringe 2024" for "the Edinburgh Festival Fringe … this year"), when
    /// that event has such facts; a year written next to the name ("the 2023 Women’s World Cup")
    /// comes before the publication year.
    private func carrier(of property: String, for subject: SubjectOccurrence) -> SubjectOccurrence? {
        let editionYear = editionYears[subject.tokens.lowerBound] ?? year(nextTo: subject.tokens)
        let key = subject.id + "\u{0}" + property + "\u{0}" + (editionYear.map(String.init) ?? "")
        if let known = carriers[key] { return known }
        var found: SubjectOccurrence?
        if !facts.numericFacts(property, of: subject.id).isEmpty {
            found = subject
        } else if let year = editionYear ?? document.published?.year, let event = names.event(namedAfter: subject, year: year),
            !facts.numericFacts(property, of: event.id).isEmpty
        {
            found = event
        }
        carriers[key] = .some(found)
        return found
    }

    /// A year written right before or after a name ("the 2023 Women’s World Cup", "the Fringe
    /// 2024"): the year of the edition it names.
    private func year(nextTo name: Range<Int>) -> Int? {
        let tokens = document.tokens
        for index in [name.lowerBound - 1, name.upperBound] where index >= 0 && index < tokens.count {
            if tokens[index].isModernYear { return Int(tokens[index].text) }
        }
        return nil
    }

    private func isWord(_ index: Int, in words: Set<String>) -> Bool {
        let tokens = document.tokens
        return index >= 0 && index < tokens.count && tokens[index].kind == .word
            && words.contains(Fold.word(tokens[index].text))
    }
}

/// A claim's subject, and how a description or possessive was read as it.
struct ResolvedSubject {
    var occurrence: SubjectOccurrence
    var reading: SubjectReading?

    /// Whether the subject was read as one the draft does not name near the claim: the only one
    /// with the property named elsewhere, or an event held in the days before publication.
    var isUnnamed: Bool {
        reading.map {
            if case .founded = $0.place { return true }
            return [.elsewhere, .recent].contains($0.place)
        } ?? false
    }
}

/// A description or possessive read as a subject named elsewhere: "« ses » read as the African
/// Union, named in the previous sentence".
struct SubjectReading {
    /// Where the subject is named, relative to the claim.
    enum Place: Equatable {
        case sameSentence
        /// That many sentences before.
        case before(Int)
        /// Later in the paragraph.
        case after
        /// Named right after the words, which open the next sentence (« cette affaire des … »).
        case nextSentence
        /// Elsewhere in the draft, the only subject of its kind with the property there.
        case elsewhere
        /// Not named: the only event of reference data with the property held in the days before publication.
        case recent
        /// Not named: the only subject of reference data with the property founded in the year its sentence gives.
        case founded(Int)
        /// Not named: the only event of reference data with the property whose first and last days its sentence writes.
        case writtenDays
    }

    /// The description or possessive as written.
    var words: String
    var place: Place
}
