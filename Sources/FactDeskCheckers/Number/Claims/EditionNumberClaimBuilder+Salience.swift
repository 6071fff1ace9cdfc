import FactDeskKit

/// Which series an edition noun that names none of the sentence's series belongs to: one that a
/// name and a year stand for (« Cannes 2024 : … la 76e édition »), a series named before it (in
/// the paragraph, or in the sentence before after « cette », "this"), the only one the draft
/// names, or, for « édition » and "edition", the only one with an edition near the publication
/// date whose name has a noun of an event kind the sentence writes (not for « le 13e sommet »,
/// which may be a summit the reference data does not know, but for « ce 13e sommet », "this
/// 13th summit", the one the piece reports) — each only when the noun is
/// « édition » or a word of its name — else one named with the
/// noun and a body named before (« l’organisation panafricaine … son 38e sommet »). Never when
/// the noun's complement names a subject of its own (« le 20e sommet du Mercosur », « la 30e
/// édition du festival d’Angoulême »), which reference data may not know, nor when the sentence
/// names places where that series never met.
extension EditionNumberClaimBuilder {
    /// Determiners that point back to the sentence before, even across a paragraph break
    /// (« Le jury de cette 78e édition »), folded.
    static let demonstratives = EditionAnchor.demonstratives

    /// Nouns that may stand in an edition noun's complement before its name, folded: « du
    /// festival d’Angoulême », "of the Mercosur summit".
    static let complementNouns: Set<String> = [
        "festival", "salon", "foire", "tournoi", "championnat", "course", "prix", "jeux", "fair",
        "tournament", "championship", "race", "games", "organisation", "organization", "union", "conference",
        "conseil", "council", "communaute", "community",
    ]

    /// The series of an edition noun at `noun` whose sentence names none: see the type's summary.
    /// - Parameters:
    ///   - complement: the first token after the noun and its adjectives.
    ///   - ordinal: the ordinal's tokens.
    ///   - noun: the event noun, or the noun of its complement ("the 12th edition of the summit").
    func salientSeries(noun: Int, complement: Int, ordinal: Range<Int>, sentence: Int) -> SubjectOccurrence? {
        // « la 78e édition du Festival », "the 22nd edition of the Games": a short head of the
        // series named before, not a subject of its own.
        let head = shortHead(at: complement, sentence: sentence)
        guard head != nil || !complementNamesSubject(at: complement, sentence: sentence) else { return nil }
        let start = document.sentences[sentence].tokens.lowerBound
        let isDemonstrative =
            ordinal.lowerBound > start && Self.demonstratives.contains(folded[ordinal.lowerBound - 1])
        let previous = isDemonstrative && sentence > 0 ? names.inSentence(sentence - 1) : []
        let named = [
            seriesOfNameAndYear(in: sentence), earlierSeries(before: sentence),
            previous.reversed().lazy.compactMap(asSeries).first, names.onlySeries,
            isEditionNoun(noun) || isDemonstrative ? seriesNearPublication(sentence: sentence) : nil,
        ]
        guard
            let series = named.lazy.compactMap({ $0 }).first(where: { series in
                fits(noun: noun, series) && head.map { fits(noun: $0, series) && !isEditionNoun($0) } ?? true
            }) ?? (head == nil ? seriesOfEarlierBody(noun: noun, sentence: sentence) : nil),
            !isPlacedElsewhere(series, sentence: sentence)
        else { return nil }
        return series
    }

    /// The one reference series with an edition within ``EventPeriods/reach`` days of the
    /// publication date whose names hold a noun of an event kind the sentence writes ("the
    /// world's biggest offshore race returns for its 48th edition" in the days of the Kesra
    /// Race), standing at that noun; `nil` when none or several fit.
    func seriesNearPublication(sentence: Int) -> SubjectOccurrence? {
        guard let published = document.published else { return nil }
        let tokens = document.sentences[sentence].tokens
        let kinds = tokens.compactMap { index -> (index: Int, group: Set<String>)? in
            guard document.tokens[index].kind == .word, let group = EventKindNouns.group(of: folded[index]) else { return nil }
            return (index, group)
        }
        guard !kinds.isEmpty else { return nil }
        let from = published.adding(days: -EventPeriods.reach)
        let to = published.adding(days: EventPeriods.reach)
        var found: [(series: ReferenceSubject, noun: Int)] = []
        for (series, spellings) in reference.allSeries(language: document.language) {
            let words = Set(spellings.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map { Fold.word(String($0)) } })
            guard let kind = kinds.first(where: { !$0.group.isDisjoint(with: words) }),
                reference.editions(ofSeries: series.id).contains(where: { edition in
                    guard let first = edition.start?.calendarDate, let last = (edition.end ?? edition.start)?.calendarDate
                    else { return false }
                    return first <= to && last >= from
                })
            else { continue }
            found.append((series, kind.index))
        }
        guard found.count == 1, let only = found.first else { return nil }
        return SubjectOccurrence(id: only.series.id, kind: .series, name: only.series.name, tokens: only.noun..<only.noun + 1)
    }

    /// The capitalised noun that alone makes an edition noun's complement, ending it: « du
    /// Festival » of « la 78e édition du Festival se tient », "of the Games"; `nil` when the
    /// complement names more (« du Festival d’Angoulême », "of the Games Federation") or is none.
    func shortHead(at index: Int, sentence: Int) -> Int? {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        guard index < end, ClaimWords.complementWords.contains(folded[index]) else { return nil }
        var next = index + 1
        while next < end, next - index <= 2, tokens[next].kind == .word,
            ClaimWords.articles.contains(folded[next])
                || ClaimWords.complementWords.contains(folded[next])
        {
            next += 1
        }
        guard next < end, tokens[next].kind == .word, Fold.isCapitalised(tokens[next].text) else { return nil }
        let after = next + 1
        guard after < end else { return next }
        let word = folded[after]
        let endsThere =
            tokens[after].kind != .word
            ? !Self.nameJoiners.contains(tokens[after].text)
            : !Fold.isCapitalised(tokens[after].text) && !ClaimWords.complementWords.contains(word)
                && !ClaimWords.articles.contains(word)
        return endsThere ? next : nil
    }

    /// Punctuation inside a name: "Jeux-Olympiques", « Festival’s ».
    private static let nameJoiners: Set<String> = ["-", "’", "'", "&"]

    /// Whether the word at `index` is « édition », "edition", which fits any series.
    private func isEditionNoun(_ index: Int) -> Bool {
        Self.editionNouns.contains(folded[index])
    }

    /// Whether an event noun may stand for a series named elsewhere: « édition », "edition" for
    /// any, another noun only for a series whose name has it (« sommet » for the « Sommet de la
    /// Francophonie », not for the Festival de Cannes).
    func fits(noun: Int, _ series: SubjectOccurrence) -> Bool {
        let folded = folded[noun]
        guard !Self.editionNouns.contains(folded) else { return true }
        let written = series.name.split(separator: " ").map(String.init)
        let canonical =
            reference.subjects(namedIn: written, language: document.language).first { $0.subject.id == series.id }?
            .subject.name.split(separator: " ").map(String.init) ?? []
        return (written + canonical).contains { Fold.word($0) == folded }
    }

    /// How many sentences back a body's name is looked for.
    static let bodyLookBack = 20

    /// The series named with the noun as written (« édition » stands for no other), or with the
    /// noun and the lowercase adjective after it (« Interpol réunit … » then « La 93e Assemblée
    /// générale », the series « Assemblée générale d’Interpol »), and a body that one of the
    /// sentences before names, when they give only one (« L’Union africaine … » then
    /// « L’organisation panafricaine tient son 38e sommet », the series « sommet de l’Union
    /// africaine »).
    func seriesOfEarlierBody(noun: Int, sentence: Int) -> SubjectOccurrence? {
        let tokens = document.tokens
        // The longer wording first: « Assemblée générale » before « Assemblée ».
        let nouns =
            (adjective(after: noun, sentence: sentence).map { [[tokens[noun].text, tokens[$0].text]] } ?? [])
            + [[tokens[noun].text]]
        var found: [String: SubjectOccurrence] = [:]
        // A body is named in many sentences the same way: its series is looked up once per wording.
        var byWording: [[String]: SubjectOccurrence?] = [:]
        // « la présidence de l’UA lors du 38e sommet de l’organisation »: a body named before the
        // noun in its own sentence too.
        for previous in max(0, sentence - Self.bodyLookBack)...sentence {
            for body in names.inSentence(previous)
            where (body.kind == .organization || body.kind == .other)
                && (previous < sentence || body.tokens.upperBound <= noun)
            {
                let wording = body.tokens.map { document.tokens[$0].text }
                let looked = byWording[wording] ?? series(ofBody: body, nouns: nouns)
                byWording[wording] = looked
                if var series = looked {
                    series.tokens = body.tokens
                    found[series.id] = series
                }
            }
        }
        return found.count == 1 ? found.values.first : nil
    }

    /// The lowercase word right after the event noun at `noun` that may qualify it (« Assemblée
    /// générale », « Conférence générale »): no complement word, article or word of the past.
    private func adjective(after noun: Int, sentence: Int) -> Int? {
        let tokens = document.tokens
        let next = noun + 1
        guard next < document.sentences[sentence].tokens.upperBound, tokens[next].kind == .word,
            !Fold.isCapitalised(tokens[next].text)
        else { return nil }
        let word = folded[next]
        guard !ClaimWords.complementWords.contains(word), !ClaimWords.articles.contains(word) else { return nil }
        return next
    }

    /// Words before a place, folded, by language: « à Villers-Cotterêts », « au Caire », "in Apia".
    static let placeWords: [Language: Set<String>] = [.fr: ["a", "au", "aux", "en"], .en: ["in", "at"]]

    /// Nouns of a building or ground inside a town, folded: « au Palais des sports », « au Parc
    /// des expositions » say where in the host town an edition is held, not in which town.
    static let venueNouns: Set<String> = [
        "palais", "parc", "stade", "centre", "salle", "theatre", "musee", "chateau", "hotel", "maison", "cite",
        "halle", "halles", "arena", "auditorium", "palace", "park", "stadium", "hall", "center",
    ]

    /// Whether the sentence names places — places of reference data, or capitalised words after
    /// « à », « au », « en », "in", "at" that are no date — and none where an edition of the series
    /// was held: « À Bastia en 2025, la 39e édition » is not the Hanse summit's, nor « le 20e
    /// sommet s’ouvre au Caire » the Francophonie summit's. The towns of a race's route
    /// (``isRoutePlace(_:sentence:)``) place no edition, nor does a country when the editions were
    /// held in towns (« classé en France »: the country holds them).
    func isPlacedElsewhere(_ series: SubjectOccurrence, sentence: Int) -> Bool {
        let tokens = document.tokens
        // « sur France 2 », "France 24": a channel, not a place; a side of a match is no venue.
        func isNumbered(_ last: Int) -> Bool { last + 1 < tokens.count && tokens[last + 1].kind == .number }
        var places = names.inSentence(sentence).filter { place in
            place.kind == .place && !isNumbered(place.tokens.upperBound - 1)
                && !isSide(from: place.tokens.lowerBound, to: place.tokens.upperBound - 1, sentence: sentence)
                && !isRoutePlace(place.tokens.lowerBound, sentence: sentence)
        }.map { Fold.word($0.name) }
        let placeWords = Self.placeWords[document.language, default: []]
        for index in document.sentences[sentence].tokens.dropFirst()
        where tokens[index].kind == .word && Fold.isCapitalised(tokens[index].text)
            && placeWords.contains(folded[index - 1]) && !isTime(index) && !isNumbered(index)
            && !Self.venueNouns.contains(folded[index]) && !isRoutePlace(index, sentence: sentence)
        {
            places.append(folded[index])
        }
        let held = names.seriesEditions.heldPlaces(ofSeries: series.id)
        // « classé en France »: a country holds the towns an edition is held in.
        if !held.contains(where: CountryNames.isCountry) { places.removeAll(where: CountryNames.isCountry) }
        guard !places.isEmpty else { return false }
        // "New" of "New York", « Villers » of « Villers-Cotterêts », « Mans » of "Le Mans".
        return !places.contains { place in held.contains { $0 == place || $0.contains(place) } }
    }

    /// Whether token `index` belongs to a date, a weekday or a day told from the publication date
    /// ("in February", "on Friday").
    func isTime(_ index: Int) -> Bool {
        let start = document.tokens[index].span.start
        return dates.covers(start) || relativeDates.covers(start)
    }

    /// Whether the words from `index` name a subject: a capitalised word in apposition (« le 5e
    /// sommet Afrique-France »), or a complement ("of the Mercosur", « de l’Organisation
    /// internationale de la Francophonie », « du festival d’Angoulême »): a word of complement,
    /// then articles and nouns of ``complementNouns``, then a capitalised word.
    func complementNamesSubject(at index: Int, sentence: Int) -> Bool {
        let tokens = document.tokens
        let end = document.sentences[sentence].tokens.upperBound
        guard index < end else { return false }
        // « le 5e sommet Afrique-France », « la 3e édition Jazz à Vienne »: a name in apposition.
        if tokens[index].kind == .word, Fold.isCapitalised(tokens[index].text), !isTime(index) { return true }
        guard ClaimWords.complementWords.contains(folded[index]) else { return false }
        var next = index + 1
        while next < end, tokens[next].kind == .word {
            let word = folded[next]
            if ClaimWords.articles.contains(word) || ClaimWords.complementWords.contains(word) {
                next += 1
            } else if Fold.isCapitalised(tokens[next].text) {
                return true
            } else if Self.complementNouns.contains(word) || Self.eventNouns.contains(word), next - index <= 3 {
                next += 1
            } else {
                return false
            }
        }
        return false
    }

    /// The series that a name and a year written in the sentence stand for ("Cannes 2024", "MWC
    /// 2024"): of the series the draft names, the only one with an edition of that year held at a
    /// place so spelt or whose name has that word.
    func seriesOfNameAndYear(in sentence: Int) -> SubjectOccurrence? {
        let tokens = document.tokens
        let range = document.sentences[sentence].tokens
        for index in range.dropFirst() where tokens[index].kind == .number && tokens[index].text.count == 4 {
            let name = tokens[index - 1]
            guard let year = Int(tokens[index].text), name.kind == .word, Fold.isCapitalised(name.text) else {
                continue
            }
            let word = Fold.word(name.text)
            var found: [String: SubjectOccurrence] = [:]
            for other in document.sentences.indices {
                for series in names.inSentence(other).compactMap(asSeries) where found[series.id] == nil {
                    let isNamed = series.name.split(separator: " ").contains { Fold.word(String($0)) == word }
                    let isHeld = names.seriesEditions.editions(ofSeries: series.id).contains { edition in
                        edition.start?.year == year
                            && (isNamed
                                || edition.placeSpellings.flatMap(Self.placeParts).contains { Fold.word($0) == word })
                    }
                    if isHeld { found[series.id] = series }
                }
            }
            if found.count == 1, let series = found.values.first {
                return SubjectOccurrence(id: series.id, kind: .series, name: series.name, tokens: index - 1..<index)
            }
        }
        return nil
    }

    /// The places a place spelling names: itself and, for a place of several ("Villers-Cotterêts
    /// et Paris", "Milan and Cortina"), each of them.
    static func placeParts(_ spelling: String) -> [String] {
        var parts = [spelling]
        for separator in [" et ", " and ", ", "] where spelling.contains(separator) {
            parts += spelling.components(separatedBy: separator).flatMap { $0.components(separatedBy: ", ") }
        }
        return parts
    }
}
