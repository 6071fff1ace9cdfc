import FactDeskKit
import Foundation

/// Builds the claims of a document: each number, percentage or range whose words name a
/// property ("195 pays membres", "le nombre de pays membres est de 195", "a budget of $3.2bn"),
/// with the subject the claim is about and the period it speaks of.
///
/// Looks only at a few tokens around each number and at the sentences near it, so the work is
/// linear in the number of mentions.
struct ClaimBuilder {
    let document: Document
    let terms: PropertyTerms
    let subjects: SubjectResolver
    let nonClaims: NonClaims
    /// Number, percentage and range mentions.
    let numbers: MentionIndex
    /// Date and date-range mentions.
    let dates: MentionIndex
    /// The draft's tokens folded.
    let folded: FoldedTokens

    var tokens: [Token] { document.tokens }

    /// The claims of the number mentions, in text order.
    func claims(from mentions: [Mention]) -> [Claim] {
        guard !terms.isEmpty else { return [] }
        return mentions.compactMap { claim($0) }
    }

    /// The claims of counts spelt inside a hyphenated word (``CompoundCounts``): each only as
    /// the capacity its word names ("a six-member jury").
    func compoundClaims(from mentions: [Mention]) -> [Claim] {
        guard !terms.isEmpty else { return [] }
        return mentions.compactMap { claim($0, isInWord: true) }
    }

    /// Where a property's words stand relative to the number, and what they make of it.
    struct TermMatch {
        var property: String
        var term: Range<Int>
        /// Where the claim's words start when the property comes first ("nombre de pays membres").
        var lead: Int?
        var isPart = false
        var whole: Mention?
        /// A subject named between the number and the property ("196 INTERPOL member countries").
        var subject: SubjectOccurrence?
        /// Other properties the words may name ("31-member": `member-countries`, else `members`).
        var alternatives: [String] = []
        /// Whether the count is joined to its word by a hyphen, a capacity ("the 650-seat Parliament").
        var isCapacity = false
        /// How many named others the words count with the number ("Pelicot and his 50 co-defendants": 1).
        var companions: Decimal = 0
        /// The words naming the person whose co-defendants are counted, part of the claim's words.
        var person: Range<Int>?
        /// Whether the count is the whole written bare after a part ("182 sièges sur 577"): not the
        /// part's holder's, and maybe a region's (held against a total only when near it).
        var isWholeAfterPart = false
        /// Whether the count is a holder's tally of titles ("a six-time world champion"), a whole.
        var isTitleCount = false
    }

    private func claim(_ written: Mention, isInWord: Bool = false) -> Claim? {
        guard [.number, .percent, .numberRange].contains(written.kind) else { return nil }
        let mention = Self.withoutDistributionBound(written, in: document)
        let number = document.tokenRange(of: mention.span)
        guard !number.isEmpty, !nonClaims.excludes(number),
            !isOldValue(before: number.lowerBound) || isFoundingAdjective(number.upperBound)
        else { return nil }
        let sentence = document.sentenceIndex(of: mention.span.start)
        let sentenceTokens = document.sentences[sentence].tokens
        let numberSpan = mention.bound.map { $0.span.union(mention.span) } ?? mention.span
        let start = document.tokenIndex(from: numberSpan.start)
        let country = countryReading(after: number.upperBound, start: start, in: sentenceTokens)
        let forwardMatch =
            (isInWord
            ? titleCount(
                word: CompoundCounts.capacityWord(tokens[number.lowerBound].text), number: number.lowerBound,
                start: number.lowerBound, wordEnd: number.upperBound, in: sentenceTokens)
                ?? capacity(word: String(CompoundCounts.capacityWord(tokens[number.lowerBound].text)), term: number)
            : forward(from: number.upperBound, in: sentenceTokens, sentence: sentence)).flatMap {
            match -> TermMatch? in
            if match.isTitleCount { return match }
            // "the 650-seat Parliament", "the expanded 32-team World Cup", not "a 30-member delegation".
            if match.isCapacity {
                // "the eight-team final round": the teams left in one stage, not the event's.
                if isStage(after: match.term.upperBound, in: sentenceTokens) { return nil }
                let isNamed = isCapacityOfNamed(match.term, after: start, in: sentenceTokens, sentence: sentence)
                // "the 300-strong delegation": a strength counts a body's members only with the body after it.
                let isLoose =
                    isWord(start - 1, in: ClaimWords.indefiniteArticles)
                    || isWord(match.term.upperBound - 1, in: Self.strengthWords)
                    || (isInWord
                        && Self.strengthWords.contains(
                            Fold.word(String(CompoundCounts.capacityWord(tokens[match.term.upperBound - 1].text)))))
                return isNamed || (!isLoose && isTotal(before: start, in: sentenceTokens, sentence: sentence))
                    ? match : nil
            }
            if !match.isPart, isExistential(before: start, in: sentenceTokens) {
                // "There are 3,400 shows at the festival", not "There are 12 shows from Ukraine".
                return isExistentialWhole(termEnd: match.term.upperBound, in: sentenceTokens, sentence: sentence)
                    ? match : nil
            }
            if !match.isPart, let lead = leadIndex(before: start, in: sentenceTokens),
                sumsCountedOnes(at: lead, in: sentenceTokens)
            {
                var part = match
                part.isPart = true
                return part
            }
            // "ending 16 years of Conservative rule": years since a start are stated with any lead.
            if match.isPart || YearsSince.isYearsSince(match.property)
                || isTotal(before: start, in: sentenceTokens, sentence: sentence)
                || takesPart(after: match.term.upperBound, in: sentenceTokens)
                || isRepetitionCount(match.term, in: sentenceTokens)
                || founds(after: match.term.upperBound, in: sentenceTokens)
                || isAllFounders(match.property, before: start, termEnd: match.term.upperBound, in: sentenceTokens)
                || isFoundingAdjective(match.term.lowerBound)
                || isTriedCount(term: match.term, start: start, in: sentenceTokens)
                || isWinnersTally(before: start, termEnd: match.term.upperBound, in: sentenceTokens)
                || isVenueCountOfEvent(before: start, termEnd: match.term.upperBound, in: sentenceTokens, sentence: sentence)
                || isDistribution(before: start)
                || isOriginOfCounted(before: start, term: match.term, in: sentenceTokens)
                || (isWord(start - 1, in: ClaimWords.welcomingVerbs)
                    && namesEvent(after: match.term.upperBound, in: sentenceTokens))
            {
                return match
            }
            guard isBareCount(before: start, in: sentenceTokens) else { return nil }
            var part = match
            part.isPart = true
            return part
        }
        // "a six-member jury": a count inside a word is that capacity or nothing.
        if isInWord, forwardMatch == nil { return nil }
        func wholeMatch() -> TermMatch? {
            wholeOfPart(before: start, after: number.upperBound, in: sentenceTokens, sentence: sentence)
                ?? bareWholeOfPart(
                    before: start, after: number.upperBound, value: Self.writtenValue(mention), in: sentenceTokens,
                    sentence: sentence)
        }
        // "NATO’s ranks have grown to 32 countries": a membership stated before the figure says what
        // it counts, whatever other property the noun after it may name.
        let membership = membershipNounReading(before: start, in: sentenceTokens, sentence: sentence)
        let namedMatch = forwardMatch.map { match in
            [Self.members, Self.memberCountries].contains(match.property) ? match : membership ?? match
        }
        let termMatch: TermMatch? =
            namedMatch ?? elidedNounReading(before: start, after: number.upperBound, in: sentenceTokens)
            ?? backward(from: start, in: sentenceTokens, sentence: sentence) ?? wholeMatch()
            ?? membershipStemReading(after: number.upperBound, start: start, in: sentenceTokens, sentence: sentence)
            ?? country.map({
                TermMatch(
                    property: $0.properties[0], term: $0.term, subject: $0.owner,
                    alternatives: Array($0.properties.dropFirst()))
            })
            ?? membership ?? broughtToReading(after: number.upperBound, start: start, in: sentenceTokens)
        let otherMatch: TermMatch? =
            seatReading(after: number.upperBound, start: start, in: sentenceTokens, sentence: sentence)
            ?? companionReading(after: number.upperBound, start: start, in: sentenceTokens)
            ?? otherCompanionReading(after: number.upperBound, start: start, in: sentenceTokens)
            ?? trialReading(after: number.upperBound, start: start, in: sentenceTokens)
        guard
            var match = termMatch ?? otherMatch
                ?? memberNicknameReading(after: number.upperBound, start: start, in: sentenceTokens, sentence: sentence)
                ?? elidedReading(before: start, in: sentenceTokens, sentence: sentence)
        else { return nil }
        // The words after the number name the property ("195 pays membres", "six-member").
        let isTermAfter = isInWord || match.term.lowerBound >= number.upperBound
        // "ASEAN has 11 members" when "members" is also the term of a jury's or a chamber's count
        // (not "40 members from the north", some of them; "400 members from 14 parties" are all of them).
        let restriction = match.term.upperBound
        if !isRestricted(after: restriction, in: sentenceTokens)
            || (restriction + 1 < sentenceTokens.upperBound && tokens[restriction + 1].kind == .number)
        {
            match.alternatives += terms.otherProperties(than: match.property, sharingTermAt: match.term, in: tokens)
                .filter { !match.alternatives.contains($0) }
        }
        // "a jury of seven men and five women": the make-up of what the words count, not its size.
        if match.term.upperBound <= start, isWord(number.upperBound, in: ClaimWords.makeUpNouns) { return nil }
        // "34 charges in four criminal cases": counts of several trials are none's total.
        if spansSeveralCases(after: match.term.upperBound, in: sentenceTokens) { return nil }
        if match.property == Self.members, !match.isPart, isWord(match.term.upperBound, in: Self.sittingWords) {
            // "its 12 members on the council" sit on another body: some of the members.
            match.isPart = true
        }
        if !match.isPart, isTermAfter,
            isWord(match.term.upperBound, in: Self.companionRestrictions)
        {
            // « les 14 accusés présents », "the 12 teams remaining": those there, some of the whole.
            match.isPart = true
        }
        // « 83 films, dont 21 en compétition »: the text tells the noun alone from the longer term.
        if isTermAfter, isWiderThanElidedPart(match, in: sentenceTokens) { return nil }
        // « 4 000 films visionnés »: those an act picked out, neither the property's count nor a part of it.
        if isTermAfter,
            isParticipleRestriction(after: match.term, in: sentenceTokens)
                // Not a count of someone's companions: "Tom Reed and his 32 co-defendants were convicted".
                || (match.person == nil
                    && isPassiveRestriction(
                        after: match.term, number: start, property: match.property, in: sentenceTokens))
        {
            return nil
        }
        if !match.isPart, isTermAfter, isOneGroupClause(before: start, in: sentenceTokens) {
            // "Group C has four teams": one group's count, some of the whole.
            match.isPart = true
        }
        if !match.isPart, document.language == .fr, isTermAfter,
            match.term.upperBound < sentenceTokens.upperBound, tokens[match.term.upperBound].kind == .word,
            OriginAdjectives.isCountryOrigin(tokens[match.term.upperBound].text)
        {
            // « 12 spectacles ukrainiens »: those of one country, some of the whole.
            match.isPart = true
        }
        if let country, !match.isPart {
            // "an association of 53 countries": the countries of an organisation are its members.
            match.alternatives += country.properties.filter { $0 != match.property && !match.alternatives.contains($0) }
            if country.properties == [Self.foundingMembers], match.property != Self.foundingMembers {
                // "NATO was founded with 12 member countries", "its original 12 member states": the founders.
                match.alternatives = [match.property] + match.alternatives.filter { $0 != Self.foundingMembers }
                match.property = Self.foundingMembers
            }
        }
        if [Self.members, Self.memberCountries].contains(match.property), !match.isPart,
            isAtFounding(before: start, in: sentenceTokens)
        {
            // "At its founding in 1971 the union had six members": the founders, not today's members.
            match.property = Self.foundingMembers
            match.alternatives = []
        }
        if match.property == Self.memberCountries || match.alternatives.contains(Self.memberCountries) {
            // « l’OIF compte 88 pays membres »: the members of a body whose membership has a longer term.
            match.alternatives += terms.memberProperties.filter { $0 != match.property && !match.alternatives.contains($0) }
        }
        if match.property == Self.members {
            // "NATO now has 32 members": the members of a body of states are countries; "the 543
            // members of the Lok Sabha": those of a chamber fill its seats, unless words after
            // them make them some ("the 80 members of the Lok Sabha from the north").
            let seats = isRestricted(after: match.term.upperBound, in: sentenceTokens) ? [] : terms.seatProperties
            // « les 88 membres de l’OIF »: a membership stated with a longer term ("États et gouvernements membres").
            match.alternatives += ([Self.memberCountries] + terms.memberProperties + seats).filter {
                !match.alternatives.contains($0)
            }
        }
        let nearestDate = nearestDate(to: mention, sentence: sentence)
        let written = WrittenNumber(mention.text, language: document.language)
        guard let value = ClaimedValue(mention, precision: written.precision(of: Self.writtenValue(mention)))?
            .adding(match.companions)
        else { return nil }
        var termSpan = document.span(ofTokens: match.term)
        let claimTokens = min(start, match.term.lowerBound, match.person?.lowerBound ?? start)
            ..< max(number.upperBound, match.term.upperBound, match.person?.upperBound ?? 0)
        let isWholeOfPart = match.isWholeAfterPart || isWhole(after: start, term: match.term, in: sentenceTokens)
        func resolve(_ property: String) -> ResolvedSubject? {
            // "the 32 member nations of NATO": the owner of the countries follows their noun.
            let countryEnd = country.flatMap { $0.properties.contains(property) ? $0.term.upperBound : nil } ?? 0
            return subjects.subject(
                for: property, claimTokens: claimTokens,
                termEnd: max(match.term.upperBound, claimTokens.upperBound, countryEnd),
                sentence: sentence, isWholeOfPart: isWholeOfPart)
        }
        var subject = match.subject.map { subjects.named($0, for: match.property) } ?? resolve(match.property)
        // "the Commonwealth’s 56 member nations": a subject without facts of the words' own
        // property may have facts of another they can name; and a subject the sentence names
        // comes before one it does not ("founded by 11 countries" of the body it names, not the
        // conference with a count of countries held last week).
        for property in match.alternatives
        where subject.map({ !subjects.hasFacts(match.property, of: $0.occurrence) || $0.isUnnamed }) ?? true {
            guard let found = match.subject.map({ subjects.named($0, for: property) }) ?? resolve(property),
                subject == nil || (subjects.hasFacts(property, of: found.occurrence) && !found.isUnnamed)
            else { continue }
            subject = found
            match.property = property
        }
        if let country, country.properties.contains(match.property), country.term.upperBound > match.term.upperBound {
            // "56 member nations": the claim's words run to the country noun.
            termSpan = document.span(ofTokens: match.term.lowerBound..<country.term.upperBound)
        }
        return Claim(
            mention: mention, value: value, written: written, property: match.property, term: termSpan,
            numberSpan: numberSpan, span: span(of: match, number: numberSpan, term: termSpan),
            subject: subject.map { ($0.occurrence.id, $0.occurrence.name) }, subjectReading: subject?.reading,
            time: time(of: nearestDate, isInPresent: isInPresent(before: start, in: sentenceTokens)),
            isWeak: match.lead == nil && !match.isPart
                && (match.isWholeAfterPart
                    // "1,500 exhibitors from 36 countries": the countries all of them come from.
                    || (isWeakTotal(before: start, in: sentenceTokens, sentence: sentence)
                        && !isOriginOfCounted(before: start, term: match.term, in: sentenceTokens))
                    || country?.isWeak == true
                    || isBareEntry(start: start, term: match.term, in: sentenceTokens, sentence: sentence)
                    || isFoundingOnly(start: start, term: match.term, in: sentenceTokens, sentence: sentence)),
            isPart: match.isPart, whole: match.whole, isCapacity: match.isCapacity,
            isDated: nearestDate != nil, companions: match.companions)
    }

    /// What a finding quotes: from the bound or number to the property, or from the words that
    /// announce the count to the number; with the whole written after a part ("sur 196").
    private func span(of match: TermMatch, number: Span, term: Span) -> Span {
        var span = match.lead.map { document.span(ofTokens: $0..<$0 + 1).union(number) } ?? number.union(term)
        if let whole = match.whole, whole.span.start >= term.end { span = span.union(whole.span) }
        return span
    }

    /// Whether the words before a count make it a total: a determiner, a preposition, a verb
    /// of having or counting (``ClaimWords/totalLeads``) not after a modal or "to" ("aims to
    /// have 200", except a verb of a programme: "will feature", and a determiner after the
    /// preposition "to": "sent to all 196 members"), "on" after a verdict ("guilty
    /// on 34 counts"), an opening « Au total, », "In total,", a name ("INTERPOL’s 196",
    /// "NATO’s 32"), a colon after a name, past "by the numbers", « en chiffres » ("Festival des Rivières 2026 : 20 films"),
    /// a colon after an indefinite generic head (« un procès fleuve : 30 prévenus »), or a coordinator after a
    /// count that is a total ("avec 86,2 milliards d’euros de ventes et 15,2 milliards de
    /// bénéfice", "featured 32 teams playing 64 matches", "329 events in 32 sports").
    func isTotal(before start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int, depth: Int = 0) -> Bool {
        // "to" before a determiner is a preposition ("sent to all 196 members"), not a verb's infinitive.
        guard let index = leadIndex(before: start, in: sentence),
            !isWord(index - 1, in: ClaimWords.modals) || isWord(index, in: ClaimWords.programmeVerbs)
                || (isWord(index - 1, in: ["to"]) && (isWord(index, in: ClaimWords.determiners) || isWord(index, in: ["all"])))
        else { return false }
        let text = tokens[index].text
        if sumsCountedOnes(at: index, in: sentence) { return false }
        if isWord(index, in: ClaimWords.coordinators), depth < 3,
            let previous = previousCount(before: index, in: sentence)
        {
            // "avec 86,2 milliards d’euros de ventes et 15,2 milliards de bénéfice net".
            return isTotal(before: previous, in: sentence, sentence: sentenceIndex, depth: depth + 1)
        }
        if text == ",", ClaimWords.totalOpenings.contains(where: { words(endingAt: index - 1, are: $0) }) {
            // « Au total, 64 matchs ont été disputés », "In total, 64 matches were played".
            return true
        }
        if text == ":" {
            // "Festival des Rivières 2026 : 20 films en compétition": a heading that names its subject, also
            // "by the numbers" (« Le Festival 2025 en chiffres : 17 films »).
            let figures = ClaimWords.figureHeadings.first { words(endingAt: index - 1, are: $0) }?.count ?? 0
            // « s’ouvre un procès fleuve : 30 prévenus »: what a new subject is made of, named next.
            return subjects.named(endingAt: index - 1 - figures, sentence: sentenceIndex) != nil
                || subjects.descriptions.indefiniteHead(beforeColon: index, sentence: sentence) != nil
        }
        return isWord(index, in: ClaimWords.totalLeads)
            || (isWord(index, in: ["on"]) && hasVerdict(before: index, in: sentence))
            || subjects.named(endingAt: index, sentence: sentenceIndex) != nil
            || ClaimWords.isPossessive(text)
    }

    /// Whether "from" after a word of change stands before a count, past a determiner: "an
    /// increase from the 24 teams of 2019", "up from 24 teams": the count is an old value (but
    /// "grown from 12 founding members" still counts the founders).
    private func isOldValue(before start: Int) -> Bool {
        var index = start - 1
        if isWord(index, in: ClaimWords.determiners) { index -= 1 }
        return isWord(index, in: ["from"])
            && (isWord(index - 1, in: ClaimWords.changeVerbs) || isWord(index - 1, in: ClaimWords.changeNouns))
    }

    /// Whether a word of a verdict or a charge stands in the clause before "on" at token `index`,
    /// within ``ClaimWords/verdictReach`` words ("convicted on", "found guilty in the Oak Street
    /// trial on").
    private func hasVerdict(before index: Int, in sentence: Range<Int>) -> Bool {
        var previous = index - 1
        let floor = max(sentence.lowerBound, index - ClaimWords.verdictReach)
        while previous >= floor, tokens[previous].kind != .punctuation {
            if isWord(previous, in: ClaimWords.verdictWords) { return true }
            previous -= 1
        }
        return false
    }

    /// Whether the words ending at token `end` are `words`, folded.
    private func words(endingAt end: Int, are words: [String]) -> Bool {
        words.reversed().enumerated().allSatisfy { isWord(end - $0.offset, in: [$0.element]) }
    }

    /// Whether the words ending at `index` sum the things counted just before them into the count
    /// after them (« 18 côtes pour un total de 41 kilomètres », "12 stages for a total of
    /// 900 km"): a total of those, some of the subject's, never more than its whole.
    private func sumsCountedOnes(at index: Int, in sentence: Range<Int>) -> Bool {
        ClaimWords.totalOfCountedOnes.contains(where: { words(endingAt: index, are: $0) })
            && previousCount(before: index, in: sentence) != nil
    }

    /// The first token of the number before a coordinator at `index`, within
    /// ``ClaimWords/coordinatedReach`` tokens.
    private func previousCount(before index: Int, in sentence: Range<Int>) -> Int? {
        let floor = max(sentence.lowerBound, index - ClaimWords.coordinatedReach)
        guard floor < index,
            let mention = numbers.mentions(in: Span(start: tokens[floor].span.start, end: tokens[index].span.start)).last
        else { return nil }
        return document.tokenIndex(from: (mention.bound.map { $0.span.union(mention.span) } ?? mention.span).start)
    }

    /// Participles that spread a whole over a count, folded: « répartis sur 12 étapes », "spread over
    /// 12 stages", "divided into four groups", "contested over six rounds", « disputé en cinq
    /// manches »: the count is all of those.
    static let distributingWords: Set<String> = [
        "repartis", "reparties", "reparti", "repartie", "divise", "divises", "divisee", "divisees", "etales", "etalee",
        "etalees", "spread", "split", "divided", "distributed", "contested", "played", "dispute", "disputee",
        "disputes", "disputees", "joue", "jouee", "raced", "couru", "courue",
    ]

    /// The mention without its bound when the bound's word is the preposition of a participle
    /// of distribution: "spread over five rounds" are five rounds, not more than five.
    static func withoutDistributionBound(_ mention: Mention, in document: Document) -> Mention {
        guard let bound = mention.bound else { return mention }
        let first = document.tokenIndex(from: bound.span.start)
        guard first > 0, ["over", "across"].contains(Fold.word(document.tokens[first].text)),
            distributingWords.contains(Fold.word(document.tokens[first - 1].text))
        else { return mention }
        var exact = mention
        exact.bound = nil
        return exact
    }

    /// Whether a participle of distribution and its preposition stand right before the count.
    private func isDistribution(before start: Int) -> Bool {
        isWord(start - 1, in: ["sur", "en", "entre", "over", "into", "across"])
            && isWord(start - 2, in: Self.distributingWords)
    }

    /// Whether a count stands with nothing before it in its sentence, or only an opening phrase
    /// and a comma ("Demain, 197 pays membres seront représentés"): it counts some of the whole
    /// (those represented), a part, not how many there are.
    private func isBareCount(before start: Int, in sentence: Range<Int>) -> Bool {
        let previous = start - 1
        return previous < sentence.lowerBound || (tokens[previous].kind == .punctuation && tokens[previous].text == ",")
    }

    /// Whether a count opens its sentence and only words of taking part after it make it a
    /// total ("20 films are in competition"): it may as well be some of the field ("Two films
    /// are in competition for the country"), so it is held against the field only when near it.
    /// An opening that says it is all of them makes it a total (« Au total, 20 films sont en
    /// compétition », "In all, 20 films are in competition").
    /// A count whose taking part is in an event named right after ("9,400 cyclists took part in
    /// the Lakeside Rally", « 200 exposants participent au salon de Kesra ») is that event's field.
    private func isBareEntry(start: Int, term: Range<Int>, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        isBareCount(before: start, in: sentence) && takesPart(after: term.upperBound, in: sentence)
            && !isTotal(before: start, in: sentence, sentence: sentenceIndex)
            && !takesPartInNamedEvent(after: term.upperBound, in: sentence)
    }

    /// Prepositions before the event a count takes part in, folded.
    private static let eventPrepositions: Set<String> = ["in", "at", "au", "aux", "a"]

    /// Auxiliaries that may stand between a count's term and its verb of taking part, folded.
    private static let entryAuxiliaries: Set<String> = ["will", "are", "were", "have", "had", "vont", "sont", "ont"]

    /// Whether an event or series is named after the words of taking part that follow a count's
    /// term, past at most one more word ("took part in the …", "participated in", « participent
    /// au »), with only an auxiliary between term and verb ("9,400 cyclists from Kesra took part"
    /// are some of the field).
    private func takesPartInNamedEvent(after termEnd: Int, in sentence: Range<Int>) -> Bool {
        let start = pastExamples(after: termEnd, in: sentence)
        var verb = start
        while verb < min(sentence.upperBound, start + 2), isWord(verb, in: Self.entryAuxiliaries) { verb += 1 }
        guard verb < sentence.upperBound, isWord(verb, in: Self.participationWords) else { return false }
        return (verb + 1...verb + 2).contains { index in
            index < sentence.upperBound && namesEvent(after: index, in: sentence, prepositions: Self.eventPrepositions)
        }
    }

    /// Whether only a founding adjective makes a count a total, no word before it ("Eleven
    /// founding members signed the convention"): it may as well be some of the founders ("Three
    /// founding members voted against"), so it is held against them only when near them.
    private func isFoundingOnly(start: Int, term: Range<Int>, in sentence: Range<Int>, sentence sentenceIndex: Int)
        -> Bool
    {
        isFoundingAdjective(term.lowerBound) && !isTotal(before: start, in: sentence, sentence: sentenceIndex)
    }

    /// Whether only a preposition makes the count a total ("de 195", "from 40"); not after "one"
    /// ("one of 29 member nations", « l’un des 27 États membres ») or "total" ("a total of 64
    /// matches"): the count is all of them.
    private func isWeakTotal(before start: Int, in sentence: Range<Int>, sentence sentenceIndex: Int) -> Bool {
        // Folding makes « à » "a", the verb « a »: the preposition is told by its accent ("fixée à 201 sièges").
        guard let lead = leadIndex(before: start, in: sentence),
            isWord(lead, in: ClaimWords.weakLeads) || tokens[lead].text.lowercased() == "à"
        else {
            return false
        }
        // "founded in 1963 by 32 states": the founders are all of them.
        return !isWord(lead - 1, in: ClaimWords.oneWords) && !isWord(lead - 1, in: ClaimWords.totalNouns)
            && !(isWord(lead, in: ["by", "par"]) && isFoundedBy(lead, in: sentence))
            && !isCapacityPreposition(lead, sentence: sentenceIndex)
    }

    /// Words of origin before a count of countries, folded: "from", « de », and the participles
    /// that may come before them (« venus de », "coming from").
    static let originWords: Set<String> = ["from", "de", "d'"]
    static let originParticiples: Set<String> = [
        "venus", "venues", "venant", "coming", "originaires", "issus", "issues", "drawn",
    ]

    /// Whether a count of countries gives where all of a counted whole come from: "1,500 exhibitors
    /// from 48 countries", « 1 200 exposants venus de 48 pays », "With 90 galleries from 12
    /// countries" — "from" or « de » (after a participle of coming, perhaps) right after a noun
    /// that a number counts. The countries are then all of theirs, the event's, not some.
    func isOriginOfCounted(before start: Int, term: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard term.lowerBound >= start, isWord(term.lowerBound, in: Self.countryNouns),
            start - 1 > sentence.lowerBound, isWord(start - 1, in: Self.originWords)
        else { return false }
        var noun = start - 2
        if isWord(noun, in: Self.originParticiples) { noun -= 1 }
        guard noun > sentence.lowerBound, tokens[noun].kind == .word, !Fold.isCapitalised(tokens[noun].text),
            !isWord(noun, in: Self.countryNouns)
        else { return false }
        // The number that counts the noun, right before it or past one adjective.
        return [noun - 1, noun - 2].contains { $0 >= sentence.lowerBound && numbers.covers(tokens[$0].span.start) }
    }

    /// Whether « à » or « aux » at token `lead` joins a count to the body or event it qualifies,
    /// named right before it or described with a definite article (« la CAN 2024 à 24 équipes »,
    /// « l’organisation aux 196 pays membres »): the count is its size, like "the 24-team
    /// tournament", not some of it. A place or a person has no such size.
    func isCapacityPreposition(_ lead: Int, sentence: Int) -> Bool {
        guard tokens[lead].text.lowercased() == "à" || isWord(lead, in: ["aux"]), lead >= 2 else { return false }
        if let named = subjects.named(endingAt: lead - 1, sentence: sentence) {
            return named.kind != .place && named.kind != .person
        }
        return tokens[lead - 1].kind == .word && Descriptions.nouns[Fold.word(tokens[lead - 1].text)] != nil
            && isWord(lead - 2, in: Descriptions.determiners)
    }

    /// Whether a verb in the present stands before the count ("compte", "has").
    private func isInPresent(before start: Int, in sentence: Range<Int>) -> Bool {
        leadIndex(before: start, in: sentence).map { isWord($0, in: ClaimWords.presentVerbs) } ?? false
    }

    /// The word before a count, past up to two adverbs ("compte désormais 196") or, after a
    /// verb of having or counting, an opening that says it is all of them (« réunit au total 56
    /// pays », "has in all 56 members"; not "declared in all 110 constituencies").
    private func leadIndex(before start: Int, in sentence: Range<Int>) -> Int? {
        var index = start - 1
        if let opening = ClaimWords.totalOpenings.first(where: { words(endingAt: index, are: $0) }),
            index - opening.count >= sentence.lowerBound, isWord(index - opening.count, in: ClaimWords.totalLeads)
        {
            return index - opening.count
        }
        while index > sentence.lowerBound, start - index <= 2, isWord(index, in: ClaimWords.adverbs) { index -= 1 }
        return index >= sentence.lowerBound ? index : nil
    }

    func isWord(_ index: Int, in words: Set<String>) -> Bool {
        folded.isWord(index, in: words)
    }

    /// Whether token `index` is one of a few words written at the call ("avec", "with").
    func isWord(_ index: Int, in words: [String]) -> Bool {
        folded.isWord(index, in: words)
    }

    /// When a claim speaks of: the nearest date of its sentence when before or after the
    /// publication date ("en 2020", "d’ici 2030"), or, without a publication date, whenever it
    /// lies (« le 12 décembre 2025, les 28 États membres ont voté »), except that a verb in the
    /// present speaks of the publication date ("Créée en 1923, INTERPOL compte 196 pays membres").
    func time(of period: ClosedRange<CalendarDate>?, isInPresent: Bool) -> ClaimTime {
        guard let period else { return .published }
        guard let published = document.published else { return isInPresent ? .published : .past(period) }
        if period.lowerBound > published { return .future(period) }
        if period.upperBound < published, !isInPresent { return .past(period) }
        return .published
    }

    /// The days of the sentence's date nearest to a mention, within ``SubjectOccurrences/window``,
    /// leaving out dates of history ("since 1949", « fondée en 1963 »): a claim beside one
    /// speaks of today ("Since its creation in 1949, the Alliance has grown to 32 members").
    func nearestDate(to mention: Mention, sentence: Int) -> ClosedRange<CalendarDate>? {
        let window = SubjectOccurrences.window
        let sentenceTokens = document.sentences[sentence].tokens
        let number = document.tokenRange(of: mention.span)
        let first = max(sentenceTokens.lowerBound, number.lowerBound - window)
        let last = min(sentenceTokens.upperBound, number.upperBound + window)
        guard first < last else { return nil }
        let nearest = dates.mentions(in: document.span(ofTokens: first..<last)).filter { !isHistory($0) }.min {
            distance($0.span, mention.span) < distance($1.span, mention.span)
        }
        return nearest.flatMap(Self.days)
    }

    /// Whether a date follows "since", « depuis » or a word of founding within three words, or
    /// ends a clause of founding ("Founded by six states in 1971, the union …").
    private func isHistory(_ date: Mention) -> Bool {
        let start = document.tokenIndex(from: date.span.start)
        return (max(0, start - 3)..<start).contains { isWord($0, in: ClaimWords.historyWords) }
            || EditionAnchor.isInFoundingClause(
                start, foundingWords: ClaimWords.historyWords, from: 0, in: document, word: { folded[$0] })
    }

    private func distance(_ first: Span, _ second: Span) -> Int {
        first.end <= second.start ? second.start - first.end : max(0, first.start - second.end)
    }

    /// The days a date or range covers, when its years are known.
    static func days(of mention: Mention) -> ClosedRange<CalendarDate>? {
        let (start, end): (PartialDate, PartialDate)
        switch mention.value {
        case .date(let date, _): (start, end) = (date, date)
        case .dateRange(let first, let last, _, _): (start, end) = (first, last)
        default: return nil
        }
        guard let startYear = start.year, let endYear = end.year,
            let first = CalendarDate(year: startYear, month: start.month ?? 1, day: start.day ?? 1)
        else { return nil }
        let month = end.month ?? 12
        guard
            let last = CalendarDate(
                year: endYear, month: month, day: end.day ?? CalendarDate.daysIn(month: month, year: endYear)),
            first <= last
        else { return nil }
        return first...last
    }

    /// The value the number's words were read as, before any bound.
    static func writtenValue(_ mention: Mention) -> Decimal {
        switch mention.value {
        case .number(let value), .percent(let value): value
        case .numberRange(let low, _): low
        default: 0
        }
    }
}
