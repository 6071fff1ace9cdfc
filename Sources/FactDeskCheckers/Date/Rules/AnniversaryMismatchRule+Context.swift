import FactDeskKit

/// When something was founded, and why the checker believes it.
struct Founding {
    var year: Int
    var evidence: Evidence
    /// The date mention that gave it, when the sentence did.
    var mention: Mention?
    /// Whether the year is that of an event (of the reference data, or one the text dates: "the
    /// flood that struck the valley in 2008") rather than a founding.
    var isEvent = false
    /// Whether the year is that of a first edition or a debut ("its debut in 2005", « la première
    /// édition … en 1986 »), from which writers also count the anniversary by editions: the 20th
    /// edition, a year short of twenty years, is often billed as the 20th anniversary.
    var countsEditions = false
}

/// The subject an anniversary celebrates, found through the reference data.
struct AnniversarySubject {
    var named: NamedSubject
    var founding: Founding?
    /// Other founding years the name may count from: those of the other parts of a compound of
    /// an organisation and its successor (« l’OUA-UA »).
    var otherFoundingYears: [Int] = []

    /// Words between "anniversaire"/"anniversary" and the name: "du", "de la", "d’", "of the".
    static let linkingWords: Set<String> = ["de", "du", "des", "d'", "la", "l'", "of", "the"]
    /// Nouns of a founding that may stand between them too: "the 75th anniversary of the creation
    /// of the Air Corps", « le 60e anniversaire de la fondation de la ligue », "the 25th
    /// anniversary of the signing of the accord" (a treaty's founding).
    static let foundingNouns: Set<String> = [
        "creation", "founding", "foundation", "establishment", "fondation", "signing", "signature",
    ]
    /// How many linking words, with at most one founding noun, may stand between them.
    static let linkingReach = 3

    /// The first token after the linking words (and founding noun) that follow token `start`.
    static func afterLinkingWords(from start: Int, check: DateCheck) -> Int {
        var next = start
        var reach = linkingReach
        while next < check.tokens.count, next - start < reach {
            let word = check.word(next)
            if foundingNouns.contains(word), reach == linkingReach {
                reach += linkingReach
            } else if !linkingWords.contains(word) {
                break
            }
            next += 1
        }
        return next
    }
    /// Words that make the subject before the anniversary its owner: "son", "its", "’s".
    static let possessives: Set<String> = ["son", "sa", "ses", "leur", "its", "their"]

    /// The subject named right after the anniversary ("du Centre…"), or by the head of its name
    /// written earlier ("of the Accord", ``headOfEarlierName(at:sentence:check:reference:)``), else, after a possessive,
    /// the last one named before it ("INTERPOL fête son centenaire", "the Kesra flood’s 20th
    /// anniversary") or the first after ("Pour son centenaire, INTERPOL…"), else in English the
    /// one named right before it ("the Kumasi flood 15th anniversary"), with its founding if the data has one.
    static func find(for anniversary: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        let named = check.names.subjects(inSentence: index)
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: anniversary.span)
        let next = afterLinkingWords(from: range.upperBound, check: check)
        // The longest name starting there, unless it is only the start of a longer proper name
        // ("of the Washington Treaty" does not celebrate Washington).
        var subject = named.filter {
            $0.tokens.lowerBound == next && next > range.upperBound && !opensLongerName($0, check: check)
        }.max { $0.tokens.count < $1.tokens.count }
        if subject == nil, next > range.upperBound {
            subject =
                afterAdjectives(from: next, named: named, check: check)
                ?? headOfEarlierName(at: next, sentence: index, check: check, reference: reference)
        }
        // Founded subjects, and events of the reference data ("the Kesra flood’s 20th anniversary")
        // but for a yearly event named by the words of a founded subject (the festival's 2026 edition).
        let stated = named.filter { reference.founding(of: $0.subject.id) != nil }
        let founded = named.filter { candidate in
            stated.contains { $0.subject.id == candidate.subject.id }
                || (founding(of: candidate, reference: reference) != nil
                    && !stated.contains { $0.tokens.overlaps(candidate.tokens) })
        }
        if subject == nil, let generic = ofGenericNoun(anniversary, inSentence: index, check: check) { return generic }
        if subject == nil, range.lowerBound > 0, isPossessive(range.lowerBound - 1, check: check) {
            subject =
                founded.last { $0.tokens.upperBound <= range.lowerBound }
                ?? founded.first { $0.tokens.lowerBound >= range.upperBound }
            if subject == nil, let pointed = pointedBack(anniversary, inSentence: index, check: check) {
                return pointed
            }
        }
        // "the Kumasi flood 15th anniversary vigil": an English name right before the anniversary.
        if subject == nil, check.document.language == .en {
            subject = founded.last { $0.tokens.upperBound == range.lowerBound }
        }
        // "NATO marks its 75th anniversary", "NATO marks 75th anniversary of the Treaty"
        if subject == nil, let before = founded.last(where: { $0.tokens.upperBound <= range.lowerBound }),
            celebrates(between: before.tokens.upperBound..<range.lowerBound, check: check)
        {
            subject = before
        }
        guard let subject else {
            return next > range.upperBound ? compound(at: next, check: check, reference: reference) : nil
        }
        return AnniversarySubject(named: subject, founding: founding(of: subject, reference: reference))
    }

    /// "the Kesra Lantern Fair; this year it is the 50th anniversary of the event", « les 50 ans
    /// de l’événement »: after a noun of any event (``EventWords/genericNouns``), the founded subject
    /// named last before, in this sentence or the ones before it in the paragraph.
    static func ofGenericNoun(_ anniversary: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: anniversary.span)
        let next = afterLinkingWords(from: range.upperBound, check: check)
        guard next > range.upperBound, EventWords.genericNouns.contains(check.word(next)) else { return nil }
        let named =
            check.names.subjects(inSentence: index).last {
                $0.tokens.upperBound <= range.lowerBound && founding(of: $0, reference: reference) != nil
            } ?? earlierFounded(beforeSentence: index, check: check, reference: reference)
        return named.map { AnniversarySubject(named: $0, founding: founding(of: $0, reference: reference)) }
    }

    /// « Le Salon de Kesra ouvre mardi. La manifestation fête ses 30 ans »: after a possessive, in
    /// a sentence whose subject points back (``opensWithBackReference(sentence:check:)``) and that
    /// names nothing, the founded subject named last in the sentences before, in the paragraph.
    static func pointedBack(_ mention: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        let range = check.document.tokenRange(of: mention.span)
        guard let reference = check.reference, range.lowerBound > 0, isPossessive(range.lowerBound - 1, check: check),
            check.names.subjects(inSentence: index).isEmpty, opensWithBackReference(sentence: index, check: check),
            let named = earlierFounded(beforeSentence: index, check: check, reference: reference)
        else { return nil }
        return AnniversarySubject(named: named, founding: founding(of: named, reference: reference))
    }

    /// Definite articles and demonstratives that open a description pointing back, folded.
    static let backArticles: Set<String> = ["le", "la", "l'", "the", "this", "ce", "cet", "cette"]
    /// Pronouns that open a sentence about a thing the sentence before spoke of, folded: not
    /// « il », « elle », which may be a person's.
    static let backPronouns: Set<String> = ["it"]

    /// Nouns of what is founded and celebrates its years, besides event nouns, folded.
    static let foundedNouns: Set<String> = [
        "manifestation", "foire", "fair", "show", "exposition", "exhibition", "organisation", "organization",
        "institution", "association", "club", "federation", "union", "ligue", "league", "fete", "carnaval",
        "carnival", "course", "race", "regate", "regatta", "marathon", "prix", "award", "rendez-vous",
    ]

    /// Whether sentence `index` opens with "It" or a definite description of
    /// an event or a body (« La manifestation », "The fair"): its subject is named before.
    private static func opensWithBackReference(sentence index: Int, check: DateCheck) -> Bool {
        let first = check.document.sentences[index].tokens.lowerBound
        guard first + 1 < check.tokens.count else { return false }
        if backPronouns.contains(check.word(first)) { return true }
        let noun = check.word(first + 1)
        return backArticles.contains(check.word(first))
            && (EventWords.nouns.contains(noun) || EventWords.genericNouns.contains(noun) || foundedNouns.contains(noun))
    }

    /// The founded subject named last in the sentences of the paragraph before sentence `index`,
    /// within ``headReach`` sentences.
    private static func earlierFounded(beforeSentence index: Int, check: DateCheck, reference: any ReferenceLookup)
        -> NamedSubject?
    {
        let paragraph = check.document.paragraphIndex(of: check.document.sentences[index].span.start)
        for earlier in stride(from: index - 1, through: max(0, index - headReach), by: -1) {
            guard check.document.paragraphIndex(of: check.document.sentences[earlier].span.start) == paragraph else {
                return nil
            }
            if let found = check.names.subjects(inSentence: earlier).last(where: {
                founding(of: $0, reference: reference) != nil
            }) {
                return found
            }
        }
        return nil
    }

    /// How many sentences back a name whose head a definite description repeats is sought.
    static let headReach = 5

    /// "the 25th anniversary of the signing of the Accord" after "the Kesra Accord": a
    /// capitalised word alone after an article, the last word of a founded subject's name written
    /// in one of the ``headReach`` sentences before or earlier in this one, stands for it.
    private static func headOfEarlierName(
        at index: Int, sentence: Int, check: DateCheck, reference: any ReferenceLookup
    ) -> NamedSubject? {
        guard index < check.tokens.count, check.tokens[index].kind == .word,
            WordFolding.isCapitalised(check.tokens[index].text),
            ["the", "l'", "le", "la"].contains(check.word(index - 1)),
            !(index + 1 < check.tokens.count && check.tokens[index + 1].kind == .word
                && WordFolding.isCapitalised(check.tokens[index + 1].text))
        else { return nil }
        for earlier in stride(from: sentence, through: max(0, sentence - headReach), by: -1) {
            let names = check.names.subjects(inSentence: earlier).filter { $0.tokens.upperBound <= index }
            if let name = names.last(where: {
                $0.tokens.count > 1 && check.word($0.tokens.upperBound - 1) == check.word(index)
                    && founding(of: $0, reference: reference) != nil
            }) {
                return NamedSubject(subject: name.subject, tokens: index..<index + 1)
            }
        }
        return nil
    }

    /// How many words in lowercase may stand between the linking words and the name.
    static let adjectiveReach = 2

    /// The name after one or two words in lowercase that qualify it ("of the devastating Kumasi
    /// flood", "of the deadly Kesra fire"): words that are neither linking words nor founding
    /// nouns, with nothing but them before the name.
    private static func afterAdjectives(from start: Int, named: [NamedSubject], check: DateCheck) -> NamedSubject? {
        var index = start
        while index < start + adjectiveReach, index < check.tokens.count, check.tokens[index].kind == .word,
            check.tokens[index].text.first?.isLowercase == true, !linkingWords.contains(check.word(index)),
            !foundingNouns.contains(check.word(index))
        {
            index += 1
            if let name = named.filter({ $0.tokens.lowerBound == index && !opensLongerName($0, check: check) })
                .max(by: { $0.tokens.count < $1.tokens.count })
            {
                return name
            }
        }
        return nil
    }

    /// « le 60e anniversaire de l’OUA-UA »: a word made of names joined by hyphens, an
    /// organisation and its successor, each with a founding year in the reference data; the
    /// anniversary counts from the earliest, or from any of them.
    private static func compound(at index: Int, check: DateCheck, reference: any ReferenceLookup)
        -> AnniversarySubject?
    {
        guard index < check.tokens.count, check.tokens[index].kind != .punctuation else { return nil }
        let parts = check.tokens[index].text.split(separator: "-").map(String.init)
        guard parts.count > 1, parts.allSatisfy(WordFolding.isCapitalised) else { return nil }
        let foundings = parts.compactMap { part -> AnniversarySubject? in
            guard let match = reference.subjects(namedIn: [part], language: check.document.language).first else {
                return nil
            }
            let named = NamedSubject(subject: match.subject, tokens: index..<index + 1)
            return founding(of: named, reference: reference).map { AnniversarySubject(named: named, founding: $0) }
        }
        guard foundings.count == parts.count,
            var earliest = foundings.min(by: { $0.founding!.year < $1.founding!.year })
        else { return nil }
        earliest.otherFoundingYears = foundings.compactMap(\.founding?.year)
        return earliest
    }

    /// The subject named right after a number of years, past linking words (« les 60 ans de
    /// l’OUA »), unless the name only opens a longer one.
    static func namedAfter(_ mention: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: mention.span)
        let next = afterLinkingWords(from: range.upperBound, check: check)
        guard next > range.upperBound,
            let named = check.names.subjects(inSentence: index).filter({
                $0.tokens.lowerBound == next && !opensLongerName($0, check: check)
            }).max(by: { $0.tokens.count < $1.tokens.count }),
            let founding = founding(of: named, reference: reference)
        else { return nil }
        return AnniversarySubject(named: named, founding: founding)
    }

    /// A subject with a founding year named in the sentence: the last before the mention, else
    /// the first after it.
    static func around(_ mention: Mention, inSentence index: Int, check: DateCheck) -> AnniversarySubject? {
        guard let reference = check.reference else { return nil }
        let range = check.document.tokenRange(of: mention.span)
        let founded = check.names.subjects(inSentence: index).filter { reference.founding(of: $0.subject.id) != nil }
        guard let subject = founded.last(where: { $0.tokens.upperBound <= range.lowerBound })
            ?? founded.first(where: { $0.tokens.lowerBound >= range.upperBound })
        else { return nil }
        return AnniversarySubject(named: subject, founding: founding(of: subject, reference: reference))
    }

    /// Words that put an anniversary ahead, as a milestone approached, not one the text's year
    /// marks: "towards its centenary", "ahead of", « à l’approche de son centenaire », « vers ».
    static let approachWords: Set<String> = [
        "towards", "toward", "approaching", "nearing", "ahead", "before", "vers", "approche", "avant",
    ]
    /// Words that may stand between the approach word and the anniversary.
    static let approachFillers: Set<String> = ["its", "their", "the", "of", "son", "sa", "leur", "de", "du", "le", "l'"]

    /// Whether the anniversary is one approached ("heading towards its 20th anniversary").
    static func isApproached(_ anniversary: Mention, check: DateCheck) -> Bool {
        let sentence = check.sentence(of: anniversary).tokens
        var index = check.document.tokenRange(of: anniversary.span).lowerBound - 1
        while index >= sentence.lowerBound, approachFillers.contains(check.word(index)) { index -= 1 }
        return index >= sentence.lowerBound && approachWords.contains(check.word(index))
    }

    /// Verbs of celebration, folded: "marks", "celebrates", « célèbre », « fête ».
    static let celebrationVerbs: Set<String> = [
        "marks", "mark", "marked", "marking", "celebrates", "celebrate", "celebrated", "celebrating", "celebre",
        "celebrer", "celebrera", "celebrent", "celebrait", "fete", "feter", "fetera", "fetent", "fetait", "marque",
        "marquera", "commemore", "commemorer", "commemorent", "commemorera", "commemorait", "commemorate",
        "commemorates", "commemorated", "commemorating",
    ]
    /// Words that may stand with the verb between a subject and its anniversary.
    static let celebrationFillers: Set<String> = [
        "the", "its", "today", "this", "le", "la", "l'", "son", "sa", "ce", "cette", "aujourd'hui", "a", "will", "va",
        "has", "have", "on", "ses", "their", "leur", "leurs", "year", "annee", "les", "demain", "tomorrow", "hier",
        "yesterday",
    ]

    /// Whether the words between a subject and an anniversary are a verb of celebration, with
    /// only articles, possessives and adverbs of time around it.
    private static func celebrates(between range: Range<Int>, check: DateCheck) -> Bool {
        guard !range.isEmpty, range.count <= 4 else { return false }
        var verb = false
        for index in range {
            let word = check.word(index)
            if celebrationVerbs.contains(word) {
                verb = true
            } else if !celebrationFillers.contains(word) {
                return false
            }
        }
        return verb
    }

    /// The founding year the reference data gives a named subject, with its evidence; for an
    /// event of the reference data ("the 13th anniversary of the Kumasi flood"), the year it began;
    /// for a series, the year of its first edition ("the Regatta’s 30-year history").
    static func founding(of subject: NamedSubject, reference: any ReferenceLookup) -> Founding? {
        if let fact = reference.founding(of: subject.subject.id) {
            return fact.value.year.map { year in
                Founding(
                    year: year,
                    evidence: Evidence(
                        statement: "\(subject.subject.name) (\(subject.subject.id)) was founded in \(fact.value)",
                        source: fact.source.description))
            }
        }
        let named = "\(subject.subject.name) (\(subject.subject.id))"
        if let event = reference.event(subject.subject.id), let start = event.start, let year = start.year {
            return Founding(
                year: year,
                evidence: Evidence(statement: "\(named) took place in \(start)", source: event.source.description),
                isEvent: true)
        }
        // A series: the year of its first edition, when the reference data lists it.
        guard subject.subject.kind == .series,
            let first = reference.editions(ofSeries: subject.subject.id).first(where: { $0.number == 1 }),
            let year = (first.start ?? first.end)?.year
        else { return nil }
        return Founding(
            year: year,
            evidence: Evidence(
                statement: "\(named): its first edition was held in \(year)", source: first.source.description),
            isEvent: true)
    }

    /// Whether a capitalised word follows the name in its sentence, so that the name is only the
    /// start of a longer one the reference does not list ("Washington" in "Washington Treaty").
    private static func opensLongerName(_ named: NamedSubject, check: DateCheck) -> Bool {
        let after = named.tokens.upperBound
        guard after < check.tokens.count,
            check.document.sentenceIndex(of: check.tokens[after].span.start)
                == check.document.sentenceIndex(of: check.tokens[named.tokens.lowerBound].span.start)
        else { return false }
        let token = check.tokens[after]
        return token.kind != .punctuation && WordFolding.isCapitalised(token.text)
    }

    /// Whether token `index` is a possessive (``possessives``) or a name in the possessive ("Cup’s").
    static func isPossessive(_ index: Int, check: DateCheck) -> Bool {
        let word = check.tokens[index].text
        return possessives.contains(check.word(index)) || word.hasSuffix("’s") || word.hasSuffix("'s")
    }

    /// Words before a year that make it a founding: "créé en 2015", "founded in 1923", « depuis
    /// ses débuts en 1964 », "its debut in 2005".
    static let foundingWords: Set<String> = [
        "fonde", "fondee", "fondes", "fondees", "cree", "creee", "crees", "creees", "fondation", "creation",
        "inaugure", "inauguree", "founded", "established", "created", "inaugurated", "launched", "lance", "lancee",
        "formed", "raised", "constitue", "constituee",
        "debuts", "beginnings", "founding", "foundation", "establishment", "inception", "naissance", "birth",
        "debut", "debuted",
    ]

    /// Words of ``foundingWords`` that date a first appearance, from which anniversaries may be
    /// counted by editions (``Founding/countsEditions``), folded.
    static let debutWords: Set<String> = ["debut", "debuted", "debuts"]

    /// How many tokens before a year the founding word may be (« de la fondation, à Lomé, en 1975 »).
    static let foundingReach = 6

    /// A founding year a sentence or a paragraph (`span`) gives: a year within ``foundingReach``
    /// tokens after a founding word, the date of a first edition, or a date that opens its
    /// sentence before a founding word ("On 3 May 1961, the treaty came into force, establishing
    /// the Union", ``ForwardFounding``).
    static func foundingInText(_ span: Span, check: DateCheck) -> Founding? {
        foundingsInText(span, check: check, first: true).first
    }

    /// How many tokens before a date its clause's "first edition" may open ("La première édition
    /// de la Régate des Caps fut courue le 3 mai 1986").
    static let firstEditionReach = 12

    /// Whether "first edition", « première édition » opens the clause of the date at token
    /// `start`, within ``firstEditionReach`` tokens and no punctuation mark between: the first
    /// edition's date is the founding of what it is the first of.
    private static func opensWithFirstEdition(before start: Int, from lowerBound: Int, check: DateCheck) -> Bool {
        var index = start - 1
        while index > lowerBound, start - index <= firstEditionReach, check.tokens[index].kind != .punctuation {
            if check.word(index) == "edition", EditionYearsAgo.firstWords.contains(check.word(index - 1)) { return true }
            index -= 1
        }
        return false
    }

    /// Every founding year `span` gives, as ``foundingInText(_:check:)`` reads them (only the
    /// first when `first`).
    static func foundingsInText(_ span: Span, check: DateCheck, first: Bool = false) -> [Founding] {
        let tokens = check.document.tokenRange(of: span)
        var found: [Founding] = []
        for mention in check.mentions(check.dates, in: span) {
            guard case .date(let date, _) = mention.value, let written = date.year else { continue }
            let start = check.document.tokenIndex(from: mention.span.start)
            let window = max(tokens.lowerBound, start - foundingReach)..<start
            let word = window.last { foundingWords.contains(check.word($0)) }.map { check.word($0) }
            let isFirstEdition = opensWithFirstEdition(before: start, from: tokens.lowerBound, check: check)
            if let year = word != nil || isFirstEdition ? written : ForwardFounding.at(mention, check: check)?.year {
                found.append(
                    Founding(
                        year: year, evidence: Evidence(statement: "the text gives \(year) as the founding year"),
                        mention: mention, countsEditions: isFirstEdition || word.map(Self.debutWords.contains) == true))
                if first { break }
            }
        }
        return found
    }
}

/// The years in which the text may place an anniversary.
enum AnniversaryYear {
    /// The year a sentence gives its anniversary: a relative year ("l’an prochain") from the
    /// publication date, else the publication year; and every other year the sentence writes,
    /// any of which the anniversary may belong to; `isStated` when the sentence gives a year of
    /// its own (relative or written), `isRelative` when that is a relative year ("last year").
    /// `nil` when there is neither.
    static func of(
        _ anniversary: Mention, in sentence: Sentence, check: DateCheck, excluding founding: Mention?
    ) -> (primary: Int, others: [Int], isStated: Bool, isRelative: Bool)? {
        var relative: Int?
        if let published = check.published {
            for mention in check.mentions(check.relatives, in: sentence.span) {
                if case .relativeDate(let date) = mention.value, let year = date.year(from: published) {
                    relative = year
                }
            }
        }
        var written: [Int] = []
        // A date without its year ("Friday 13 March") takes one from the publication, not the sentence.
        var writesYear = false
        for mention in check.mentions(check.dates, in: sentence.span) where mention != founding {
            // "run by a trust since 2019": the year a state began is not the anniversary's.
            let first = check.document.tokenIndex(from: mention.span.start)
            if first > sentence.tokens.lowerBound, periodStartWords.contains(check.word(first - 1)) { continue }
            if case .date(let date, _) = mention.value, let year = date.year {
                written.append(year)
                writesYear = writesYear || QuoteEditing.containsYear(mention.text)
            }
        }
        if let year = markingYear(opening: sentence, check: check) {
            written.append(year)
            writesYear = true
        }
        guard let primary = relative ?? check.published?.year ?? written.first else { return nil }
        return (primary, written, relative != nil || writesYear, relative != nil)
    }

    /// Words before a year that make it the start of a state lasting since, folded.
    static let periodStartWords: Set<String> = ["since", "depuis", "des"]

    /// Verbs after a year that makes the subject of its sentence, folded: "2025 marks", « 2024
    /// marquera ».
    static let markingVerbs: Set<String> = ["marks", "marked", "mark", "marque", "marquera", "marquait", "sees", "voit"]

    /// The year that opens a sentence as the subject of a verb of marking ("2025 marks the 80th
    /// anniversary of …", « 2024 marque le centenaire … »), which the extractor leaves as a number.
    private static func markingYear(opening sentence: Sentence, check: DateCheck) -> Int? {
        let first = sentence.tokens.lowerBound
        guard sentence.tokens.count > 2, check.tokens[first].isModernYear else { return nil }
        let verb = check.word(first + 1) == "will" ? first + 2 : first + 1
        guard markingVerbs.contains(check.word(verb)) else { return nil }
        return Int(check.tokens[first].text)
    }
}

/// A number of years celebrated: "NATO celebrates 75 years of collective defence", « célébrer
/// six décennies de rencontres », "is celebrating in 2024 “40 years of music”", "the seven-year
/// anniversary of the flood", « 150 ans du carnaval de Kesra : … »: a duration before the noun of
/// an anniversary, or in years right after a verb of celebration (an article, a possessive, the
/// year of the celebration, commas or an opening quotation mark between), or opening a French
/// sentence before « du », « de la » (``opensHeading(_:at:in:check:)``), or after « les » with a
/// founded subject as their complement (« pour les cinquante ans de l’union »).
enum CelebratedYears {
    /// How many words may stand between the verb and the years ("celebrates its 75 years",
    /// « fêtent cette année leurs 100 ans »).
    static let reach = 3

    /// How far from the years since the founding a count in decades may be: "six décennies"
    /// for 59 years is a round figure.
    static let decadeTolerance = 4

    /// Determiners that make a verb of celebration the noun it is also spelt as (« la fête », « une
    /// marque »), folded.
    static let nounDeterminers: Set<String> = ["la", "une", "cette", "sa", "leur", "notre", "votre", "the", "this"]

    /// Quotation marks that may open a celebrated motto: celebrates “40 years of music”.
    static let quotationMarks: Set<String> = ["“", "\"", "«", "‘"]

    /// Whether token `index` is a year of four digits.
    private static func isYear(_ index: Int, check: DateCheck) -> Bool {
        let token = check.tokens[index]
        return token.kind == .number && token.text.utf8.count == 4 && token.text.allSatisfy(\.isNumber)
    }

    /// "the seven-year anniversary of …", "the 10 year anniversary": years that qualify the noun
    /// of an anniversary, read with it as one mention, unless approached ("ahead of the 10-year
    /// anniversary").
    static func anniversaryNoun(after duration: Mention, check: DateCheck) -> Mention? {
        let end = check.document.tokenRange(of: duration.span).upperBound
        guard check.word(end) == "anniversary" else { return nil }
        let span = duration.span.union(check.tokens[end].span)
        let mention = Mention(kind: duration.kind, text: check.document.text(in: span), span: span, value: duration.value)
        return AnniversarySubject.isApproached(mention, check: check) ? nil : mention
    }

    /// Words after years that open their sentence and make them a celebration of what follows,
    /// folded: « 150 ans du carnaval de Kesra : … », « Les 30 ans de l’accord ».
    static let headingLinks: Set<String> = ["du", "de", "des", "d'"]

    /// Whether the years open their French sentence, after « Les » perhaps, and « du », « de la »,
    /// « de l’ » and a name of the reference data follow them: a heading that celebrates what it
    /// names (« 150 ans du carnaval de Kesra : comment … »; not « 40 ans de prison pour … »); or
    /// end an English heading right after the name that opens it ("Kesra Accord 35 years").
    private static func opensHeading(_ duration: Mention, at first: Int, in sentence: Range<Int>, check: DateCheck)
        -> Bool
    {
        let names = check.names.subjects(inSentence: check.document.sentenceIndex(of: duration.span.start))
        let link = check.document.tokenRange(of: duration.span).upperBound
        if check.document.language == .en {
            // "Kesra Accord 35 years", "Kesra Accord: 35 years": a heading that ends on the years
            // after the name alone.
            let nameEnd = first > sentence.lowerBound && check.tokens[first - 1].text == ":" ? first - 1 : first
            return link == sentence.upperBound
                && names.contains {
                    $0.tokens.upperBound == nameEnd
                        && ($0.tokens.lowerBound == sentence.lowerBound
                            || ($0.tokens.lowerBound == sentence.lowerBound + 1 && check.word(sentence.lowerBound) == "the"))
                }
        }
        guard first == sentence.lowerBound || (first - 1 == sentence.lowerBound && check.word(first - 1) == "les")
        else { return false }
        guard headingLinks.contains(check.word(link)) else { return false }
        let nameStart = ["la", "l'"].contains(check.word(link + 1)) ? link + 2 : link + 1
        return names.contains { $0.tokens.lowerBound == nameStart }
    }

    /// Whether the years follow « les » and « du », « de la », « de l’ » and the name of a subject
    /// the reference data gives a founding follow them: « pour les cinquante ans de l’union ».
    private static func celebratesFoundedComplement(_ duration: Mention, at first: Int, check: DateCheck) -> Bool {
        guard first > 0, check.word(first - 1) == "les", let reference = check.reference else { return false }
        let link = check.document.tokenRange(of: duration.span).upperBound
        guard headingLinks.contains(check.word(link)) else { return false }
        let nameStart = ["la", "l'"].contains(check.word(link + 1)) ? link + 2 : link + 1
        return check.names.subjects(inSentence: check.document.sentenceIndex(of: duration.span.start)).contains {
            $0.tokens.lowerBound == nameStart && reference.founding(of: $0.subject.id) != nil
        }
    }

    /// The celebrated years, each with how far from the exact count it may be.
    static func mentions(in check: DateCheck, within span: Span? = nil) -> [(mention: Mention, years: Int, tolerance: Int)] {
        (span.map { check.mentions(check.durations, in: $0) } ?? check.durations[...]).compactMap { duration in
            guard case .duration(let amount, .year) = duration.value,
                let years = DurationContext.wholeNumber(amount)
            else { return nil }
            let lastWord = check.word(check.document.tokenRange(of: duration.span).upperBound - 1)
            let tolerance = lastWord.hasPrefix("decenn") || lastWord.hasPrefix("decade") ? decadeTolerance : 0
            if let noun = anniversaryNoun(after: duration, check: check) { return (noun, years, tolerance) }
            let first = check.document.tokenIndex(from: duration.span.start)
            let sentence = check.sentence(of: duration).tokens
            if opensHeading(duration, at: first, in: sentence, check: check)
                || celebratesFoundedComplement(duration, at: first, check: check)
            {
                return (duration, years, tolerance)
            }
            var index = first - 1
            var words = 0
            while index >= sentence.lowerBound, words <= reach {
                let word = check.word(index)
                if AnniversarySubject.celebrationVerbs.contains(word) {
                    // « la fête a 90 ans de retard »: a noun after its determiner, not the verb.
                    return nounDeterminers.contains(check.word(index - 1)) ? nil : (duration, years, tolerance)
                }
                // « qui fête, cette année, ses 150 ans »
                if quotationMarks.contains(check.tokens[index].text) || check.tokens[index].text == "," {
                    index -= 1
                } else if isYear(index, check: check), AnniversaryMismatchRule.yearLeads.contains(check.word(index - 1)) {
                    index -= 2
                } else {
                    guard AnniversarySubject.celebrationFillers.contains(word) else { return nil }
                    index -= 1
                    words += 1
                }
            }
            return nil
        }
    }
}
