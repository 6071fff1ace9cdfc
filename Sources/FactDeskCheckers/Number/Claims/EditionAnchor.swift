import FactDeskKit
import Foundation

/// Which edition a sentence that gives no date or place speaks of, told by its tense and the
/// publication date: "as the 27th meeting opened" and « la 29e édition s’achève » speak of the
/// edition under way when the piece was published; "the 40th summit will be held" and « cette
/// 34e édition concernera 24 équipes » speak of the next one. A sentence that says which one
/// itself ("the previous summit", « la prochaine édition », "last year's") is left alone.
enum EditionAnchor: Equatable {
    /// The edition under way on the publication date, or ended or starting within ``nearDays``.
    case current
    /// The first edition starting after the publication date, within ``nextDays``.
    case next
    /// A present verb of an edition opening or held (« s’ouvre », « se tient », "is hosting"):
    /// the edition under way, else the first one starting later in the publication's year (« le
    /// 20e sommet s’ouvre en octobre », published in May of the 19th's year).
    case present
    /// The first edition starting after the publication date in its year: what ``present``
    /// tells when no edition is under way.
    case laterThisYear
    /// A demonstrative before the claim and a future after it (« cette 78e édition, dont la
    /// cérémonie sera retransmise ce soir », « cette 14e édition réunira 30 équipes »): the
    /// edition under way if any, else the next one.
    case currentOrNext
    /// A copula right after the claim ("the 28th summit is about …", « le 42e festival est un
    /// hommage »): the edition whose own days hold the publication date, with no days around it.
    case underWay
    /// People who meet at the edition, in the future or the present, with no date, year, place
    /// or later time (« les élus se retrouveront lors du 13e sommet », ``meetsAt(_:claimStart:claimEnd:sentence:word:)``):
    /// the edition under way or opening within ``eveDays``, of which the rule reports only an
    /// ordinal one off; else, when the tense alone told the next edition (`orNext`), that one.
    case meetingAt(orNext: Bool)
    /// People who met, in a past tense, at the edition the sentence opens on, with no date,
    /// year or place (``metAt(_:claimStart:claimEnd:sentence:word:)``): the edition under way or
    /// opening within ``eveDays``, of which the rule reports only the ordinal one above, an
    /// edition still to come.
    case metAt
    /// The edition before the one under way or within ``nearDays`` on the publication date: an
    /// ordinal in apposition to "the previous edition" (``appositionAnchor(_:claimStart:sentence:word:)``).
    case previous
    /// No word of the sentence tells the edition (``publicationTimeAnchor(_:claimStart:claimEnd:sentence:word:)``):
    /// the edition nearest the publication date (``publicationTimeEdition(among:published:isPast:)``),
    /// against which the rule reports only some ordinals (``reports(_:against:)``). `opensText`:
    /// the sentence is the text's first one ending in a period, its lede.
    case publicationTime(isPast: Bool, opensText: Bool)

    /// How many days before or after an edition the publication still speaks of it as current.
    static let nearDays = 10
    /// How many days ahead the next edition may start.
    static let nextDays = 400

    /// Verbs of an edition under way or opening, folded.
    static let currentVerbs: Set<String> = [
        "opens", "opened", "begins", "began", "beginning", "starts", "started", "kicks", "kicked", "underway",
        "ouvre", "ouvert", "ouverte", "debute", "commence", "deroule", "elance", "tient", "bat", "acheve",
        "closes", "ends", "accueille", "reunit", "ouvrent", "debutent", "commencent", "deroulent", "elancent",
        "tiennent", "accueillent", "reunissent", "lance", "lancee",
    ]
    /// Participles before an edition that just ended ("the recently ended 39th summit"), folded.
    static let pastVerbs: Set<String> = [
        "ended", "concluded", "closed", "just-concluded", "just-ended", "achevee", "terminee", "cloturee", "recente",
    ]
    /// Nouns of the day before an edition, folded: « à la veille du », "on the eve of".
    static let eveWords: Set<String> = ["veille", "eve"]
    /// Words of the future, folded; French verbs in the future are also told by their ending.
    static let futureWords: Set<String> = ["will", "upcoming", "shall", "va", "vont"]
    /// Words before "to" of a near future ("is set to open", "is due to open"), folded.
    static let nearFutureWords: [String] = ["set", "due"]
    /// Verbs of ``currentVerbs`` in the present tense, and "being" ("is being held"), folded.
    static let presentVerbs: Set<String> = [
        "opens", "begins", "starts", "kicks", "ouvre", "debute", "commence", "deroule", "elance", "tient",
        "accueille", "reunit", "being", "ouvrent", "debutent", "commencent", "deroulent", "elancent", "tiennent",
        "accueillent", "reunissent", "marque", "marks",
    ]
    /// Words that say which edition the sentence speaks of, or put it before another past time
    /// (« s’était ouverte », "had opened") or in a habit ("every Tuesday"), folded: no anchoring then.
    static let qualifiers: Set<String> = [
        "previous", "last", "next", "former", "past", "earlier", "first", "precedente", "precedent", "derniere",
        "dernier", "prochaine", "prochain", "ancienne", "premiere", "passee", "ago", "since", "depuis", "every",
        "chaque", "etait", "etaient", "avait", "avaient", "had",
    ]
    /// Words of ``qualifiers`` that tell another edition only before the claim (« cent ans
    /// après la première course, la 91e édition »): after it they rank the edition itself ("the
    /// ninth edition is the first co-hosted by two nations").
    static let rankingQualifiers: Set<String> = ["first", "premiere", "premier"]
    /// How many words after the claim its verb is looked for.
    static let verbReach = 10

    /// Whether a word of ``qualifiers`` in the sentence says which edition it speaks of, or puts
    /// it in another time, for a claim starting at token `start`. "Since", « depuis » and a year
    /// within ``sinceClauseReach`` tokens, before or after the claim, date the series' history
    /// (« le 29e Fespaco, un rendez-vous qui persiste depuis 1969 », "the largest since the race
    /// began in 1981", « classé monument depuis 2011, revient pour sa 71e édition »), not
    /// the edition, when `isYear` tells the year; "last year's" after the claim
    /// names another edition it is compared with.
    static func isQualified(
        _ sentence: Range<Int>, claimStart start: Int, word: (Int) -> String, isYear: (Int) -> Bool = { _ in false }
    ) -> Bool {
        sentence.contains { index in
            let folded = word(index)
            guard qualifiers.contains(folded) else { return false }
            if sinceWords.contains(folded),
                (index + 1..<min(sentence.upperBound, index + 1 + sinceClauseReach)).contains(where: isYear)
            {
                return false
            }
            // "the 44th race … eclipsing last year's edition": another edition, compared.
            if index > start, index + 1 < sentence.upperBound, word(index + 1) == "year's" { return false }
            return index < start || !rankingQualifiers.contains(folded)
        }
    }

    /// Words of a time since which something lasts, folded.
    static let sinceWords: Set<String> = ["since", "depuis"]
    /// How many tokens before a year the "since" of its clause may be.
    static let sinceClauseReach = 7

    /// Whether the date at token `start` ends a clause opened by "since" or « depuis » within
    /// ``sinceClauseReach`` tokens, from `lowerBound` on, with no punctuation between ("since
    /// the event started in 1981", « depuis que la course est née en 1981 »): it dates a
    /// beginning. « Depuis » before a name is a place of departure (« partira depuis Kesra en
    /// 2027 »). `word` gives the folded word at a token.
    static func isInSinceClause(_ start: Int, from lowerBound: Int, in document: Document, word: (Int) -> String)
        -> Bool
    {
        guard let since = clauseOpener(before: start, from: lowerBound, in: document, word: word, where: sinceWords.contains)
        else { return false }
        return !Fold.isCapitalised(document.tokens[since + 1].text)
    }

    /// Whether the year at token `start` ends a clause opened by a word of founding of
    /// `foundingWords` (other than ``sinceWords``) within ``sinceClauseReach`` tokens, with no
    /// punctuation between: "a festival founded by Ana Ruiz in 1985", « créé par Jean Morel en
    /// 1985 ».
    static func isInFoundingClause(
        _ start: Int, foundingWords: Set<String>, from lowerBound: Int, in document: Document, word: (Int) -> String
    ) -> Bool {
        clauseOpener(before: start, from: lowerBound, in: document, word: word) {
            foundingWords.contains($0) && !sinceWords.contains($0)
        } != nil
            || isInOpeningFoundingClause(start, foundingWords: foundingWords, from: lowerBound, in: document, word: word)
    }

    /// Words of the agent of a founding between the participle opening the sentence and its
    /// year, besides capitalised words, titles (``ClaimWords/titleWords``) and commas, folded:
    /// « par la maire de la ville, Ana Ruiz, en », "by the mayor, Ana Ruiz, in".
    static let founderWords: Set<String> = [
        "par", "by", "le", "la", "les", "l'", "du", "de", "des", "d'", "the", "of", "en", "in", "a", "au",
    ]
    /// How many tokens the agent may take.
    static let founderReach = 16

    /// Whether the year at token `start` ends a participle of founding that opens the sentence,
    /// its agent in apposition between (« Fondé par la maire de Kesra, Ana Ruiz, en 1982, le
    /// marathon … »).
    private static func isInOpeningFoundingClause(
        _ start: Int, foundingWords: Set<String>, from lowerBound: Int, in document: Document, word: (Int) -> String
    ) -> Bool {
        let opener = document.sentences[document.sentenceIndex(of: document.tokens[start].span.start)].tokens.lowerBound
        guard opener >= lowerBound, start > opener, start - opener <= founderReach,
            foundingWords.contains(word(opener)), !sinceWords.contains(word(opener))
        else { return false }
        return (opener + 1..<start).allSatisfy { index in
            let token = document.tokens[index]
            return token.text == ","
                || (token.kind == .word
                    && (founderWords.contains(word(index)) || ClaimWords.titleWords.contains(word(index))
                        || Fold.isCapitalised(token.text)))
        }
    }

    /// Whether the year at token `start` ends a clause of "since" (``isInSinceClause(_:from:in:word:)``)
    /// or of founding (``isInFoundingClause(_:foundingWords:from:in:word:)``): the past of what
    /// the sentence speaks of.
    static func isInHistoryClause(
        _ start: Int, foundingWords: Set<String>, from lowerBound: Int, in document: Document, word: (Int) -> String
    ) -> Bool {
        isInSinceClause(start, from: lowerBound, in: document, word: word)
            || isInFoundingClause(start, foundingWords: foundingWords, from: lowerBound, in: document, word: word)
    }

    /// The last opener (a folded word `isOpener` accepts) within ``sinceClauseReach`` tokens
    /// before token `start`, from `lowerBound` on, with no punctuation between it and `start`.
    private static func clauseOpener(
        before start: Int, from lowerBound: Int, in document: Document, word: (Int) -> String,
        where isOpener: (String) -> Bool
    ) -> Int? {
        guard start > lowerBound,
            let opener = (max(lowerBound, start - sinceClauseReach)..<start).last(where: { isOpener(word($0)) }),
            !(opener + 1..<start).contains(where: { document.tokens[$0].kind == .punctuation })
        else { return nil }
        return opener
    }

    /// The anchor of the sentence `sentence` whose claim ends at token `end`, if its tense tells
    /// one; ``meetingAt(orNext:)`` where it tells none or the next edition and people meet at the
    /// claimed one.
    static func of(
        _ document: Document, folded: FoldedTokens, claimStart start: Int, claimEnd end: Int, sentence: Range<Int>
    ) -> EditionAnchor? {
        let tokens = document.tokens
        func word(_ index: Int) -> String { tokens[index].kind == .word ? folded[index] : "" }
        if let apposition = appositionAnchor(document, claimStart: start, sentence: sentence, word: word) {
            return apposition
        }
        let anchor = tenseAnchor(document, claimStart: start, claimEnd: end, sentence: sentence, word: word)
        if anchor == nil, metAt(document, claimStart: start, claimEnd: end, sentence: sentence, word: word) {
            return .metAt
        }
        guard anchor == nil || anchor == .next,
            meetsAt(document, claimStart: start, claimEnd: end, sentence: sentence, word: word)
        else {
            return anchor
                ?? publicationTimeAnchor(document, claimStart: start, claimEnd: end, sentence: sentence, word: word)
        }
        // A future anywhere in the sentence ("will speak … during the plenary session of the 42nd",
        // "is set to speak") may speak of the next edition too.
        let isFuture = sentence.contains { isFutureWord(at: $0, sentence: sentence, language: document.language, word: word) }
        return .meetingAt(orNext: anchor == .next || isFuture)
    }

    /// Whether token `index` of `sentence` is a word of the future: one of ``futureWords``, a
    /// French verb in the future, or a word of ``nearFutureWords`` before "to" ("is set to open").
    static func isFutureWord(at index: Int, sentence: Range<Int>, language: Language, word: (Int) -> String) -> Bool {
        let folded = word(index)
        return futureWords.contains(folded) || isFrenchFuture(folded, language)
            || (nearFutureWords.contains(folded) && index + 1 < sentence.upperBound && word(index + 1) == "to")
    }

    /// Whether token `index` is a year written with four digits.
    static func isYear(_ index: Int, in tokens: [Token]) -> Bool {
        tokens[index].kind == .number && tokens[index].text.utf8.count == 4 && Int(tokens[index].text) != nil
    }

    /// Whether token `index` is a passive participle after a copula: "(is) remembered", « (est) resté ».
    static func isPassiveParticiple(at index: Int, in tokens: [Token], word: (Int) -> String) -> Bool {
        (tokens[index].text.count > 4 && word(index).hasSuffix("ed")) || isFrenchParticiple(tokens[index].text)
    }

    /// The anchor the tense of the sentence tells.
    private static func tenseAnchor(
        _ document: Document, claimStart start: Int, claimEnd end: Int, sentence: Range<Int>, word: (Int) -> String
    ) -> EditionAnchor? {
        let tokens = document.tokens
        if isQualified(sentence, claimStart: start, word: word, isYear: { isYear($0, in: tokens) }) { return nil }
        // "the recently ended 39th summit", « la toute récente 38e session ».
        for index in max(sentence.lowerBound, start - 3)..<start where pastVerbs.contains(word(index)) {
            return .current
        }
        // « à la veille du XIXe Sommet », "on the eve of the 19th summit": the edition about to open.
        for index in max(sentence.lowerBound, start - 3)..<start where eveWords.contains(word(index)) {
            return .current
        }
        // « Le jury de cette 78e édition », "the jury of this 78th edition": the edition of the day.
        let isDemonstrative = start > sentence.lowerBound && demonstratives.contains(word(start - 1))
        for index in end..<min(sentence.upperBound, end + verbReach) {
            let folded = word(index)
            // "will open", « s’ouvrira », "is set to open", "is due to open".
            if isFutureWord(at: index, sentence: sentence, language: document.language, word: word) {
                return isDemonstrative ? .currentOrNext : .next
            }
            if presentVerbs.contains(folded) { return .present }
            // "got under way", "is under way".
            let isUnderWay = folded == "under" && index + 1 < sentence.upperBound && word(index + 1) == "way"
            // « la 34e édition du festival, c'est parti ! »
            let isStarted = folded == "parti" && word(index - 1) == "est" && word(index - 2) == "c'"
            if currentVerbs.contains(folded) || isUnderWay || isStarted { return .current }
        }
        // "the Council opened its 56th session", « le Conseil a ouvert ce matin sa 56e session »:
        // a body opening its edition, the one of the day.
        if start - 1 > sentence.lowerBound, possessives.contains(word(start - 1)),
            (max(sentence.lowerBound, start - 4)..<(start - 1)).contains(where: { currentVerbs.contains(word($0)) })
        {
            return .current
        }
        // With no verb after it, a future or a present of hosting just before it (« sera célébré
        // lors de la 91e édition », « le Sénégal accueille le XIXe Sommet »).
        // Verbs of gathering may stand further back than others, past the place people meet in
        // (« sont arrivés ce matin à Lisbonne pour le 12e sommet »).
        for index in (max(sentence.lowerBound, start - gatheringReach)..<start).reversed() {
            let folded = word(index)
            let isNear = start - index <= verbsBefore
            if isNear, futureWords.contains(folded) || isFrenchFuture(folded, document.language) {
                return isDemonstrative ? .currentOrNext : .next
            }
            // « a fêté », « a présidé », « a remporté » fold like the present but are past.
            if isNear, hostingVerbs.contains(folded), !isFrenchParticiple(tokens[index].text) { return .present }
            // « les chefs d’État sont réunis pour le 37e sommet », not « se sont réunis »; « Réunis
            // à Porto, au Portugal, pour le 12e sommet, les ministres … » opening the sentence.
            if gatheredParticiples.contains(folded),
                index == sentence.lowerBound
                    || (isNear && index - 2 >= sentence.lowerBound && word(index - 1) == "sont" && word(index - 2) != "se")
            {
                return .present
            }
            // "ministers convene in Lisbon for the 12th summit", "have gathered … for the 12th",
            // « sont arrivés … pour le 37e sommet ».
            if gatheringVerbs.contains(folded) {
                let isAhead = index > sentence.lowerBound && (futureWords.contains(word(index - 1)) || word(index - 1) == "to")
                return isAhead ? .next : .present
            }
        }
        if isDemonstrative { return .present }
        // « Pour sa 78e édition, le festival … », « le festival en est à sa 78e édition », "for
        // its 78th edition": the edition under way or within ten days, if any.
        if start > sentence.lowerBound, possessives.contains(word(start - 1)),
            (start..<end).contains(where: { word($0) == "edition" })
        {
            return .current
        }
        // « Ouverture du 37e sommet », "the opening of the 19th summit": with no verb, the
        // edition opening or closing then.
        // Only as a heading, with no verb of the past: not « un an après l’ouverture de la 76e
        // édition », "the opening of the 76th festival was a success".
        for index in max(sentence.lowerBound, start - openingReach)..<start where openingNouns.contains(word(index)) {
            let isHeading = (sentence.lowerBound..<index).allSatisfy { headingLeads.contains(word($0)) }
            return isHeading && !sentence.contains(where: { pastAuxiliaries.contains(word($0)) }) ? .current : nil
        }
        return copulaAnchor(after: end, sentence: sentence, word: word, tokens: tokens)
            ?? presentClauseAnchor(document, claimEnd: end, sentence: sentence, word: word)
    }

    /// Copulas in the present, folded: "the 28th summit is about …", « le 42e festival est ».
    static let copulas: Set<String> = ["is", "are", "est", "sont"]
    /// Words right after a copula that put the edition ahead, in a plan or in doubt, folded: "is
    /// expected to", "is to open", "is not", « est prévu », « n’est pas ».
    static let copulaPlans: Set<String> = [
        "expected", "scheduled", "slated", "planned", "set", "due", "likely", "to", "going", "yet", "still", "not",
        "prevu", "prevue", "programme", "programmee", "attendu", "attendue", "cense", "censee", "pas", "encore",
        "fixe", "fixee", "annonce", "annoncee", "reporte", "reportee",
    ]
    /// Words anywhere after a copula that put the edition at a distance, folded: "is two years
    /// away", "is not until 2026", « n’aura lieu qu’en ».
    static let copulaDistances: Set<String> = ["away", "until", "jusqu'en", "qu'en"]

    /// ``underWay`` when the first word after the claim, past an acronym in brackets ("the 28th
    /// Heads of Government Meeting (CHOGM) is"), is a copula followed by no passive ("is
    /// remembered", « est resté ») nor by a word of ``copulaPlans``, with no word of
    /// ``copulaDistances`` after it in the sentence.
    private static func copulaAnchor(after end: Int, sentence: Range<Int>, word: (Int) -> String, tokens: [Token])
        -> EditionAnchor?
    {
        var index = end
        if index < sentence.upperBound, tokens[index].text == "(" {
            guard let close = (index..<min(sentence.upperBound, index + 5)).first(where: { tokens[$0].text == ")" })
            else { return nil }
            index = close + 1
        }
        guard index + 1 < sentence.upperBound, copulas.contains(word(index)) else { return nil }
        guard !isPassiveParticiple(at: index + 1, in: tokens, word: word), !copulaPlans.contains(word(index + 1)),
            !(index + 1..<sentence.upperBound).contains(where: { copulaDistances.contains(word($0)) })
        else { return nil }
        return .underWay
    }

    /// Words that may open a heading before its noun of opening: « Cérémonie d’ouverture »,
    /// "The opening of", « À l’ouverture ».
    static let headingLeads: Set<String> = [
        "ceremonie", "ceremony", "de", "d'", "la", "l'", "le", "the", "a", "lors", "at", "official", "officielle",
    ]
    /// Auxiliaries of the past that put a noun of opening in another time.
    static let pastAuxiliaries: Set<String> = ["was", "were", "fut", "etait", "ete"]

    /// Participles that, after « sont », put people at an edition under way: « sont réunis ».
    static let gatheredParticiples: Set<String> = ["reunis", "rassembles"]
    /// Verbs of people meeting or arriving for an edition, folded: "ministers convene for the 12th
    /// summit", "have gathered in Lisbon for the 12th session", "thousands descend on the town
    /// for the 52nd festival", « sont arrivés à Lisbonne pour le 12e sommet »; after "will" or
    /// "to" ("are due to convene"), the next edition.
    static let gatheringVerbs: Set<String> = [
        "convene", "convenes", "gathered", "gather", "gathers", "arrive", "arrives", "arrived", "arrivent", "arrivee",
        "arrivees", "descend", "descends", "flock", "flocks", "converge", "converges", "affluent", "convergent",
    ]

    /// Nouns of an edition's opening or close before it, folded: « Ouverture du 37e sommet »,
    /// "the opening of the 19th summit", « clôture de la 77e édition ».
    static let openingNouns: Set<String> = ["ouverture", "cloture", "opening", "closing"]
    /// How many words before the claim an opening noun may stand (« à l’ouverture de la »).
    static let openingReach = 3

    /// Determiners that point at the edition of the day, folded.
    static let demonstratives: Set<String> = ["cette", "ce", "cet", "this"]
    /// Possessives of a series before « édition », "edition", folded: its edition of the day.
    static let possessives: Set<String> = ["sa", "son", "its", "leur", "their"]

    /// How many words before the claim its verb is looked for, when none follows it.
    static let verbsBefore = 6
    /// How many words before the claim a verb of gathering or arriving is looked for.
    static let gatheringReach = 10
    /// Present verbs of hosting, celebrating, opening, chairing, attending or winning before an
    /// edition, folded: « le Sénégal accueille le XIXe Sommet », « les 24 Heures fêtent leur
    /// centenaire avec la 91e édition », « Macron ouvre le XIXe Sommet », "attend the 19th summit",
    /// "delegates attending the 19th summit", "crowds enter the 19th fair",
    /// « le Portugal prend part à la 12e édition ».
    static let hostingVerbs: Set<String> = [
        "accueille", "abrite", "hosts", "hosting", "organise", "organizes", "accueillent", "abritent", "host",
        "organisent", "fete", "fetent", "celebre", "celebrent", "celebrates", "celebrate", "vit", "vivent",
        "ouvre", "ouvrent", "opens", "preside", "chairs", "participe", "participent", "assiste", "assistent",
        "attends", "attend", "attending", "participating", "remporte", "remportent", "wins", "prend", "prennent",
        "enter", "enters", "entering", "visit", "visits", "visiting", "visitent", "frequentent",
    ]

    /// « fêté », « présidée », « remportés »: a French past participle of the first group, which
    /// folds like the present (« fête »).
    static func isFrenchParticiple(_ word: String) -> Bool {
        let composed = word.lowercased().precomposedStringWithCanonicalMapping
        return ["é", "ée", "és", "ées"].contains { composed.hasSuffix($0) }
    }

    /// « concernera », « se tiendra », « auront »: a French verb in the future.
    static func isFrenchFuture(_ word: String, _ language: Language) -> Bool {
        guard language == .fr, word.count >= 4 else { return false }
        return ["era", "ira", "dra", "ront"].contains { word.hasSuffix($0) } || ["sera", "aura", "fera"].contains(word)
    }

    /// The one edition the anchor points to on `published`, if exactly one, with the anchor
    /// that found it (``present`` tells ``current`` or ``laterThisYear``, ``currentOrNext``
    /// ``current`` or ``next``).
    func resolved(among editions: [ReferenceEdition], published: CalendarDate)
        -> (anchor: EditionAnchor, edition: ReferenceEdition)?
    {
        if self == .metAt {
            return Self.meetingEdition(among: editions, published: published).map { (self, $0) }
        }
        if case .publicationTime(let isPast, let opensText) = self {
            return Self.publicationTimeEdition(among: editions, published: published, isPast: isPast).map { edition in
                // A lede in the past speaks of the edition just over, not of one under way or to come.
                let isOver = Self.days(of: edition).map { $0.upperBound < published } ?? false
                return (.publicationTime(isPast: isPast, opensText: opensText && isOver), edition)
            }
        }
        if case .meetingAt(let orNext) = self {
            if let edition = Self.meetingEdition(among: editions, published: published) { return (self, edition) }
            return orNext ? Self.next.edition(among: editions, published: published).map { (.next, $0) } : nil
        }
        guard self == .present || self == .currentOrNext else {
            return edition(among: editions, published: published).map { (self, $0) }
        }
        if let current = Self.current.edition(among: editions, published: published) { return (.current, current) }
        let later: EditionAnchor = self == .present ? .laterThisYear : .next
        return later.edition(among: editions, published: published).map { (later, $0) }
    }

    /// The one edition the anchor points to on `published`, if exactly one.
    func edition(among editions: [ReferenceEdition], published: CalendarDate) -> ReferenceEdition? {
        let dated = editions.compactMap { edition in Self.days(of: edition).map { (edition, $0) } }
        let found: [ReferenceEdition]
        switch self {
        case .current:
            let near = published.adding(days: -Self.nearDays)...published.adding(days: Self.nearDays)
            found = dated.filter { $0.1.overlaps(near) }.map(\.0)
        case .underWay:
            found = dated.filter { $0.1.contains(published) }.map(\.0)
        case .next, .laterThisYear:
            let ahead = dated.filter {
                $0.1.lowerBound > published && $0.1.lowerBound <= published.adding(days: Self.nextDays)
                    && (self == .next || $0.1.lowerBound.year == published.year)
            }
            guard !dated.contains(where: { $0.1.contains(published) }) else { return nil }
            found = ahead.min { $0.1.lowerBound < $1.1.lowerBound }.map { [$0.0] } ?? []
        case .previous:
            guard let current = Self.current.edition(among: editions, published: published) else { return nil }
            found = editions.filter { $0.number == current.number - 1 }
        case .present, .currentOrNext, .meetingAt, .metAt, .publicationTime:
            return resolved(among: editions, published: published)?.edition
        }
        return found.count == 1 ? found[0] : nil
    }

    /// An edition's days, from the first day its start (else its end) allows to the last its end
    /// (else its start) allows: a start of "2022" alone is the whole year.
    static func days(of edition: ReferenceEdition) -> ClosedRange<CalendarDate>? {
        guard let first = firstDay(edition.start ?? edition.end), let last = lastDay(edition.end ?? edition.start),
            first <= last
        else { return nil }
        return first...last
    }

    private static func firstDay(_ date: PartialDate?) -> CalendarDate? {
        guard let year = date?.year else { return nil }
        return CalendarDate(year: year, month: date?.month ?? 1, day: date?.day ?? 1)
    }

    private static func lastDay(_ date: PartialDate?) -> CalendarDate? {
        guard let year = date?.year else { return nil }
        let month = date?.month ?? 12
        return CalendarDate(year: year, month: month, day: date?.day ?? CalendarDate.daysIn(month: month, year: year))
    }
}
