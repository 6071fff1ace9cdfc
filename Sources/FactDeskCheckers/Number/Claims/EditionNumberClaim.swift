import FactDeskKit
import Foundation

/// An ordinal that numbers an edition of a reference series ("la 94e session de l’Assemblée
/// générale", "the 93rd General Assembly"), with what its sentence says of the edition's year
/// and place.
struct EditionNumberClaim {
    /// The ordinal as the extractor saw it.
    var mention: Mention
    /// The number it gives.
    var number: Int
    /// The ordinal and the noun or name after it ("94e session"): what a finding quotes.
    var span: Span
    /// The series, with its name in the draft's language.
    var series: SubjectOccurrence
    /// The series' editions in reference data.
    var editions: [ReferenceEdition]
    /// The years of the date nearest to the ordinal in its sentence; failing a date, of a
    /// weekday or a day told from the publication date ("s’achève jeudi", "opened yesterday").
    var years: ClosedRange<Int>?
    /// The place of an edition of the series written in the sentence, nearest to the ordinal.
    var place: String?
    /// Which edition the tense speaks of when the sentence gives no date or place.
    var anchor: EditionAnchor?
    /// The days of the date nearest to the ordinal in its sentence, which tell apart two
    /// editions of one year (a summit in January and one in July).
    var days: ClosedRange<CalendarDate>?
    /// Whether the sentence gives a length of days or weeks before the ordinal (« Pendant deux
    /// jours, … lors du 20e sommet », "Over eight days, … at the 42nd festival"): the people it
    /// puts at the edition meet there for that long, which tells an edition about to be held,
    /// not one years ahead.
    var givesLength = false
    /// Whether a verb of opening stands near the ordinal ("opened the 80th session on Tuesday",
    /// « la 80e session s’est ouverte mardi »): its ``days`` then hold the edition's first day.
    var isOpening = false

    /// The year the claimed edition started, when reference data has that edition.
    var claimedYear: Int? { editions.first { $0.number == number }?.start?.year }

    /// The start years of the claimed editions, by the first token of the series' name in the
    /// draft (« la 34e édition de la Coupe d’Afrique »: the year of that Coupe d’Afrique).
    static func yearsBySeriesName(_ claims: [EditionNumberClaim]) -> [Int: Int] {
        var years: [Int: Int] = [:]
        for claim in claims { if let year = claim.claimedYear { years[claim.series.tokens.lowerBound] = year } }
        return years
    }
}

/// Finds edition claims: ordinals before a noun of recurring events ("session", "édition",
/// "summit") or before a series' name, and numbers joined to a series' name ("Chandrayaan-3"),
/// tied to the series named in the noun phrase, else in the sentence, else by its name and the
/// noun ("the Commonwealth Heads of Government … the 27th meeting"), else earlier in the
/// paragraph, else the series the draft names most. An entity spelt like a series ("FESPACO")
/// stands for the series there.
///
/// The year is the sentence's; in a sentence that gives none and points back with "cette",
/// "this", the previous sentence's ("… du 24 février au 3 mars 2024. Voici les chiffres de cette
/// 60e édition").
struct EditionNumberClaimBuilder {
    let document: Document
    let reference: any ReferenceLookup
    let names: SubjectOccurrences
    let dates: MentionIndex
    /// Weekdays and dates told from the publication date ("jeudi", "hier", "l’an dernier").
    let relativeDates: MentionIndex
    /// Lengths of time ("cent ans"), which may set a date forward (``shiftedYear(of:)``).
    let durations: MentionIndex
    /// Anniversaries (« centenaire »), which may tell an edition's year (``yearOfAnniversary(_:sentence:)``).
    let anniversaries: MentionIndex
    /// The draft's tokens folded, shared with the other number rules.
    let folded: FoldedTokens

    /// Nouns of recurring events, folded.
    static let eventNouns: Set<String> = [
        "session", "edition", "assemblee", "reunion", "conference", "congres", "sommet", "assembly", "meeting",
        "summit", "congress",
    ]

    /// Before an ordinal, words that make it a count of someone's ("a third title", "her fifth
    /// session", « un troisième sacre »), folded.
    static let countingWords: Set<String> = [
        "a", "an", "his", "her", "my", "our", "your", "un", "une", "mon", "ma", "notre", "votre",
    ]
    /// After a series' name, nouns that make the ordinal a count of achievements ("a third Africa
    /// Cup of Nations title"), folded.
    static let achievementNouns: Set<String> = [
        "title", "titles", "trophy", "crown", "win", "victory", "medal", "appearance", "participation", "final",
        "titre", "trophee", "couronne", "victoire", "medaille", "participation", "finale", "sacre",
    ]

    /// Adjectives that may stand between an ordinal and its event noun or series, folded.
    static let editionAdjectives: Set<String> = [
        "ordinary", "extraordinary", "regular", "annual", "plenary", "special", "informal", "biennial", "such", "ordinaire",
        "extraordinaire", "annuel", "annuelle", "pleniere", "informel", "informelle",
    ]

    /// Numbers after a series' name from this one on are years or counts, not editions.
    static let largestJoinedEdition = 1000

    /// The edition claims of the ordinal mentions, of the numbers joined to a series' name, of
    /// the names with a number glued on ("CPV30") and of Roman numerals without a suffix.
    func claims(from ordinals: [Mention], numbers: [Mention], names: [Mention] = []) -> [EditionNumberClaim] {
        let ordinalEnds = Dictionary(
            ordinals.map { (document.tokenIndex(from: $0.span.start), document.tokenRange(of: $0.span).upperBound) },
            uniquingKeysWith: max)
        return ordinals.compactMap { claim($0, ordinalEnds: ordinalEnds) } + numbers.compactMap(joinedClaim)
            + names.compactMap(gluedClaim) + bareRomanClaims()
    }

    /// Quotation marks that may open a series' name right after its ordinal.
    static let nameQuotes: Set<String> = ["'", "‘", "\"", "“", "«"]

    /// - Parameter ordinalEnds: the token after each of the draft's ordinals, by its first token.
    private func claim(_ mention: Mention, ordinalEnds: [Int: Int]) -> EditionNumberClaim? {
        guard case .ordinal(let number) = mention.value else { return nil }
        let tokens = document.tokens
        let range = document.tokenRange(of: mention.span)
        // "a third Africa Cup title", "her fifth session": a count of someone's, not an edition;
        // « une 77e édition » is one.
        if range.lowerBound > 0, Self.countingWords.contains(folded[range.lowerBound - 1]),
            !isIndefiniteEdition(before: range)
        {
            return nil
        }
        let sentence = document.sentenceIndex(of: mention.span.start)
        let named = names.inSentence(sentence, near: range)
        var next = range.upperBound
        let sentenceEnd = document.sentences[sentence].tokens.upperBound
        // "the 38th ordinary session", « la 45e session ordinaire », "the 12th annual summit".
        while next < sentenceEnd, next - range.upperBound < 2, Self.editionAdjectives.contains(folded[next]) {
            next += 1
        }
        // "the 187th 'Kesra Fair' festival": a name in quotation marks.
        if next < sentenceEnd, Self.nameQuotes.contains(tokens[next].text) { next += 1 }
        guard next < sentenceEnd else { return nil }
        let series: SubjectOccurrence?
        let end: Int
        if let direct = named.filter({ $0.tokens.lowerBound == next }).lazy.compactMap(asSeries).first {
            let after = direct.tokens.upperBound
            if after < tokens.count, Self.achievementNouns.contains(folded[after])
                || isInTheirHistory(from: after)
            {
                return nil
            }
            series = direct
            end = direct.tokens.upperBound
        } else if tokens[next].kind == .word, Self.eventNouns.contains(folded[next]) {
            // "the 12th edition of the congress": the noun of the complement names the series.
            let noun = eventNoun(ofEditionAt: next, sentenceEnd: sentenceEnd) ?? next
            // « la 45e session ordinaire du Conseil des ministres ».
            var complement = next + 1
            while complement < sentenceEnd, complement - next <= 2,
                Self.editionAdjectives.contains(folded[complement])
            {
                complement += 1
            }
            let namedSeries =
                seriesNamed(after: complement, in: named) ?? seriesNamedPastAdjective(noun: next, sentenceEnd: sentenceEnd)
                ?? named.lazy.compactMap(asSeries).first
                ?? seriesNamed(withNoun: noun, sentence: sentence)
                ?? seriesOfBody(noun: noun, ordinal: range, sentence: sentence, named: named)
            // « INTERPOL tient sa 94e Assemblée générale »: the noun begins a name of several words.
            if namedSeries == nil, let framed = framedSeries(ordinal: range, next: next, sentence: sentence) {
                return makeClaim(
                    mention, number: number, span: mention.span.union(tokens[framed.end - 1].span),
                    series: framed.series)
            }
            series =
                namedSeries ?? salientSeries(noun: noun, complement: complement, ordinal: range, sentence: sentence)
                ?? seriesOfHeadOnDays(mention, complement: complement, sentence: sentence)
            // "as the Steering Board decided at its 61st session": the Board's session, not the series'.
            if let series, seriesNamed(after: complement, in: named) == nil,
                namesOtherBody(
                    ordinal: range, noun: noun, complement: complement, sentence: sentence, series: series)
            {
                return nil
            }
            end = next + 1
        } else if folded[next] == "running", let running = seriesNamed(after: next + 1, in: named) {
            // "the 111th running of the Tour de France".
            series = running
            end = next + 1
        } else if let leaders = leadersSeries(after: next, sentence: sentence) {
            // "the 51st G7 leaders’ summit".
            return makeClaim(
                mention, number: number, span: mention.span.union(tokens[leaders.end - 1].span), series: leaders.series)
        } else if let framed = framedSeries(ordinal: range, next: next, sentence: sentence) {
            // « les Jeux de la XXXIIIe Olympiade », "INTERPOL's 94th General Assembly".
            return makeClaim(
                mention, number: number, span: mention.span.union(tokens[framed.end - 1].span), series: framed.series)
        } else if let series = possessiveSeries(of: range, next: next, sentence: sentence, named: named) {
            // "The G7 summit, its 50th, opened", « le Tour de France, sa 111e, part de Florence ».
            return makeClaim(
                mention, number: number, span: mention.span, series: series,
                isNamedBefore: series.tokens.upperBound <= document.sentences[sentence].tokens.lowerBound)
        } else if let series = runningSeries(after: next, sentence: sentence, named: named) {
            // "hosting the book fair for the ninth year running".
            return makeClaim(
                mention, number: number, span: mention.span.union(tokens[series.end - 1].span), series: series.series)
        } else if let bracketed = bracketedSeries(after: next, sentenceEnd: sentenceEnd, named: named) {
            // "the 111th International Labour Organization (ILC) was held in Geneva".
            series = bracketed.series
            end = bracketed.end
        } else if let paired = pairedSeries(after: next, ordinalEnds: ordinalEnds, sentenceEnd: sentenceEnd, named: named)
        {
            // "the 44th and 45th ASEAN Summits", « les 44e et 45e sommets de l’ASEAN ».
            series = paired
            end = range.upperBound
        } else if let elided = elidedNounSeries(of: range, next: next, sentence: sentence, named: named) {
            // « La 26e du Festival de Valmont se tiendra du 3 au 9 mars ».
            series = elided
            end = elided.tokens.upperBound
        } else if let antecedent = ellipticalAntecedent(
            of: range, next: next, sentence: sentence, ordinalEnds: ordinalEnds)
        {
            // "the first summit was in 1991, the 63rd in Rio", « la quatrième en 2001 ».
            series =
                named.filter { $0.tokens.lowerBound == antecedent }.lazy.compactMap(asSeries).first
                ?? seriesNamed(after: antecedent + 1, in: named) ?? named.lazy.compactMap(asSeries).first
                ?? earlierSeries(before: sentence) ?? names.mainSeries
            guard let series,
                let claim = makeClaim(
                    mention, number: number, span: mention.span, series: series,
                    window: clause(after: range, sentence: sentence)),
                claim.years != nil || claim.place != nil
            else { return nil }
            return claim
        } else {
            return nil
        }
        guard let series, !isOtherKind(of: series, between: range.upperBound, and: end) else { return nil }
        return makeClaim(
            mention, number: number, span: mention.span.union(tokens[end - 1].span), series: series,
            isNamedBefore: series.tokens.upperBound <= document.sentences[sentence].tokens.lowerBound)
    }

    /// Indefinite articles that may number an edition: « une 77e édition », "a 77th edition".
    static let indefiniteArticles: Set<String> = ["une", "a", "an"]
    /// The nouns an indefinite article numbers as editions, folded.
    static let editionWords: Set<String> = ["edition"]

    /// Whether an indefinite article before the ordinal `range` numbers an edition: « une 77e
    /// édition sous le signe de la parité », not « un troisième sacre » or "a fifth session".
    private func isIndefiniteEdition(before range: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard range.upperBound < tokens.count, tokens[range.upperBound].kind == .word else { return false }
        return Self.indefiniteArticles.contains(folded[range.lowerBound - 1])
            && Self.editionWords.contains(folded[range.upperBound])
    }

    /// Words after an ordinal whose event noun is left out: a verb of taking place, or the place
    /// or year that follows ("the 63rd was in Rio", « la quatrième en 2001 », « la 63e s’est tenue »).
    static let ellipsisFollowers: Set<String> = [
        "was", "is", "will", "took", "takes", "opened", "opens", "in", "at", "en", "a", "au", "s'", "s", "se", "fut",
        "etait", "sera", "eut", "aura", "avait",
    ]

    /// "First", which the extractor leaves to the words rather than to ordinals, folded.
    static let firstWords: Set<String> = ["first", "premier", "premiere"]

    /// Possessives before an ordinal whose noun is left out, folded: "its 50th", « sa 111e »; the
    /// ordinal may also stand in apposition ("MWC 2024, the 18th,") or say « Ne du nom ».
    static let possessives: Set<String> = ["its", "their", "sa", "son", "leur"]

    /// Nouns of a body or an event whose possessive may stand for the series' own ("the bloc's
    /// 17th", "the festival's 42nd"), folded; a club's or a country's counts its titles.
    static let possessiveBodyNouns: Set<String> = [
        "bloc", "union", "alliance", "organisation", "organization", "group", "grouping", "community", "festival",
        "fair", "summit", "assembly", "conference", "congress", "forum", "council", "event", "gathering",
    ]

    /// The series named before an ordinal that stands alone after a possessive ("The G7 summit,
    /// its 50th, opened"): the possessive's antecedent.
    private func possessiveSeries(of ordinal: Range<Int>, next: Int, sentence: Int, named: ArraySlice<SubjectOccurrence>)
        -> SubjectOccurrence?
    {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        guard ordinal.lowerBound > start, next == ordinal.upperBound else { return nil }
        let before = folded[ordinal.lowerBound - 1]
        let isOfTheName =
            folded[next] == "du" && next + 1 < tokens.count && folded[next + 1] == "nom"
        // "the bloc's 17th": a possessive of the body or event, not of a team or a country.
        let possessor = SubjectOccurrences.withoutPossessive(tokens[ordinal.lowerBound - 1].text)
        let isBodyPossessive =
            possessor.count < tokens[ordinal.lowerBound - 1].text.count
            && Self.possessiveBodyNouns.contains(Fold.word(possessor))
        let isNameless =
            // "its 50th,", "MWC 2024, the 18th, opened", « le Tour 2024, 111e du nom », "the
            // G20 summit, the 18th of its kind,", « le Sommet, le 20e de son histoire ».
            ((Self.possessives.contains(before) || isBodyPossessive) && tokens[next].kind == .punctuation)
            || (["the", "la", "le"].contains(before) && ordinal.lowerBound - 2 >= start
                && tokens[ordinal.lowerBound - 2].text == ","
                && (tokens[next].text == "," || isOfItsKind(from: next)))
            || ((before == "," || ["la", "le"].contains(before)) && isOfTheName)
        guard isNameless else { return nil }
        // « Le festival s’est ouvert mardi. La 78e du nom … »: the series named just before.
        // "The festival closed on Saturday. The previous edition, the 80th, …": the series named
        // before stands for the edition noun.
        let isOfEditionNoun =
            EditionAnchor.appositionAnchor(
                document, claimStart: ordinal.lowerBound, sentence: document.sentences[sentence].tokens,
                word: { tokens[$0].kind == .word ? folded[$0] : "" }) != nil
        return named.filter { $0.tokens.upperBound < ordinal.lowerBound }.reversed().lazy.compactMap(asSeries).first
            ?? ((isOfTheName && before != ",") || isOfEditionNoun ? earlierSeries(before: sentence) : nil)
    }

    /// "of its kind", « du genre », "in its history", « de son histoire » after an ordinal
    /// standing for an edition of the series named before it.
    private func isOfItsKind(from index: Int) -> Bool {
        let tokens = document.tokens
        func word(_ offset: Int) -> String {
            index + offset < tokens.count ? folded[index + offset] : ""
        }
        return (word(0) == "of" && word(1) == "its" && word(2) == "kind") || (word(0) == "du" && word(1) == "genre")
            || isOfHistory(from: index, englishOwners: ["its"], frenchOwners: ["son", "leur"])
    }

    /// « de leur histoire », "in their history", "of their history" after a series' name: the
    /// ordinal counts a team's or a country's editions won or played (« la troisième Coupe du
    /// Golfe de leur histoire »), not the series' own.
    private func isInTheirHistory(from index: Int) -> Bool {
        isOfHistory(from: index, englishOwners: ["their"], frenchOwners: ["leur"])
    }

    /// "in its history", "of its history", « de son histoire » from token `index`, with one of
    /// `englishOwners` or `frenchOwners` (folded) as its possessive.
    private func isOfHistory(from index: Int, englishOwners: Set<String>, frenchOwners: Set<String>) -> Bool {
        let tokens = document.tokens
        func word(_ offset: Int) -> String {
            index + offset < tokens.count ? folded[index + offset] : ""
        }
        return (["in", "of"].contains(word(0)) && englishOwners.contains(word(1)) && word(2) == "history")
            || (word(0) == "de" && frenchOwners.contains(word(1)) && word(2) == "histoire")
    }

    /// Words of a run of yearly editions after an ordinal, folded: "ninth year running", "ninth
    /// consecutive year", "ninth year in a row", « neuvième année consécutive ».
    static let yearWords: Set<String> = ["year", "annee", "edition", "time", "fois"]
    /// Words of a count of times, which need no word of a run: "for the ninth time", « pour la
    /// neuvième fois », folded.
    static let timeWords: Set<String> = ["time", "fois"]
    static let runningWords: Set<String> = ["running", "consecutive", "consecutif", "straight"]
    /// Verbs of holding an event, folded: the run counts the editions held ("Barcelona hosts the
    /// congress for the ninth year running"), not someone's wins ("won the Open for the second
    /// year running").
    static let hostingVerbs: Set<String> = [
        "hosting", "hosts", "hosted", "host", "holds", "holding", "held", "stages", "staging", "organises",
        "organizes", "organising", "organizing", "accueille", "accueillera", "organise", "organisera", "abrite",
    ]

    /// The series named in the sentence of an ordinal of consecutive years or of times ("for the
    /// ninth year running", "for the ninth consecutive year", « pour la neuvième année consécutive
    /// », « pour la neuvième fois »), when all its known editions share one place, and where the
    /// words of the run end.
    private func runningSeries(after next: Int, sentence: Int, named: ArraySlice<SubjectOccurrence>)
        -> (series: SubjectOccurrence, end: Int)?
    {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        func word(_ index: Int) -> String { index < end && tokens[index].kind == .word ? folded[index] : "" }
        var index = next
        var isRunning = false
        if Self.runningWords.contains(word(index)) {
            index += 1
            isRunning = true
        }
        guard Self.yearWords.contains(word(index)) else { return nil }
        if Self.timeWords.contains(word(index)) { isRunning = true }
        index += 1
        if Self.runningWords.contains(word(index)) {
            index += 1
            isRunning = true
        } else if word(index) == "in", word(index + 1) == "a", word(index + 2) == "row" {
            index += 3
            isRunning = true
        } else if ["de", "d'"].contains(word(index)), ["suite", "affilee"].contains(word(index + 1)) {
            // « la 10e année de suite », « d’affilée ».
            index += 2
            isRunning = true
        }
        let start = document.sentences[sentence].tokens.lowerBound
        guard isRunning, (start..<next).contains(where: { Self.hostingVerbs.contains(word($0)) }),
            let series = named.lazy.compactMap(asSeries).first,
            // A place counts the series' editions only when they are all held there.
            Set(names.seriesEditions.editions(ofSeries: series.id).compactMap(\.place)).count <= 1
        else { return nil }
        return (series, index)
    }

    /// Where the elided noun's antecedent starts, for an ordinal after a definite article and
    /// before ``ellipsisFollowers``: an event noun or a series' name earlier in the sentence that
    /// is numbered itself ("the first summit", « la 63e édition »), so that the two ordinals
    /// count the same editions ("Glasgow came the 95th" in a ranking has none).
    /// - Parameter ordinalEnds: the token after each of the draft's ordinals, by its first token.
    private func ellipticalAntecedent(of ordinal: Range<Int>, next: Int, sentence: Int, ordinalEnds: [Int: Int])
        -> Int?
    {
        let tokens = document.tokens
        let start = document.sentences[sentence].tokens.lowerBound
        guard ordinal.lowerBound > start, next == ordinal.upperBound,
            ["the", "la", "le", "l'"].contains(folded[ordinal.lowerBound - 1]),
            Self.ellipsisFollowers.contains(folded[next])
        else { return nil }
        let series = names.inSentence(sentence, near: ordinal).filter { $0.tokens.upperBound <= ordinal.lowerBound }
            .compactMap(asSeries).map(\.tokens.lowerBound)
        let nouns = (start..<ordinal.lowerBound).filter {
            tokens[$0].kind == .word && Self.eventNouns.contains(folded[$0])
        }
        return (series + nouns).filter { antecedent in
            (max(start, antecedent - 3)..<antecedent).contains {
                ordinalEnds[$0] != nil || Self.firstWords.contains(folded[$0])
            }
        }.max()
    }

    /// Words that may follow a number after a series' name, folded: "CPV 30 in Valmora", « la CPV
    /// 30 à Valmora », "CPV 30 opened".
    static let joinedEditionFollowers: Set<String> = [
        "in", "at", "on", "to", "from", "was", "is", "will", "opened", "opens", "closed", "closes", "ended", "a", "au",
        "en", "se", "s'", "s'est", "s'ouvre", "qui", "sera", "s'acheve", "s'ouvrira", "avait", "etait", "mission",
        "spacecraft", "lander", "rover", "rocket", "probe", "launch", "flight",
    ]

    /// Nouns that end a noun phrase of a meeting after a series' short name and its number
    /// ("the CPV 30 climate talks"), folded, besides ``eventNouns``.
    static let meetingPhraseNouns: Set<String> = ["talks", "negotiations", "conference", "summit"]
    /// How many words may stand before a noun of ``meetingPhraseNouns``.
    static let meetingPhraseReach = 2

    /// Whether the words from `index` make a noun phrase of the meeting numbered before them: in
    /// English up to ``meetingPhraseReach`` lowercase words, then an event noun ("CPV 30 climate
    /// talks", "CPV 30 ocean summit"); in French « sur le », « sur la » and a lowercase word, after
    /// a one-word short name that an article opens (« la CPV 30 sur le climat »), not a count
    /// (« 54 sur les 56 »).
    private func isEditionNounPhrase(after index: Int, shortName: Int) -> Bool {
        let tokens = document.tokens
        func word(_ offset: Int) -> String? {
            let position = index + offset
            guard position < tokens.count, tokens[position].kind == .word,
                !Fold.isCapitalised(tokens[position].text)
            else { return nil }
            return folded[position]
        }
        switch document.language {
        case .en:
            return (0...Self.meetingPhraseReach).contains { offset in
                (0..<offset).allSatisfy { word($0) != nil }
                    && word(offset).map { Self.eventNouns.contains($0) || Self.meetingPhraseNouns.contains($0) } == true
            }
        case .fr:
            guard shortName >= 1, ["la", "le", "l'", "du", "au"].contains(folded[shortName - 1]),
                word(0) == "sur", let article = word(1), ["le", "la", "l'"].contains(article)
            else { return false }
            return word(2) != nil
        }
    }

    /// "Chandrayaan-3", "UNGA 81", "the Chandrayaan 3 mission": a number joined by a hyphen, or
    /// after a space and followed by no word but an event noun or a word of
    /// ``joinedEditionFollowers`` or a meeting's noun phrase (``isEditionNounPhrase(after:shortName:)``),
    /// to a series' name. A
    /// year ("MWC 2024", "Bastia Film Festival 25" when the 2025 festival is not the 25th, ``isShortYear(_:of:)``)
    /// or a count ("CHOGM 54 leaders") is no edition.
    private func joinedClaim(_ mention: Mention) -> EditionNumberClaim? {
        guard case .number(let value) = mention.value, mention.bound == nil, mention.unit == nil else { return nil }
        let tokens = document.tokens
        let range = document.tokenRange(of: mention.span)
        let first = range.lowerBound
        let nameEnd: Int
        if first >= 2, tokens[first - 1].text == "-", tokens[first - 1].span.start == tokens[first - 2].span.end,
            tokens[first].span.start == tokens[first - 1].span.end
        {
            nameEnd = first - 1
        } else if first >= 1, tokens[first - 1].kind == .word, range.upperBound == tokens.count
            || tokens[range.upperBound].kind != .word
            || Self.eventNouns.contains(folded[range.upperBound])
            || Self.joinedEditionFollowers.contains(folded[range.upperBound])
            || isEditionNounPhrase(after: range.upperBound, shortName: first - 1)
        {
            nameEnd = first
        } else {
            return nil
        }
        // The value last: most numbers stand apart from any name, and reading it as an integer costs more.
        guard let number = Int(exactly: value as NSNumber), Decimal(number) == value, number > 0,
            number < Self.largestJoinedEdition
        else { return nil }
        let sentence = document.sentenceIndex(of: mention.span.start)
        guard
            let series = names.inSentence(sentence, near: first..<first + 1)
                .filter({ $0.tokens.upperBound == nameEnd }).lazy.compactMap(asSeries).first,
            nameEnd == first ? !isShortYear(number, of: series.id) : true
        else { return nil }
        return makeClaim(
            mention, number: number, span: tokens[series.tokens.lowerBound].span.union(mention.span), series: series)
    }

    /// - Parameters:
    ///   - window: where the sentence speaks of this edition's year and place; by default, the
    ///     tokens within ``SubjectOccurrences/window`` of the ordinal.
    ///   - isNamedBefore: whether the series is named in an earlier sentence only: "the" before
    ///     the ordinal then points back to it ("The summit opened on Saturday. … the 38th summit").
    func makeClaim(
        _ mention: Mention, number: Int, span: Span, series: SubjectOccurrence, window: Range<Int>? = nil,
        isNamedBefore: Bool = false
    ) -> EditionNumberClaim? {
        let editions = names.seriesEditions.editions(ofSeries: series.id)
        guard !editions.isEmpty else { return nil }
        let range = document.tokenRange(of: mention.span)
        let sentence = document.sentenceIndex(of: mention.span.start)
        let window = window ?? self.window(around: range, sentence: sentence)
        guard !isToldFromUnknownPublication(mention, within: window) else { return nil }
        let years =
            possessiveYear(before: document.tokenRange(of: span).lowerBound, sentence: sentence)
            ?? years(near: mention, within: window)
            ?? pointedBackYears(before: range.lowerBound, sentence: sentence, isNamedBefore: isNamedBefore)
            ?? yearAfterName(from: document.tokenRange(of: span).upperBound, sentence: sentence)
            ?? yearAfterSeries(series, sentence: sentence)
            ?? yearBeforeSeries(series, ordinal: range.lowerBound, sentence: sentence)
            ?? yearOfEditionDays(editions, from: sentence)
            ?? yearOfYearlessMonth(near: mention, within: window, sentence: sentence)
            ?? yearOfAnniversary(series, sentence: sentence)
        var anchor = EditionAnchor.of(
            document, folded: folded, claimStart: document.tokenRange(of: span).lowerBound,
            claimEnd: document.tokenRange(of: span).upperBound, sentence: document.sentences[sentence].tokens)
        // "The previous edition, the 38th," after a sentence of another year: that year's edition
        // is the one at hand.
        if anchor == .previous || anchor == .next,
            EditionAnchor.appositionAnchor(
                document, claimStart: document.tokenRange(of: span).lowerBound,
                sentence: document.sentences[sentence].tokens,
                word: { document.tokens[$0].kind == .word ? folded[$0] : "" }) != nil,
            isAfterOtherYear(sentence)
        {
            anchor = nil
        }
        // « Elle fera son 32e voyage officiel … Elle ira à Kesra du 12 au 15 octobre »: the days
        // the paragraph writes are the numbered edition's, whatever the tense says.
        if anchor != nil, paragraphDates(editions.first { $0.number == number }, sentence: sentence) {
            anchor = nil
        }
        // A copula after a name holding its number ("Chandrayaan-2 is India's second mission")
        // speaks of that mission whatever the day, as does a sentence that tells no edition:
        // only an ordinal is dated by them.
        let isOrdinal: Bool
        if case .ordinal = mention.value { isOrdinal = true } else { isOrdinal = false }
        let isDatedByOrdinalOnly: Bool
        if case .publicationTime = anchor { isDatedByOrdinalOnly = true } else { isDatedByOrdinalOnly = anchor == .underWay }
        return EditionNumberClaim(
            mention: mention, number: number, span: span, series: series, editions: editions, years: years,
            // "New Orleans was originally announced as the host of the 58th": a plan not kept.
            place: isFormerPlan(sentence) ? nil : place(ofSeries: series.id, near: range, within: window, sentence: sentence),
            anchor: isDatedByOrdinalOnly && !isOrdinal ? nil : anchor,
            days: monthOfToldYear(near: mention, within: window) ?? days(near: mention, within: window)
                ?? nearDays(of: mention, within: window, anchor: anchor),
            givesLength: givesLength(before: range.lowerBound, sentence: sentence),
            isOpening: isOpening(near: document.tokenRange(of: span), sentence: sentence))
    }

    /// Whether a date written in the paragraph of sentence `index`, to the day, falls within the
    /// days of `edition` (its first and last days known); a date without a year is read in the
    /// edition's.
    private func paragraphDates(_ edition: ReferenceEdition?, sentence index: Int) -> Bool {
        guard let first = edition?.start?.calendarDate, let last = (edition?.end ?? edition?.start)?.calendarDate
        else { return false }
        func day(_ date: PartialDate) -> CalendarDate? {
            guard let month = date.month, let day = date.day else { return nil }
            return CalendarDate(year: date.year ?? first.year, month: month, day: day)
        }
        let paragraph = document.paragraphIndex(of: document.sentences[index].span.start)
        let sentences = document.sentences.filter { document.paragraphIndex(of: $0.span.start) == paragraph }
        return sentences.contains { sentence in
            dates.mentions(in: sentence.span).contains { date in
                let ends: (PartialDate, PartialDate)
                switch date.value {
                case .date(let one, _): ends = (one, one)
                case .dateRange(let start, let end, _, _): ends = (start, end)
                default: return false
                }
                guard let from = day(ends.0), let to = day(ends.1) else { return false }
                return first <= to && from <= last
            }
        }
    }

    /// Whether sentence `index` tells of a plan not kept ("originally", « initialement »,
    /// ``EditionClaims/formerPlanWords``): a place it names may not be the edition's.
    private func isFormerPlan(_ index: Int) -> Bool {
        document.sentences[index].tokens.contains { EditionClaims.formerPlanWords.contains(folded[$0]) }
    }

    /// Whether two digits after a series' name are the short year of one of its editions ("Bastia
    /// Film Festival 25" for the 2025 festival, its 41st) rather than an edition's number.
    private func isShortYear(_ number: Int, of series: String) -> Bool {
        (10...99).contains(number)
            && reference.editions(ofSeries: series).contains { $0.start?.year == 2000 + number && $0.number != number }
    }

    /// The series an occurrence stands for: itself, or the series spelt like it.
    func asSeries(_ occurrence: SubjectOccurrence) -> SubjectOccurrence? {
        if occurrence.kind == .series { return occurrence }
        guard let series = reference.seriesSharingName(with: occurrence.id, language: document.language).first
        else { return nil }
        return SubjectOccurrence(id: series.id, kind: .series, name: occurrence.name, tokens: occurrence.tokens)
    }

    /// The series whose name is a run of capitalised words of the sentence followed by the
    /// event noun at `noun`: "the Commonwealth Heads of Government as the 27th meeting".
    func seriesNamed(withNoun noun: Int, sentence: Int) -> SubjectOccurrence? {
        let tokens = document.tokens
        var run: [Int] = []
        var found: SubjectOccurrence?
        func lookUp() {
            defer { run.removeAll() }
            while let last = run.last, !Fold.isCapitalised(tokens[last].text) { run.removeLast() }
            // "the G7 Leaders’ Summit": the leaders are no part of the series' name.
            let kept = run.filter { !Self.leadersWords.contains(folded[$0]) }
            guard found == nil, !kept.isEmpty else { return }
            // "The G7’s 51st summit".
            let words = kept.map { SubjectOccurrences.withoutPossessive(tokens[$0].text) } + [tokens[noun].text]
            if let match = reference.subjects(namedIn: words, language: document.language).first(where: {
                $0.words.upperBound == words.count && $0.subject.kind == .series
            }) {
                found = SubjectOccurrence(
                    id: match.subject.id, kind: .series, name: match.subject.name,
                    tokens: kept[match.words.lowerBound]..<kept.last! + 1)
            } else if let complement = complementSeries(noun: noun, name: kept) {
                found = complement
            }
        }
        let sentenceTokens = document.sentences[sentence].tokens
        let window =
            max(sentenceTokens.lowerBound, noun - SubjectOccurrences.window)..<min(
                sentenceTokens.upperBound, noun + SubjectOccurrences.window)
        for index in window where index != noun {
            let token = tokens[index]
            if token.kind == .word, Fold.isCapitalised(token.text) || (!run.isEmpty && token.text.count <= 3) {
                run.append(index)
            } else {
                lookUp()
            }
        }
        lookUp()
        return found
    }

    /// Articles before an ordinal that point back to the series named before it: "the 38th
    /// summit", « une 77e édition » (an indefinite article reaches an ordinal only before
    /// « édition », "edition").
    static let pointingArticles: Set<String> = ["the", "le", "la", "l'", "une", "a", "an"]

    /// With "cette", "ce", "this" or a possessive ("sa", "its") before the ordinal — or an
    /// article, when the series is named only in the sentences before and the sentence
    /// does not say which edition ("previous", "last") — the years of the last date in the two
    /// sentences before, in the paragraph (the sentence before in any paragraph, after "cette",
    /// "this"), or of the publication week when one of them names a weekday.
    private func pointedBackYears(before ordinal: Int, sentence: Int, isNamedBefore: Bool) -> ClosedRange<Int>? {
        guard ordinal > 0 else { return nil }
        let before = folded[ordinal - 1]
        let isDefinite =
            isNamedBefore && Self.pointingArticles.contains(before)
            && !EditionAnchor.isQualified(
                document.sentences[sentence].tokens, claimStart: ordinal,
                word: { document.tokens[$0].kind == .word ? folded[$0] : "" })
        let isDemonstrative = Self.demonstratives.contains(before)
        guard isDemonstrative || ["sa", "son", "its"].contains(before) || isDefinite else { return nil }
        let paragraph = document.paragraphIndex(of: document.sentences[sentence].span.start)
        for previous in stride(from: sentence - 1, through: max(0, sentence - 2), by: -1) {
            let span = document.sentences[previous].span
            // « Le jury de cette 78e édition » points back to the sentence before, paragraph or not.
            guard document.paragraphIndex(of: span.start) == paragraph || (isDemonstrative && previous == sentence - 1)
            else { break }
            // « depuis 1991 » is history, not the edition's date.
            if let date = dates.mentions(in: span).last(where: { !isHistory($0) }), let days = ClaimBuilder.days(of: date) {
                return days.lowerBound.year...days.upperBound.year
            }
            // "The summit opens on Saturday. It is its 38th session": the week of the publication
            // (« ce mardi », « mardi prochain » too).
            if let published = document.published,
                relativeDates.mentions(in: span).contains(where: { mention in
                    switch mention.value {
                    case .weekday: isOneDay(mention)
                    case .relativeDate(.weekday): true
                    default: false
                    }
                })
            {
                return Self.years(ofWeekAround: published)
            }
        }
        return nil
    }

    /// A year written right after the series' name, past an abbreviation in parentheses: "the
    /// 18th Mobile World Congress (MWC) 2024", « la 29e édition du FESPACO 2025 ».
    private func yearAfterName(from index: Int, sentence: Int) -> ClosedRange<Int>? {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        var next = index
        if next + 2 < end, tokens[next].text == "(", tokens[next + 2].text == ")" { next += 3 }
        guard next < end, tokens[next].kind == .number, tokens[next].text.count == 4, let year = Int(tokens[next].text),
            (1800...2100).contains(year)
        else { return nil }
        return year...year
    }

    /// A year written right after the series' name elsewhere in the sentence: « Cannes 2024 : …
    /// la 76e édition ».
    private func yearAfterSeries(_ series: SubjectOccurrence, sentence: Int) -> ClosedRange<Int>? {
        guard document.sentences[sentence].tokens.contains(series.tokens.lowerBound) else { return nil }
        return yearAfterName(from: series.tokens.upperBound, sentence: sentence)
    }

    /// A year written right before the series' name, when the ordinal follows the name as its
    /// apposition or predicate (only words of ``yearBeforeSeriesLinks``, commas and an acronym in
    /// brackets between): "The 2024 Tour de France is the 112th edition", "the 2024 G7 summit,
    /// the 51st,", not "the 2022 summit and now prepare for the 12th"; also before a name
    /// followed by its acronym in brackets. Not after a word of history ("since the 1975 summit").
    private func yearBeforeSeries(_ series: SubjectOccurrence, ordinal: Int, sentence: Int) -> ClosedRange<Int>? {
        let tokens = document.tokens
        let sentenceTokens = document.sentences[sentence].tokens
        // "the 2022 Commonwealth Heads of Government Meeting (CHOGM), the 26th": the name before
        // the acronym in brackets.
        let first =
            names.inSentence(sentence).first {
                $0.id == series.id && $0.tokens.upperBound + 1 == series.tokens.lowerBound
                    && tokens[$0.tokens.upperBound].text == "("
            }?.tokens.lowerBound ?? series.tokens.lowerBound
        let index = first - 1
        guard sentenceTokens.contains(series.tokens.lowerBound), series.tokens.upperBound <= ordinal,
            isLink(series.tokens.upperBound..<ordinal), index >= sentenceTokens.lowerBound, tokens[index].kind == .number, tokens[index].text.count == 4,
            let year = Int(tokens[index].text), (1800...2100).contains(year)
        else { return nil }
        let isHistory = (max(sentenceTokens.lowerBound, index - 3)..<index).contains {
            tokens[$0].kind == .word && ClaimWords.historyWords.contains(folded[$0])
        }
        return isHistory ? nil : year...year
    }

    /// Words that may link a series' name to the ordinal in its apposition or predicate, folded:
    /// "is the", "was its", "marks the", ", the".
    static let yearBeforeSeriesLinks: Set<String> = ["the", "is", "was", "its", "marks", "marked", "will", "be"]

    /// Whether the tokens `range` only link a name to its apposition or predicate: words of
    /// ``yearBeforeSeriesLinks``, commas, dashes and one acronym in brackets ("(CHOGM), the").
    private func isLink(_ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        var isInBrackets = false
        var words = 0
        for index in range {
            let text = tokens[index].text
            if text == "(" || text == ")" {
                isInBrackets = text == "("
            } else if isInBrackets {
                words += 1
                guard words <= 1 else { return false }
            } else if tokens[index].kind == .word {
                guard Self.yearBeforeSeriesLinks.contains(Fold.word(text)) else { return false }
            } else if ![",", "—", "–"].contains(text) {
                return false
            }
        }
        return !isInBrackets
    }

    /// How many tokens an aside between commas may take between an event noun and its
    /// complement: « la 91e édition, ce week-end, des 24 Heures du Mans ».
    static let asideReach = 5

    /// The series named in a complement: "de l’Assemblée générale", "of the General Assembly",
    /// also past an aside between commas (« la 91e édition, ce week-end, des 24 Heures »).
    func seriesNamed(after index: Int, in named: ArraySlice<SubjectOccurrence>) -> SubjectOccurrence? {
        let tokens = document.tokens
        var next = index
        if next < tokens.count, tokens[next].text == ",",
            let close = (next + 1..<min(tokens.count, next + 2 + Self.asideReach)).first(where: {
                [",", ".", ";", ":", "(", ")"].contains(tokens[$0].text)
            }), tokens[close].text == ","
        {
            next = close + 1
        }
        guard next < document.tokens.count, ClaimWords.complementWords.contains(folded[next])
        else { return nil }
        next += 1
        if next < document.tokens.count, ClaimWords.articles.contains(folded[next]) {
            next += 1
        }
        return named.filter { $0.tokens.lowerBound == next }.lazy.compactMap(asSeries).first
    }

    /// The series named last in the previous sentences of the paragraph.
    func earlierSeries(before sentence: Int) -> SubjectOccurrence? {
        let paragraph = document.paragraphIndex(of: document.sentences[sentence].span.start)
        for previous in stride(from: sentence - 1, through: max(0, sentence - SubjectResolver.sentencesBack), by: -1) {
            guard document.paragraphIndex(of: document.sentences[previous].span.start) == paragraph else { break }
            if let series = names.inSentence(previous).reversed().lazy.compactMap(asSeries).first { return series }
        }
        return nil
    }

    /// From an elliptical ordinal to the next comma or semicolon, or the sentence's end: what is
    /// said of its edition ("the 63rd was in Rio, the 65th in Asunción").
    private func clause(after ordinal: Range<Int>, sentence: Int) -> Range<Int> {
        let end = document.sentences[sentence].tokens.upperBound
        let stop = (ordinal.upperBound..<end).first { [",", ";"].contains(document.tokens[$0].text) } ?? end
        return ordinal.lowerBound..<stop
    }

    /// The tokens of the sentence within ``SubjectOccurrences/window`` of the ordinal.
    func window(around range: Range<Int>, sentence: Int) -> Range<Int> {
        let tokens = document.sentences[sentence].tokens
        return max(
            tokens.lowerBound, range.lowerBound - SubjectOccurrences.window)..<min(
                tokens.upperBound, range.upperBound + SubjectOccurrences.window)
    }

    /// The days of the date nearest to the ordinal, unless a length of years sets it forward
    /// (``shiftedYear(of:)``).
    func days(near mention: Mention, within window: Range<Int>) -> ClosedRange<CalendarDate>? {
        let span = document.span(ofTokens: window)
        guard let date = nearest(to: mention, among: anchoringDates(in: span, for: mention)),
            shiftedYear(of: date) == nil
        else { return nil }
        return ClaimBuilder.days(of: date)
    }

    /// The years of the date nearest to the ordinal; failing a date, those that the nearest
    /// weekday or relative date gives from the publication date. A year told from the publication
    /// date nearer the ordinal than any date is its time, not a deadline further away ("a
    /// deadline of 31 March 2024, set at the 45th meeting in July last year").
    private func years(near mention: Mention, within window: Range<Int>) -> ClosedRange<Int>? {
        let span = document.span(ofTokens: window)
        let date = nearest(to: mention, among: anchoringDates(in: span, for: mention))
        if let date, let published = document.published,
            let relative = nearest(to: mention, among: relativeDates.mentions(in: span).filter(Self.isYearsAway)),
            abs(relative.span.start - mention.span.start) < abs(date.span.start - mention.span.start),
            case .relativeDate(let told) = relative.value, let year = told.year(from: published)
        {
            return year...year
        }
        if let date {
            // « Cent ans après la première course en 1923, la 91e édition »: the year of 2023.
            if let shifted = shiftedYear(of: date) { return shifted...shifted }
            return ClaimBuilder.days(of: date).map { $0.lowerBound.year...$0.upperBound.year }
        }
        guard let published = document.published,
            let relative = nearest(to: mention, among: relativeDates.mentions(in: span).filter(isOneDay))
        else { return nil }
        switch relative.value {
        case .weekday:
            // The day of that name in the week before or after the publication day.
            return Self.years(ofWeekAround: published)
        case .relativeDate(.weeks(let offset)):
            return Self.years(ofWeekAround: published.adding(days: 7 * offset))
        case .relativeDate(.months(let offset)):
            // Months counted from year 0 are positive for any date of news: plain division floors.
            let year = (published.year * 12 + published.month - 1 + offset) / 12
            return year...year
        case .relativeDate(let date):
            return date.year(from: published).map { $0...$0 }
        default:
            return nil
        }
    }

    /// Whether a date follows "since", « depuis » or a word of founding within three words
    /// (« organisation fondée en 1970 », "since 1949"), or a year ends a clause opened by "since"
    /// or by a word of founding ("since the race began in 1982", "founded by Ana Ruiz in
    /// 1985"): not the edition's date. A day after
    /// "since", « depuis » is when the edition under way began (« accueille depuis le 24 février
    /// pour la vingtième fois »), and « depuis » before a name is a place of departure (« partira
    /// depuis Florence en 2024 »).
    func isHistory(_ date: Mention) -> Bool {
        let start = document.tokenIndex(from: date.span.start)
        // "since the race began in 1982", « depuis que la course est née en 1982 »: a clause of
        // "since" that dates a beginning, with no punctuation between.
        if !Self.isDay(date),
            EditionAnchor.isInHistoryClause(
                start, foundingWords: ClaimWords.historyWords, from: 0, in: document, word: { folded[$0] })
        {
            return true
        }
        if EditionAnchor.datesOtherEdition(at: start, from: 0, word: { folded[$0] }) { return true }
        return (max(0, start - 3)..<start).contains { index in
            guard document.tokens[index].kind == .word else { return false }
            let word = folded[index]
            guard ClaimWords.historyWords.contains(word) else { return false }
            guard Self.sinceWords.contains(word) else { return true }
            let isFromPlace = (index + 1..<start).contains {
                document.tokens[$0].kind == .word && Fold.isCapitalised(document.tokens[$0].text)
            }
            return !Self.isDay(date) && !isFromPlace
        }
    }

    /// The dates in `span` that may date the edition `mention` numbers: not history
    /// (``isHistory(_:)``, ``isStretchOfYears(_:)``), nor in a phrase of what came before
    /// (``isInOpeningAfterPhrase(_:apartFrom:)``).
    private func anchoringDates(in span: Span, for mention: Mention) -> [Mention] {
        dates.mentions(in: span).filter {
            !isHistory($0) && !isInOpeningAfterPhrase($0, apartFrom: mention) && !Self.isStretchOfYears($0)
                // "honoured 40 firefighters, including 9 who died in 2019": the year is theirs.
                && !EditionClaims.isOfPeople(
                    $0, in: document, sentence: document.sentences[document.sentenceIndex(of: $0.span.start)].tokens,
                    word: { self.document.tokens[$0].kind == .word ? self.folded[$0] : "" })
        }
    }

    /// Whether a date is a range of whole years longer than a year ("the editions from 1927 to
    /// 1957"): a stretch of history, not an edition's date.
    static func isStretchOfYears(_ date: Mention) -> Bool {
        guard case .dateRange(let start, let end, _, _) = date.value, start.month == nil, end.month == nil,
            let first = start.year, let last = end.year
        else { return false }
        return last - first >= 2
    }

    /// Words that open a sentence with what came before its main clause, folded: « Après le Japon
    /// en 2012, le Vietnam sera … », "After Lyon in 2023, …".
    static let afterPhraseOpeners: Set<String> = ["apres", "after", "following"]

    /// Whether `date` lies in a phrase of what came before (``afterPhraseOpeners``) that opens its
    /// sentence up to a comma, and `mention` after it: the phrase dates another edition.
    func isInOpeningAfterPhrase(_ date: Mention, apartFrom mention: Mention) -> Bool {
        let sentence = document.sentences[document.sentenceIndex(of: date.span.start)]
        let first = sentence.tokens.lowerBound
        guard Self.afterPhraseOpeners.contains(folded[first]),
            let comma = sentence.tokens.first(where: { document.tokens[$0].text == "," })
        else { return false }
        let end = document.tokens[comma].span.start
        return date.span.end <= end && mention.span.start > end
    }

    /// Words of a time since which something lasts, folded.
    static let sinceWords: Set<String> = ["since", "depuis"]

    private static func isDay(_ date: Mention) -> Bool {
        if case .date(let day, _) = date.value { return day.day != nil }
        return false
    }

    /// The years of the days within six days of `day`: a week around it, whichever it is.
    private static func years(ofWeekAround day: CalendarDate) -> ClosedRange<Int> {
        day.adding(days: -6).year...day.adding(days: 6).year
    }

    /// Whether a relative date counts years ("last year", « l’an prochain »).
    /// Whether « cette année », "this year" stands nearer the ordinal than any date, in a draft
    /// without a publication date: « Après sa 12e édition en 2024, le salon accueille cette
    /// année sa 13e » is of a year the draft does not give.
    private func isToldFromUnknownPublication(_ mention: Mention, within window: Range<Int>) -> Bool {
        guard document.published == nil else { return false }
        let span = document.span(ofTokens: window)
        guard let relative = nearest(to: mention, among: relativeDates.mentions(in: span).filter(Self.isYearsAway)),
            case .relativeDate(.years(0)) = relative.value
        else { return false }
        guard let date = nearest(to: mention, among: anchoringDates(in: span, for: mention)) else {
            return true
        }
        return abs(relative.span.start - mention.span.start) < abs(date.span.start - mention.span.start)
    }

    private static func isYearsAway(_ mention: Mention) -> Bool {
        if case .relativeDate(.years) = mention.value { return true }
        return false
    }

    func nearest(to mention: Mention, among mentions: some Collection<Mention>) -> Mention? {
        mentions.min { abs($0.span.start - mention.span.start) < abs($1.span.start - mention.span.start) }
    }

    /// Whether a weekday names one day near the publication ("s’achève jeudi"), not a habit or
    /// any such day ("chaque jeudi", "le jeudi", "un jeudi", "du lundi au vendredi").
    func isOneDay(_ mention: Mention) -> Bool {
        guard case .weekday = mention.value else { return true }
        let first = document.tokenIndex(from: mention.span.start)
        return first == 0 || !WeekdayReading.habitLeaders.contains(folded[first - 1])
    }

    /// The place of one of the editions written nearest to the ordinal, or one of the places of an
    /// edition held in several; `nil` when the words written there spell the places of two editions.
    /// A place that names a side (``isSide(from:to:sentence:)``) or that the venue is located by
    /// (``isLandmark(from:sentence:)``) is no edition's.
    private func place(ofSeries seriesID: String, near ordinal: Range<Int>, within window: Range<Int>, sentence: Int)
        -> String?
    {
        let places = names.seriesEditions.placeWords(ofSeries: seriesID)
        guard !places.isEmpty else { return nil }
        let tokens = document.tokens
        let words = window.filter { tokens[$0].kind == .word }
        let windowWords = words.map { folded[$0] }
        var best: (place: String, distance: Int)?
        var isShared = false
        // "à Villers-Cotterêts" for an edition held in "Villers-Cotterêts et Paris", and
        // "Villers-Cotterêts" as one word or as two around a hyphen (``SeriesEditions/PlaceWords``).
        for edition in places {
            let place = edition.place
            for parts in edition.spellings where words.count >= parts.count {
                for start in 0...(words.count - parts.count) where windowWords[start..<start + parts.count].elementsEqual(parts) {
                    if isSide(from: words[start], to: words[start + parts.count - 1], sentence: sentence)
                        || isLandmark(from: words[start], sentence: sentence)
                    {
                        continue
                    }
                    let distance = abs(words[start] - ordinal.lowerBound)
                    if distance < best?.distance ?? Int.max {
                        best = (place, distance)
                        isShared = false
                    } else if distance == best?.distance, place != best?.place {
                        isShared = true
                    }
                }
            }
        }
        // "Paris", spelt by the edition held in Paris and by the one held in "Villers-Cotterêts
        // et Paris", tells neither.
        return isShared ? nil : best?.place
    }
}
