import FactDeskKit
import Foundation

/// Parts written right next to their whole, whatever they count: "1,500 of the 1,200 injured",
/// "62 out of a total of 59 seats", « 28 sur un total de 24 », "48 wins from 47 matches",
/// « 1 500 des 1 200 blessés », « cinq de ses quatre qualifiés », "620 km of the 540 km
/// canal", "600,000 visitors, 640,000 of whom were professionals", "1,200 injured; 1,500 of them", "40 halls – 52 newly built –" (``isDashedPart(whole:part:in:)``),
/// and a sentence that opens with its whole (« Sur les 600 000 visiteurs, 640 000 étaient »,
/// "Of the 600,000 visitors, 640,000 were", "Of the estimated 1,800 guests, more than 2,100
/// stayed", "Out of the 180 towns, some 190"). A part above its whole is reported.
struct AdjacentParts {
    let check: NumberCheck

    /// Words between a part and its whole: « des », "of", "of the", "of their", « sur ses », folded.
    static let partOf: [[String]] = [
        ["des"], ["of"], ["of", "the"], ["d'entre", "les"], ["sur", "les"], ["of", "their"], ["of", "its"], ["of", "his"],
        ["of", "her"], ["sur", "ses"], ["sur", "leurs"], ["de", "ses"], ["de", "leurs"],
        // "1,250 out of 1,100 moorings": no ratio has its part above its whole.
        ["out", "of"],
    ]
    /// Words after a part that point back to the whole before it: "of them", "of whom", « d’entre eux ».
    static let backReferences: [[String]] = [
        ["of", "them"], ["of", "whom"], ["of", "which"], ["d'entre", "eux"], ["d'entre", "elles"],
    ]
    /// Words after a part that opens its sentence and that point back to the count ending the
    /// sentence before: "75 of these", "of those", « d’entre eux », folded.
    static let sentenceBackReferences: [[String]] = backReferences + [["of", "these"], ["of", "those"]]

    /// Words that open a sentence with its whole: "Of the", « Sur les », « Parmi les », and an
    /// estimate of it ("Of the estimated"), folded.
    static let openers: [[String]] = [
        ["of", "the"], ["out", "of", "the"], ["sur", "les"], ["parmi", "les"], ["of", "the", "estimated"],
        ["of", "an", "estimated"],
    ]

    /// Words that open a sentence with a whole written without article: « Sur 62 partants, », «
    /// Des 62 voitures, », "Of 1,000 voters,", folded. A whole of days or years (« Sur trois jours,
    /// 150 000 visiteurs ») is a period, not a whole.
    static let bareOpeners: [[String]] = [["sur"], ["parmi"], ["des"], ["of"], ["out", "of"], ["among"]]
    /// Nouns of periods and lengths after a number, folded.
    static let periodNouns: Set<String> = [
        "jours", "jour", "ans", "annees", "semaines", "mois", "heures", "minutes", "days", "years", "weeks", "months",
        "hours", "km", "kilometres", "metres", "miles", "editions", "saisons", "seasons",
    ]
    /// Nouns of ballots: a count of one is part of a count of another (« 2 434 751 voix sur 4 480
    /// 000 suffrages exprimés », « votants sur inscrits »), folded.
    static let ballotNouns: Set<String> = [
        "voix", "votants", "suffrages", "inscrits", "electeurs", "bulletins", "votes", "voters", "ballots", "registered",
    ]
    /// Words that cannot be a whole's noun right after it: a whole followed by one of them, or by
    /// punctuation, counts the part's noun ("91 councillors out of 87 who voted", « 12 élus sur
    /// 10 en lice »), folded.
    static let bareFollowers: Set<String> = [
        "", "who", "that", "which", "in", "at", "on", "for", "from", "across", "nationwide", "present", "qui", "que",
        "en", "dans", "au", "aux", "pour", "presents", "presentes", "voted", "were", "are", "have", "had", "ont",
        "sont", "etaient", "avaient",
    ]
    /// Words that name the whole after a part: "out of a total of", « sur un total de », folded.
    static let totals: [[String]] = [
        ["out", "of", "a", "total", "of"], ["out", "of", "a", "total"], ["of", "a", "total", "of"],
        ["sur", "un", "total", "de"], ["sur", "un", "total", "d'"],
    ]
    /// Nouns of results of matches, each one match, folded.
    static let resultNouns: Set<String> = [
        "wins", "victories", "draws", "defeats", "losses", "victoires", "nuls", "defaites",
    ]
    /// Words between a count of results and the matches they come from, folded.
    static let matchPrepositions: Set<String> = ["from", "in", "en", "sur"]
    /// Nouns of matches played, folded.
    static let matchNouns: Set<String> = [
        "matches", "games", "fixtures", "races", "starts", "tests", "outings", "matchs", "rencontres", "courses",
    ]
    /// Words that join a part's noun to its complement before « sur », "out of": « chefs d’État », folded.
    static let nounComplements: Set<String> = ["de", "d'", "of"]
    /// How many tokens may stand between a whole and the comma or semicolon before its part ("visitors").
    static let reach = 4
    /// How many tokens may stand there when the whole opens its sentence (« Sur les 52 personnes
    /// en état d’urgence absolue, 25 … »): the opener marks it as the whole.
    static let openedReach = 8

    /// The parts larger than their whole, in text order.
    func partsOverWhole() -> [WholeFirstParts.Part] {
        let numbers = check.numbers
        return numbers.indices.dropFirst().compactMap { index -> WholeFirstParts.Part? in
            let first = numbers[index - 1]
            let second = numbers[index]
            guard let firstValue = BreakdownSums.plainCount(first) else { return nil }
            let firstRange = check.document.tokenRange(of: first.span)
            let secondRange = check.document.tokenRange(of: second.span)
            // "Of the 1,800 guests, more than 2,100 stayed": a part above a lower bound above its whole.
            if let least = Self.lowerBound(of: second) {
                guard least > firstValue, let start = second.bound.map({ check.document.tokenIndex(from: $0.span.start) }),
                    start >= firstRange.upperBound, isJoined(firstRange.upperBound..<start, reach: Self.openedReach),
                    opensSentence(before: firstRange.lowerBound)
                else { return nil }
                return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span)
            }
            guard let secondValue = BreakdownSums.plainCount(second) else { return nil }
            guard check.document.sentenceIndex(of: first.span.start) == check.document.sentenceIndex(of: second.span.start)
            else {
                // "offered 60 recitals. 75 of these were …": the next sentence opens with a part of the count.
                return secondValue > firstValue && pointsBack(from: secondRange, to: firstRange)
                    ? WholeFirstParts.Part(mention: second, whole: firstValue) : nil
            }
            let between = check.folded.words(firstRange.upperBound..<secondRange.lowerBound)
            // The values are compared once for every reading below: comparing decimals costs more than words.
            let isFirstLarger = firstValue > secondValue
            // "1,500 of the 1,200 injured", "62 out of a total of 59 seats": the part first.
            if Self.partOf.contains(between) || isOutOfTotal(between), isFirstLarger {
                return WholeFirstParts.Part(mention: first, whole: secondValue, wholeSpan: second.span)
            }
            // "620 km of the 540 km canal", « 300 km des 250 km du tracé »: a length of a length.
            if isFirstLarger, isMeasureOfMeasure(between, wholeUnit: word(at: secondRange.upperBound)) {
                return WholeFirstParts.Part(mention: first, whole: secondValue, wholeSpan: second.span)
            }
            // « 8 519 253 votants sur 7 371 890 inscrits », « 70 voitures sur les 62 voitures »: one kind of count.
            if isFirstLarger, isPartOnWhole(between, wholeNoun: word(at: secondRange.upperBound)) {
                return WholeFirstParts.Part(mention: first, whole: secondValue, wholeSpan: second.span)
            }
            // "5,400 cyclists rolled off the line out of the 4,500 entered": people out of people.
            if isFirstLarger, isPeopleOutOfPeople(between, wholeEnd: secondRange.upperBound) {
                return WholeFirstParts.Part(mention: first, whole: secondValue, wholeSpan: second.span)
            }
            // "48 wins from 47 matches", « 48 victoires en 47 matchs ».
            if isFirstLarger, isResultOfMatches(between, wholeNoun: word(at: secondRange.upperBound)) {
                return WholeFirstParts.Part(mention: first, whole: secondValue, wholeSpan: second.span)
            }
            let isSecondLarger = secondValue > firstValue
            // "40 halls – 12 newly built –".
            if isSecondLarger,
                isDashedPart(
                    whole: firstRange, part: secondRange,
                    in: check.document.sentences[check.document.sentenceIndex(of: first.span.start)].tokens)
            {
                return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span)
            }
            let gap = firstRange.upperBound..<secondRange.lowerBound
            let pointsBack = pointsBack(after: secondRange.upperBound, to: Self.backReferences)
            // "will shortlist 12 poets and reward 13 of them": a clause joined by "and" points back too.
            if isSecondLarger, isCoordinated(gap), pointsBack {
                return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span)
            }
            guard isSecondLarger, isJoined(gap, reach: Self.openedReach) else { return nil }
            // "1,200 injured; 1,500 of them", "600,000 visitors, 640,000 of whom".
            if isJoined(gap, reach: Self.reach), pointsBack {
                return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span)
            }
            // « Sur les 600 000 visiteurs, 640 000 étaient des professionnels ».
            if opensSentence(before: firstRange.lowerBound) { return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span) }
            // « Sur 62 partants, 65 ont vu l’arrivée », « Des 62 voitures au départ, 65 … ».
            if opensSentence(before: firstRange.lowerBound, openers: Self.bareOpeners),
                !Self.periodNouns.contains(word(at: firstRange.upperBound))
            {
                return WholeFirstParts.Part(mention: second, whole: firstValue, wholeSpan: first.span)
            }
            return nil
        }
    }

    /// The value of a count that words before it make a lower bound ("more than 2,500", « au
    /// moins 650 ») or an estimate ("some 181", « environ 200 »: written above the whole, the
    /// writer's part is above it), with no unit and not written as a year.
    private static func lowerBound(of mention: Mention) -> Decimal? {
        guard mention.bound != nil else { return nil }
        return BreakdownSums.plainCount(mention, bounds: [.moreThan, .atLeast, .approximately])
    }

    /// Whether the words between two counts make the first a measure of the second in the same
    /// unit (``ConvertedUnits/units``): a unit, then words of ``partOf``, and the same unit after
    /// the second ("620 km of the 540 km canal", « 300 km des 250 km du tracé »).
    private func isMeasureOfMeasure(_ between: [String], wholeUnit: String) -> Bool {
        guard let unit = between.first.flatMap({ ConvertedUnits.units[$0] }), let whole = ConvertedUnits.units[wholeUnit]
        else { return false }
        return Self.partOf.contains(Array(between.dropFirst())) && unit == whole
    }

    /// Whether the words between two counts make the first a part of the second of the same
    /// kind: a noun (or a noun and its complement: « chefs d’État », "heads of state") then « sur
    /// (les) », "out of (the)", the whole's noun being the same, both nouns of ballots, or none
    /// (``bareFollowers``).
    private func isPartOnWhole(_ between: [String], wholeNoun: String) -> Bool {
        let onWhole: [[String]] = [["sur"], ["sur", "les"], ["out", "of"], ["out", "of", "the"]]
        // « 11 films réalisés par des femmes sur 9 en compétition »: a participle's clause after
        // the noun, and a whole that counts the same noun.
        if between.count >= 3, between.count <= Self.clauseReach, ["sur", "out", "of"].contains(between.last ?? ""),
            Self.isParticiple(between[1]), Self.bareFollowers.contains(wholeNoun),
            !Self.periodNouns.contains(between[0])
        {
            return between.last == "sur" || Array(between.suffix(2)) == ["out", "of"]
        }
        guard let noun = between.first, between.count >= 2, !noun.isEmpty, !Self.periodNouns.contains(noun),
            onWhole.contains(Array(between.dropFirst()))
                || (between.count >= 4 && Self.nounComplements.contains(between[1]) && !between[2].isEmpty
                    && onWhole.contains(Array(between.dropFirst(3))))
        else { return false }
        return noun == wholeNoun || (Self.ballotNouns.contains(noun) && Self.ballotNouns.contains(wholeNoun))
            || Self.bareFollowers.contains(wholeNoun)
    }

    /// Whether the part at `part` opens its sentence with words pointing back (``sentenceBackReferences``)
    /// and the whole at `whole` counts a noun at the end of the sentence right before.
    private func pointsBack(from part: Range<Int>, to whole: Range<Int>) -> Bool {
        let document = check.document
        let partSentence = document.sentenceIndex(of: document.tokens[part.lowerBound].span.start)
        guard partSentence > 0, document.sentences[partSentence].tokens.lowerBound == part.lowerBound,
            document.sentenceIndex(of: document.tokens[whole.lowerBound].span.start) == partSentence - 1,
            pointsBack(after: part.upperBound, to: Self.sentenceBackReferences)
        else { return false }
        // "60 recitals." : the count's noun, then the end of its sentence.
        let sentenceEnd = document.sentences[partSentence - 1].tokens.upperBound
        return (whole.upperBound..<sentenceEnd).count <= 2 && document.tokens[whole.upperBound].kind == .word
    }

    /// Nouns of people taking part, folded: counted out of another count of people, one is a part
    /// of the other whatever the verb between.
    static let peopleNouns: Set<String> = [
        "runners", "participants", "entrants", "athletes", "competitors", "riders", "players", "candidates", "voters",
        "delegates", "members", "finishers", "starters", "people", "walkers", "cyclists", "swimmers",
    ]

    /// Whether the part's noun is one of ``peopleNouns``, a clause of a few words follows it and
    /// ends with "out of" (the), and the whole counts people too, an adjective perhaps before its
    /// noun ("cyclists rolled off the line out of the 4,500 entered cyclists").
    private func isPeopleOutOfPeople(_ between: [String], wholeEnd: Int) -> Bool {
        guard between.count >= 3, between.count <= Self.clauseReach, Self.peopleNouns.contains(between[0]) else {
            return false
        }
        let tail = between.last == "the" ? Array(between.dropLast()) : between
        guard Array(tail.suffix(2)) == ["out", "of"], tail.count > 3 else { return false }
        return Self.peopleNouns.contains(word(at: wholeEnd)) || Self.peopleNouns.contains(word(at: wholeEnd + 1))
    }

    /// How many words may stand between a part and its whole when a participle's clause follows the part's noun.
    static let clauseReach = 9

    /// Whether a folded word looks like a past participle: "directed", « réalisés », « mis ».
    static func isParticiple(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("ed")
            || word.count >= 3 && ["e", "es", "ee", "ees", "is", "it", "its", "u", "us"].contains { word.hasSuffix($0) }
    }

    /// Whether the words between two counts make the first a count of results of the second's
    /// matches: a noun of results, then "from", "in", « en », « sur », and a noun of matches after
    /// the second ("38 wins from 47 matches", « 38 victoires en 47 matchs »); goals or points
    /// per match ("12 goals in 10 matches") are no results.
    private func isResultOfMatches(_ between: [String], wholeNoun: String) -> Bool {
        between.count == 2 && Self.resultNouns.contains(between[0]) && Self.matchPrepositions.contains(between[1])
            && Self.matchNouns.contains(wholeNoun)
    }

    /// Whether the words between two counts name the second as the total of the first, after at
    /// most the part's noun: "62 out of a total 59", « 28 réalisatrices sur un total de 24 ».
    private func isOutOfTotal(_ between: [String]) -> Bool {
        Self.totals.contains(between) || between.count > 1 && Self.totals.contains(Array(between.dropFirst()))
    }

    /// The folded word at token `index`, or "" past the text or for punctuation.
    private func word(at index: Int) -> String {
        let tokens = check.document.tokens
        return index < tokens.count && tokens[index].kind == .word ? check.folded[index] : ""
    }

    /// Whether at most `reach` words, then a comma or semicolon, stand in `range` ("visitors,").
    /// Whether the words between two counts are a few words only, one of them "and" or « et »
    /// ("poets and reward").
    private func isCoordinated(_ range: Range<Int>) -> Bool {
        range.count >= 2 && range.count <= Self.openedReach
            && range.allSatisfy { check.document.tokens[$0].kind == .word }
            && range.contains { ["and", "et"].contains(check.folded[$0]) }
    }

    /// Whether the two words from token `index` are one of `references`, « d’entre eux » written
    /// as one token or as « d’ » and « entre ».
    private func pointsBack(after index: Int, to references: [[String]]) -> Bool {
        references.contains(check.folded.wordsJoiningElision(from: index, count: 2))
    }

    private func isJoined(_ range: Range<Int>, reach: Int) -> Bool {
        let tokens = check.document.tokens
        guard range.count >= 1, range.count <= reach + 1, let last = range.last,
            [",", ";"].contains(tokens[last].text)
        else { return false }
        return range.dropLast().allSatisfy { tokens[$0].kind == .word }
    }

    /// Whether the words before token `start` open its sentence with an opener ("Of the").
    private func opensSentence(before start: Int, openers: [[String]] = Self.openers) -> Bool {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: check.document.tokens[start].span.start)]
        return openers.contains { opener in
            start - opener.count == sentence.tokens.lowerBound
                && check.folded.words(start - opener.count..<start) == opener
        }
    }
}
