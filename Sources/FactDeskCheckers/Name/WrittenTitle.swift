import FactDeskKit
import FactDeskReference

/// A title written next to a name, as the reference data's roles name titles: "le Secrétaire
/// général Ahmed Naser Al-Raisi", "INTERPOL President Ahmed Naser Al-Raisi", "Le président,
/// Valdecy Urquiza", « le Premier ministre indien Narendra Modi », "Karim Benali, ministre des
/// Sports,".
struct WrittenTitle {
    /// Where the title is.
    var span: Span
    /// Its words as written.
    var words: [String]
    /// The word a role's title must share for a title no role has to be read: the head of a
    /// French title with a complement (« ministre » of « ministre des Armées »), the last word of
    /// an English portfolio title ("Minister" of "Defence Minister"); `nil` for a title some
    /// role has.
    var sharedWord: SharedWord?
    /// Whether a word next to it says the role is not current or not the full one: "l’ancien
    /// président", "former Portuguese prime minister", "le président sortant", "Deputy Prime
    /// Minister".
    var isQualified: Bool
    /// Where a deputy's word is written with the title when every qualifier next to it is one
    /// (« vice-président », "Deputy Secretary General", « le président adjoint X »): the title
    /// one rank below the one it names, which is wrong for its holder; `nil` otherwise.
    var deputyWord: Span?
    /// Whether « sortant », "outgoing" stands between the title and its organisation (« la
    /// présidente sortante de la Commission européenne X »): a title still held, or just
    /// handed over, read only for its organisation.
    var isOutgoing = false
    /// The other titles a periphrasis may stand for, any of which a held role may have: the
    /// king, the prime minister or the chancellor for « le chef de l’État », "the head of
    /// government"; empty for a title read as itself.
    var otherReadings: [[String]] = []
    /// Role titles that the title's readings open but that it does not name: « le chef de
    /// l’État » reads « président », which opens « président du Conseil des ministres », a head of
    /// government's title; empty for most titles.
    var excludedTitles: [[String]] = []
    /// The folded words of the organisation or country written after the title, articles
    /// left out (`commission europeenne` of « présidente de la Commission européenne »), or
    /// `nil` when none is.
    var complement: [String]?
    /// The title with the organisation or country written after it, or `nil` when none is.
    var spanWithComplement: Span?
    /// The capitalised words written right before an English title, which may name its
    /// organisation or country ("UEFA" of "UEFA president X", "Morocco’s" of "Morocco’s interior
    /// minister X" or "X, Morocco’s interior minister,"), or `nil` when none are.
    var organizationBefore: ArraySlice<Token>?
    /// A nationality written with the title (« le président comorien », "Comorian President",
    /// "X, the Comorian president,", « le ministre comorien de l’Intérieur »), or `nil` when none is.
    var nationality: Token?

    /// Which word of a role's title a written title with no role of its own must share.
    enum SharedWord: Equatable {
        /// The first word ("ministre").
        case first(String)
        /// The last word ("minister").
        case last(String)
    }

    /// Words that make a title past, future, acting or a deputy's rather than the person's own,
    /// folded.
    static let qualifiers: Set<String> = [
        "ancien", "ancienne", "futur", "future", "former", "then", "alors", "incoming", "outgoing", "sortant",
        "sortante", "late", "feu", "ex", "next", "prochain", "prochaine", "designe", "designee", "elect", "elu", "elue",
        "deputy", "vice", "adjoint", "adjointe", "acting", "interim", "interimaire", "shadow", "delegue", "deleguee",
        "honorary", "honoraire", "deposed", "ousted", "toppled", "dechu", "dechue", "destitue", "destituee",
    ]

    /// The words of ``qualifiers`` that make a title a deputy's, folded.
    static let deputyWords: Set<String> = ["deputy", "vice", "adjoint", "adjointe"]

    /// The span of a title's deputy word, written joined to it (`compound`) or among the
    /// qualifiers next to it, when every such qualifier is a deputy's; `nil` otherwise.
    private static func deputySpan(_ compound: Span?, _ qualifiers: [Token]) -> Span? {
        guard compound != nil || !qualifiers.isEmpty,
            qualifiers.allSatisfy({ deputyWords.contains(NameFolding.key($0.text)) })
        else { return nil }
        return qualifiers.map(\.span).reduce(compound) { $0?.union($1) ?? $1 }
    }

    /// The words of a title written joined to a deputy's word by a hyphen (« vice-président de
    /// la Commission », "Vice-President"), folded and without that word; `nil` for other words.
    private static func withoutDeputyPrefix(_ words: [String]) -> [String]? {
        guard let first = words.first else { return nil }
        let parts = NameFolding.tokens(first)
        guard parts.count > 1, deputyWords.contains(parts[0]) else { return nil }
        return Array(parts.dropFirst()) + words.dropFirst().flatMap(NameFolding.tokens)
    }

    /// Words after a French title that keep its holder in office until a successor comes,
    /// folded: « le ministre de l’Intérieur démissionnaire X ».
    private static let caretakerWords: Set<String> = ["demissionnaire", "demissionnaires"]

    /// The longest known title among the words right before a token (a form of address, a
    /// comma, and in French one or two nationality adjectives, between allowed: « le ministre de
    /// l’Intérieur, M. Karim Benali »), or `nil` when there is none.
    init?(before nameToken: Int, in document: Document, titles: RoleTitles) {
        let tokens = document.tokens
        var end = Honorifics.start(endingAt: nameToken - 1, in: tokens)
        // « le président de l’UEFA, le Slovène X »: the person's nationality, as a noun, between.
        if document.language == .fr, end >= 2, Self.isNationalityNoun(tokens[end]),
            Self.articles.contains(NameFolding.key(tokens[end - 1].text)), tokens[end - 2].text == ","
        {
            end -= 2
        }
        if end >= 0, tokens[end].text == "," { end -= 1 }
        var between: [Int] = []
        // A title some role has that ends with an adjective (« présidente de la Commission
        // européenne ») is read whole, before adjectives are left out.
        let whole = Self.knownTitle(endingAt: end, in: tokens, titles: titles)
        if document.language == .fr, whole == nil {
            // « le ministre de l’Intérieur démissionnaire X » still holds the office.
            if end > 0, tokens[end].kind == .word, Self.caretakerWords.contains(NameFolding.key(tokens[end].text)) {
                end -= 1
            }
            while end > 0, between.count < 2, tokens[end].kind == .word,
                Self.qualifiers.contains(NameFolding.key(tokens[end].text))
                    || NationalityAdjective.isAdjective(tokens[end].text)
            {
                between.append(end)
                end -= 1
            }
        }
        guard let found = whole ?? Self.title(endingAt: end, in: tokens, titles: titles) else { return nil }
        // A list of "Name, Title" lines: the title after a comma that ends the line before the
        // name is the previous name's.
        if found.firstToken > 0, tokens[found.firstToken - 1].text == ",",
            tokens[found.firstToken + 1...nameToken].contains(where: \.followsLineBreak)
        {
            return nil
        }
        self = found
        let before = (max(0, found.firstToken - 2)..<found.firstToken).filter { tokens[$0].kind == .word }
        let qualifiers = (before + between).filter { Self.qualifiers.contains(NameFolding.key(tokens[$0].text)) }
        isQualified = found.deputyWord != nil || !qualifiers.isEmpty
        deputyWord = Self.deputySpan(found.deputyWord, qualifiers.map { tokens[$0] })
        let adjectives = between.filter { !Self.qualifiers.contains(NameFolding.key(tokens[$0].text)) }.sorted()
        if complement != nil, let first = adjectives.first, first == end + 1 {
            // An adjective ending the organisation's name (« le président de l’Union africaine »)
            // belongs to it.
            var last = first
            while adjectives.contains(last + 1) { last += 1 }
            complement? += tokens[first...last].map(\.text).flatMap(NameFolding.tokens)
            spanWithComplement = spanWithComplement?.union(tokens[last].span)
        } else if let first = adjectives.first {
            nationality = tokens[first]
        } else if let previous = before.last, previous == found.firstToken - 1, Self.isNationality(tokens[previous].text),
            tokens[previous].text.first?.isUppercase == true
        {
            nationality = tokens[previous]
        } else if document.language == .en {
            // "INTERPOL Deputy Secretary General X": the organisation before the deputy's word.
            let opening =
                deputyWord != nil && found.deputyWord == nil && found.firstToken > 0
                    && Self.deputyWords.contains(NameFolding.key(tokens[found.firstToken - 1].text))
                ? found.firstToken - 1 : found.firstToken
            var first = opening
            while first > 0, found.firstToken - first < Self.longestComplement, tokens[first - 1].kind == .word,
                tokens[first - 1].text.first?.isUppercase == true,
                !Self.qualifiers.contains(NameFolding.key(tokens[first - 1].text)),
                !document.text(in: Span(start: tokens[first - 1].span.end, end: tokens[first].span.start))
                    .contains(where: \.isNewline)
            {
                first -= 1
            }
            if first < opening {
                organizationBefore = tokens[first..<opening]
                // "Outgoing General Assembly President X": a qualifier before the organisation.
                if first > 0, Self.qualifiers.contains(NameFolding.key(tokens[first - 1].text)) {
                    isQualified = true
                    deputyWord = Self.deputySpan(deputyWord, [tokens[first - 1]])
                }
            }
        }
    }

    /// A title in apposition right after a name, between commas or before the end of the
    /// sentence: "Karim Benali, ministre des Sports, a parlé", "Sergey Lavrov, the defence
    /// minister.", "Sergey Lavrov, Russia’s foreign minister," (an article, a qualifier, "new",
    /// a nationality or a country's possessive allowed before it, a time since when it is held
    /// after it), or stated with « est », "is" and an article (« X est la présidente du
    /// Conseil. »), or `nil`.
    init?(after name: ClosedRange<Int>, in document: Document, titles: RoleTitles) {
        let tokens = document.tokens
        var start = name.upperBound + 1
        guard start + 1 < tokens.count,
            tokens[start].text == ","
                || (Self.copulas.contains(NameFolding.key(tokens[start].text))
                    && Self.articles.contains(NameFolding.key(tokens[start + 1].text))
                    && Self.isSubject(name, in: document))
        else { return nil }
        start += 1
        var qualifiers: [Token] = []
        var nationality: Token?
        var possessive: ArraySlice<Token>?
        var skipped = 0
        while start < tokens.count, skipped < 2, tokens[start].kind == .word {
            let key = NameFolding.key(tokens[start].text)
            if let end = Self.possessiveEnd(from: start, in: tokens) {
                possessive = tokens[start...end]
                start = end + 1
                skipped += 1
                continue
            }
            if Self.qualifiers.contains(key) {
                qualifiers.append(tokens[start])
            } else if Self.isNationality(tokens[start].text) || NationalityAdjective.isAdjective(tokens[start].text) {
                nationality = tokens[start]
            } else if !Self.articles.contains(key), !Self.newWords.contains(key) {
                break
            }
            start += 1
            skipped += 1
        }
        var end = min(tokens.count - 1, start + max(titles.maximumWords, Self.longestComplementForm) - 1)
        while end >= start {
            var after = end + 1
            while after < tokens.count, after - end <= 2, tokens[after].kind == .word,
                NationalityAdjective.isAdjective(tokens[after].text)
            {
                after += 1
            }
            let closes = Self.closesApposition(at: after, in: tokens)
            if closes, tokens[start...end].allSatisfy({ $0.kind == .word }),
                let found = Self.title(endingAt: end, in: tokens, titles: titles)
                    ?? (document.language == .en
                        ? Self.lowercasePortfolioTitle(from: start, to: end, in: tokens, titles: titles) : nil),
                found.firstToken == start
                    || (found.firstToken > start && Self.isOrganizationRun(start..<found.firstToken, in: document))
            {
                self = found
                isQualified = found.deputyWord != nil || !qualifiers.isEmpty
                deputyWord = Self.deputySpan(found.deputyWord, qualifiers)
                self.nationality = after > end + 1 ? tokens[end + 1] : nationality ?? found.nationality
                if let possessive, found.firstToken == start { organizationBefore = possessive }
                if found.firstToken > start {
                    // A nationality opening the run is the organisation's first word ("European").
                    let first = start > 0 && nationality == tokens[start - 1] ? start - 1 : start
                    if first < start { self.nationality = nil }
                    organizationBefore = tokens[first..<found.firstToken]
                }
                return
            }
            end -= 1
        }
        // A title followed by the organisation or country it heads: "X, the secretary-general
        // of the WHO, said", « X, président du Sénégal, ».
        var close = start
        while close < tokens.count, close - start < Self.longestComplementForm + Self.longestComplement,
            tokens[close].kind == .word, !Self.isSinceTail(at: close, in: tokens)
        {
            close += 1
        }
        guard close > start, close == tokens.count || Self.closers.contains(tokens[close].text)
            || Self.isSinceTail(at: close, in: tokens),
            let found = Self.titleBeforeComplement(endingAt: close - 1, in: tokens, titles: titles),
            found.firstToken == start
        else { return nil }
        self = found
        isQualified = found.deputyWord != nil || !qualifiers.isEmpty
        deputyWord = Self.deputySpan(found.deputyWord, qualifiers)
        self.nationality = nationality
    }

    /// The first token of the title.
    private var firstToken = 0

    /// Whether English capitalised words, at most ``longestComplement`` and no qualifier, stand
    /// between an apposition's article and its title: the organisation of "X, the European
    /// Commission president,".
    private static func isOrganizationRun(_ run: Range<Int>, in document: Document) -> Bool {
        document.language == .en && !run.isEmpty && run.count <= longestComplement
            && document.tokens[run].allSatisfy { token in
                token.kind == .word && token.text.first?.isUppercase == true
                    && !qualifiers.contains(NameFolding.key(token.text))
            }
    }

    /// Words after a title that keep it current, folded: « X, président en exercice de l’UA, ».
    private static let inOffice: [[String]] = [["en", "exercice"], ["in", "office"]]

    /// Whether an apposition's title ends at token `index`: a closer or the end of the text, also
    /// after « en exercice », "in office" and the organisation they hold it in (« X, Premier
    /// ministre en exercice de l’Union africaine, »).
    private static func closesApposition(at index: Int, in tokens: [Token]) -> Bool {
        func isClosed(_ index: Int) -> Bool { index == tokens.count || closers.contains(tokens[index].text) }
        if isClosed(index) || isSinceTail(at: index, in: tokens) || isCoordinatedTitle(at: index, in: tokens) {
            return true
        }
        guard
            let words = inOffice.first(where: { words in
                index + words.count <= tokens.count
                    && zip(words, tokens[index..<index + words.count]).allSatisfy { $0 == NameFolding.key($1.text) }
            })
        else { return false }
        var next = index + words.count
        if isClosed(next) { return true }
        guard next < tokens.count, ofWords.contains(NameFolding.key(tokens[next].text)) else { return false }
        let first = next
        while next < tokens.count, next - first <= longestComplement, tokens[next].kind == .word { next += 1 }
        return isClosed(next)
    }

    /// Whether a second title joined by « et », "and", and a closer, start at token `index`: « X,
    /// vice-président de l’Office et Premier ministre, » (one to ``longestComplementForm`` words).
    private static func isCoordinatedTitle(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word,
            conjunctions.contains(NameFolding.key(tokens[index].text))
        else { return false }
        var next = index + 1
        while next < tokens.count, next - index <= longestComplementForm, tokens[next].kind == .word { next += 1 }
        return next > index + 1 && (next == tokens.count || closers.contains(tokens[next].text))
    }

    /// The words that join two titles of one person, folded.
    private static let conjunctions: Set<String> = ["et", "and"]

    /// Whether a time since when the title is held, and a closer, start at token `index`: « X,
    /// directrice du CERN depuis 2016, », "X, the FIFA president since 2016," (at most
    /// ``longestSince`` words or numbers after « depuis », "since").
    private static func isSinceTail(at index: Int, in tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word,
            sinceWords.contains(NameFolding.key(tokens[index].text))
        else { return false }
        var next = index + 1
        while next < tokens.count, next - index <= longestSince, !closers.contains(tokens[next].text) {
            if sinceEnds.contains(NameFolding.key(tokens[next].text)) { return false }
            next += 1
        }
        return next > index + 1 && (next == tokens.count || closers.contains(tokens[next].text))
    }

    /// Words that end the time since when a title was held, making it past, folded: « depuis
    /// 2013 jusqu’en 2025 », "since 2013 until 2025".
    private static let sinceEnds: Set<String> = ["jusqu", "jusque", "a", "au", "until", "till", "to", "et", "and"]

    /// The words opening a time since when a title is held, folded.
    private static let sinceWords: Set<String> = ["depuis", "since"]
    /// The most words or numbers of a time after « depuis », "since".
    private static let longestSince = 4
    /// The verbs that state a title of the subject in the present, folded: « X est le président
    /// de l’UEFA », "X is the president of FIFA".
    private static let copulas: Set<String> = ["est", "is"]

    /// Whether a name opens its sentence or follows a comma, a colon or a dash, as the subject
    /// of what comes after it does (not « la fille de X est… »).
    private static func isSubject(_ name: ClosedRange<Int>, in document: Document) -> Bool {
        let sentence = document.sentences[document.sentenceIndex(of: document.tokens[name.lowerBound].span.start)]
        guard name.lowerBound > sentence.tokens.lowerBound else { return true }
        return [",", ":", "—", "–"].contains(document.tokens[name.lowerBound - 1].text)
    }

    /// The last token of a capitalised English possessive opening an apposition ("Russia’s" of
    /// "Sergey Lavrov, Russia’s foreign minister,"), or `nil`.
    private static func possessiveEnd(from index: Int, in tokens: [Token]) -> Int? {
        let text = tokens[index].text
        guard text.first?.isUppercase == true else { return nil }
        if text.hasSuffix("’s") || text.hasSuffix("'s") { return index }
        guard index + 2 < tokens.count, ["’", "'"].contains(tokens[index + 1].text),
            tokens[index + 2].text == "s", tokens[index + 1].span.start == tokens[index].span.end
        else { return nil }
        return index + 2
    }

    /// The articles an apposition may open with: « le », « la », « l’ », "the".
    private static let articles: Set<String> = ["le", "la", "l", "the"]
    /// Words before an apposed title that leave it the person's own, folded: "X, the new
    /// secretary general of INTERPOL," (a role taken shortly after the day is read as held).
    private static let newWords: Set<String> = ["new", "nouveau", "nouvel", "nouvelle"]
    /// The punctuation that closes an apposition.
    static let closers: Set<String> = [",", ".", ";", ":", ")", "!", "?"]
    /// The most words of a title written with a complement or a portfolio.
    private static let longestComplementForm = 6

    private init(span: Span, words: [String], sharedWord: SharedWord?, firstToken: Int) {
        self.span = span
        self.words = words
        self.sharedWord = sharedWord
        self.isQualified = false
        self.firstToken = firstToken
    }

    /// The longest title ending at `end`: one some role has, else a French head and complement,
    /// else an English portfolio and head.
    private static func title(endingAt end: Int, in tokens: [Token], titles: RoleTitles) -> WrittenTitle? {
        guard end >= 0 else { return nil }
        if let known = knownTitle(endingAt: end, in: tokens, titles: titles, openings: true) { return known }
        if let periphrasis = periphrasis(endingAt: end, in: tokens) { return periphrasis }
        if let inner = knownTitleWithNationality(endingAt: end, in: tokens, titles: titles) { return inner }
        if let head = titleBeforeComplement(endingAt: end, in: tokens, titles: titles) { return head }
        if let (head, complement) = complementTitleStart(endingAt: end, in: tokens, titles: titles) {
            let words = [tokens[head].text] + tokens[complement...end].map(\.text)
            // « ministre italienne de l’Intérieur »: a title some role has, with a nationality inside.
            var title = WrittenTitle(
                span: tokens[head].span.union(tokens[end].span), words: words,
                sharedWord: titles.contains(words) ? nil : .first(NameFolding.key(tokens[head].text)), firstToken: head)
            if complement > head + 1 { title.nationality = tokens[head + 1] }
            return title
        }
        if let portfolio = portfolioTitleStart(endingAt: end, in: tokens, titles: titles) {
            return portfolioTitle(from: portfolio, to: end, in: tokens)
        }
        return nil
    }

    /// The English title of a portfolio and its head from `first` to `end` ("Defence Minister"),
    /// read also with the portfolio's other spellings ("Home Affairs Minister").
    private static func portfolioTitle(from first: Int, to end: Int, in tokens: [Token]) -> WrittenTitle {
        let words = tokens[first...end].map(\.text)
        var title = WrittenTitle(
            span: tokens[first].span.union(tokens[end].span), words: words,
            sharedWord: .last(NameFolding.key(tokens[end].text)), firstToken: first)
        title.otherReadings = PortfolioWords.otherReadings(of: words)
        return title
    }

    /// A lowercase English portfolio title from `first` to `end`, as written after a name ("the
    /// defense minister", "Russia’s foreign affairs minister"): one or two words of
    /// ``PortfolioWords/lowercase`` and the last word of a role's title; `nil` otherwise.
    private static func lowercasePortfolioTitle(from first: Int, to end: Int, in tokens: [Token], titles: RoleTitles)
        -> WrittenTitle?
    {
        guard end > first, end - first <= 2, titles.isPortfolioHead(tokens[end].text),
            tokens[first..<end].allSatisfy({ PortfolioWords.lowercase.contains(NameFolding.key($0.text)) })
        else { return nil }
        return portfolioTitle(from: first, to: end, in: tokens)
    }

    /// The longest title some role has ending at `end`, or, with `openings`, one it opens
    /// (« président de la cour » of « président de la cour criminelle »: not before a complement,
    /// which may write the rest of the title, « président de la Commission de l’UDP »), or `nil`.
    /// A periphrasis that some role also has for its title (« cheffe du gouvernement ») keeps its
    /// other readings: « le chef du gouvernement X » still names a Premier ministre.
    private static func knownTitle(
        endingAt end: Int, in tokens: [Token], titles: RoleTitles, openings: Bool = false
    ) -> WrittenTitle? {
        guard end >= 0 else { return nil }
        var start = end
        while start >= 0, end - start < titles.maximumWords, tokens[start].kind == .word { start -= 1 }
        var first = start + 1
        while first <= end {
            let words = tokens[first...end].map(\.text)
            if titles.contains(words) || (openings && titles.opensTitle(words)) {
                if let periphrasis = periphrasis(endingAt: end, in: tokens), periphrasis.firstToken <= first {
                    return periphrasis
                }
                return WrittenTitle(
                    span: tokens[first].span.union(tokens[end].span), words: words, sharedWord: nil, firstToken: first)
            }
            if let title = withoutDeputyPrefix(words), titles.contains(title) || (openings && titles.opensTitle(title)) {
                var deputy = WrittenTitle(
                    span: tokens[first].span.union(tokens[end].span), words: title, sharedWord: nil, firstToken: first)
                deputy.deputyWord = tokens[first].span
                return deputy
            }
            first += 1
        }
        return nil
    }

    /// The longest title some role has ending at `end` with a French nationality adjective
    /// after its first word (« ministre ukrainien des Affaires étrangères », « secrétaire
    /// générale » is no nationality), read as the title with that nationality, or `nil`.
    private static func knownTitleWithNationality(endingAt end: Int, in tokens: [Token], titles: RoleTitles)
        -> WrittenTitle?
    {
        var first = max(0, end - titles.maximumWords)
        while first < end - 1 {
            let adjective = first + 1
            if tokens[first...end].allSatisfy({ $0.kind == .word }),
                NationalityAdjective.isAdjective(tokens[adjective].text),
                titles.contains([tokens[first].text] + tokens[adjective + 1...end].map(\.text))
            {
                var title = WrittenTitle(
                    span: tokens[first].span.union(tokens[end].span),
                    words: [tokens[first].text] + tokens[adjective + 1...end].map(\.text), sharedWord: nil,
                    firstToken: first)
                title.nationality = tokens[adjective]
                return title
            }
            first += 1
        }
        return nil
    }

    /// A title some role has followed by the organisation or country it heads, which ends at
    /// `end`: « président du Sénégal », « directeur général de l’OTAN », « présidente de la
    /// Commission européenne », "secretary-general of the WHO", « capitaine de l’équipe de
    /// France » (one or two complement words, then a capitalised word, or a lowercase noun a
    /// capitalised word follows, and at most ``longestComplement`` words in all, or
    /// « république », "republic" in lowercase); `nil` when there is none.
    private static func titleBeforeComplement(endingAt end: Int, in tokens: [Token], titles: RoleTitles)
        -> WrittenTitle?
    {
        var index = end
        while index > 0, end - index < longestComplement, tokens[index].kind == .word {
            if tokens[index].text.first?.isUppercase == true
                || (index == end && lowercaseComplements.contains(NameFolding.key(tokens[index].text)))
                || opensNamedBody(at: index, end: end, in: tokens)
            {
                var (connector, connectors) = beforeConnectors(endingAt: index - 1, in: tokens)
                let isOutgoing =
                    connectors > 0 && connector > 0 && tokens[connector].kind == .word
                    && outgoingWords.contains(NameFolding.key(tokens[connector].text))
                if isOutgoing { connector -= 1 }
                // « secrétaire général adjoint de l’ONU »: a deputy's word between title and body.
                let deputy =
                    connectors > 0 && connector > 0 && tokens[connector].kind == .word
                        && deputyWords.contains(NameFolding.key(tokens[connector].text))
                    ? tokens[connector].span : nil
                if deputy != nil { connector -= 1 }
                if connectors > 0,
                    var title = knownTitle(endingAt: connector, in: tokens, titles: titles)
                        ?? titleBeforeNumberedSession(endingAt: connector, in: tokens, titles: titles)
                {
                    if let deputy { title.deputyWord = deputy.union(title.deputyWord ?? deputy) }
                    let words = tokens[index...end].filter { $0.kind == .word }.map(\.text)
                    title.complement = words.flatMap(NameFolding.tokens)
                    title.spanWithComplement = title.span.union(tokens[end].span)
                    title.isOutgoing = isOutgoing
                    return title
                }
            }
            index -= 1
        }
        return nil
    }

    /// Whether a lowercase noun opens a body's name that goes on with a capitalised word before
    /// `end`: « équipe » of « l’équipe de France », « cour » of « la cour criminelle du Vaucluse ».
    private static func opensNamedBody(at index: Int, end: Int, in tokens: [Token]) -> Bool {
        index < end && !ofWords.contains(NameFolding.key(tokens[index].text))
            && tokens[(index + 1)...end].contains { $0.kind == .word && $0.text.first?.isUppercase == true }
    }

    /// The token before the one or two connectors (« de la », "of the") that end at token `last`,
    /// and how many connectors there are (none when token `last` is no connector).
    private static func beforeConnectors(endingAt last: Int, in tokens: [Token]) -> (index: Int, count: Int) {
        var connector = last
        var connectors = 0
        while connector >= 0, connectors < 2, tokens[connector].kind == .word,
            ofWords.contains(NameFolding.key(tokens[connector].text))
        {
            connectors += 1
            connector -= 1
        }
        return (connector, connectors)
    }

    /// A title some role has followed by a numbered sitting of a body, which ends at `end`: the
    /// « président de la 41e session » of « président de la 41e session de l’Assemblée »,
    /// "president of the 41st session" (a word with digits and one word after it); `nil` when
    /// there is none. The body after it is the title's complement.
    private static func titleBeforeNumberedSession(endingAt end: Int, in tokens: [Token], titles: RoleTitles)
        -> WrittenTitle?
    {
        guard end >= 2, tokens[end].kind == .word, tokens[end - 1].text.contains(where: \.isNumber) else { return nil }
        let (connector, connectors) = beforeConnectors(endingAt: end - 2, in: tokens)
        return connectors > 0 ? knownTitle(endingAt: connector, in: tokens, titles: titles) : nil
    }

    /// The words for a title's last days between it and its organisation, folded.
    private static let outgoingWords: Set<String> = ["sortant", "sortante", "outgoing"]

    /// The most words of the organisation or country after a title.
    private static let longestComplement = 5

    /// Common nouns that end a title's complement even in lowercase, folded: « le Premier ministre
    /// de la république X », "the president of the republic X".
    private static let lowercaseComplements: Set<String> = ["republique", "republic"]

    /// The words that open the organisation or country of a title: « de », « du », « d’ »,
    /// « la », « l’ », "of", "the".
    private static let ofWords: Set<String> = RoleTitles.complementWords.union(["of", "the"])

    /// A common periphrasis for a title, read as the title it stands for: « le chef de la
    /// diplomatie », "top diplomat" for the foreign minister, « le garde des Sceaux » for the
    /// ministre de la Justice, « le locataire de Matignon », « de l’Élysée », « de Beauvau » for
    /// the Premier ministre, the président and the ministre de l’Intérieur, « le chef de l’État », "the head of
    /// state" for the president (or a monarch), « le chef du gouvernement », "the head of
    /// government", "Premier" for the prime minister (or a chancellor); `nil` when the words
    /// before `end` are none.
    private static func periphrasis(endingAt end: Int, in tokens: [Token]) -> WrittenTitle? {
        for periphrasis in periphrases where end + 1 >= periphrasis.written.count {
            let first = end + 1 - periphrasis.written.count
            guard tokens[first...end].allSatisfy({ $0.kind == .word }),
                tokens[first...end].map({ RoleTitles.masculine(NameFolding.key($0.text)) }) == periphrasis.written
            else { continue }
            var title = WrittenTitle(
                span: tokens[first].span.union(tokens[end].span), words: periphrasis.meaning,
                sharedWord: periphrasis.shared, firstToken: first)
            title.otherReadings = periphrasis.otherReadings
            title.excludedTitles = periphrasis.excludedTitles
            return title
        }
        return nil
    }

    /// A periphrasis, folded and in the masculine, with the title it stands for, the word that
    /// title shares with roles of its kind, and the other titles it may stand for.
    private struct Periphrasis {
        var written: [String]
        var meaning: [String]
        var shared: SharedWord?
        var otherReadings: [[String]] = []
        var excludedTitles: [[String]] = []

        init(
            _ written: [String], _ meaning: [String], shared: SharedWord? = nil, otherReadings: [String] = [],
            excludedTitles: [String] = []
        ) {
            self.written = written.map(RoleTitles.masculine)
            self.meaning = meaning
            self.shared = shared
            self.otherReadings = otherReadings.map(NameFolding.tokens)
            self.excludedTitles = excludedTitles.map(NameFolding.tokens)
        }
    }

    /// The titles a head of state may hold besides president.
    private static let headOfStateTitles = [
        "head of state", "chef de l’État", "king", "queen", "roi", "reine", "emir", "émir", "sultan", "emperor",
        "empereur", "impératrice", "empress", "grand duke", "grand-duc", "grande-duchesse", "prince", "princesse",
        "monarch", "monarque", "governor-general", "gouverneur général", "supreme leader", "guide suprême",
    ]

    /// The other titles "Prime Minister" and « Premier ministre » stand for, as newsrooms write
    /// every head of government so ("Spanish Prime Minister X" for the President of the
    /// Government), or `nil` for another title.
    static func headOfGovernmentReadings(of words: [String]) -> [[String]]? {
        let key = words.flatMap(NameFolding.tokens).map(RoleTitles.masculine)
        guard key == primeMinister || key == premierMinistre else { return nil }
        return (headOfGovernmentTitles + presidentsOfGovernments).map(NameFolding.tokens)
    }

    /// "prime minister", « premier ministre », folded in the masculine.
    private static let primeMinister = ["prime", "minister"].map(RoleTitles.masculine)
    private static let premierMinistre = ["premier", "ministre"].map(RoleTitles.masculine)

    /// The titles of heads of government called presidents.
    private static let presidentsOfGovernments = [
        "President of the Government", "président du gouvernement", "President of the Council of Ministers",
        "président du Conseil des ministres",
    ]

    /// The titles a head of government may hold besides prime minister.
    private static let headOfGovernmentTitles = [
        "head of government", "chef du gouvernement", "Premier ministre", "premier", "chancellor", "chancelier",
        "taoiseach",
    ]

    /// The periphrases for titles.
    private static let periphrases: [Periphrasis] = [
        Periphrasis(
            ["chef", "de", "la", "diplomatie"], ["ministre", "des", "Affaires", "étrangères"],
            shared: .first("ministre")),
        Periphrasis(["top", "diplomat"], ["Foreign", "Minister"], shared: .last("minister")),
        Periphrasis(
            ["chef", "de", "l", "etat"], ["président"], otherReadings: headOfStateTitles,
            excludedTitles: presidentsOfGovernments),
        Periphrasis(
            ["chef", "d", "etat"], ["président"], otherReadings: headOfStateTitles, excludedTitles: presidentsOfGovernments),
        Periphrasis(
            ["head", "of", "state"], ["president"], otherReadings: headOfStateTitles,
            excludedTitles: presidentsOfGovernments),
        Periphrasis(["chef", "du", "gouvernement"], ["Premier", "ministre"], otherReadings: headOfGovernmentTitles),
        Periphrasis(["garde", "des", "sceaux"], ["ministre", "de", "la", "Justice"], shared: .first("ministre")),
        Periphrasis(["locataire", "de", "matignon"], ["Premier", "ministre"], otherReadings: headOfGovernmentTitles),
        Periphrasis(
            ["locataire", "de", "l", "elysee"], ["président"], otherReadings: headOfStateTitles,
            excludedTitles: presidentsOfGovernments),
        Periphrasis(["locataire", "de", "beauvau"], ["ministre", "de", "l’Intérieur"], shared: .first("ministre")),
        Periphrasis(["head", "of", "government"], ["prime", "minister"], otherReadings: headOfGovernmentTitles),
        // "Chinese Premier X": a head of government, as English titles many.
        Periphrasis(["premier"], ["prime", "minister"], otherReadings: headOfGovernmentTitles),
        // Every country's head of government is so called, whether or not a role has the title.
        Periphrasis(["prime", "minister"], ["prime", "minister"], otherReadings: headOfGovernmentTitles),
        Periphrasis(["premier", "ministre"], ["Premier", "ministre"], otherReadings: headOfGovernmentTitles),
    ]

    /// The start of a title written as a head word, a complement word and one to three
    /// capitalised words, ending at `end`: « ministre des Armées », « ministre de l’Intérieur »,
    /// "Minister of Fisheries", "Minister of the Interior",
    /// with the start of its complement; a nationality adjective after the head is left out of
    /// the title's words (« ministre français de l’Intérieur »).
    private static func complementTitleStart(endingAt end: Int, in tokens: [Token], titles: RoleTitles) -> (
        head: Int, complement: Int
    )? {
        var index = end
        var capitalised = 0
        while index >= 0, capitalised < 3, tokens[index].kind == .word,
            tokens[index].text.first?.isUppercase == true
        {
            capitalised += 1
            index -= 1
        }
        var connectors = 0
        while index >= 0, connectors < 2, tokens[index].kind == .word,
            Self.complementConnectors.contains(NameFolding.key(tokens[index].text))
        {
            connectors += 1
            index -= 1
        }
        let complement = index + 1
        if index > 0, tokens[index].kind == .word, NationalityAdjective.isAdjective(tokens[index].text) { index -= 1 }
        guard capitalised > 0, connectors > 0, index >= 0, tokens[index].kind == .word,
            titles.isHead(tokens[index].text)
        else { return nil }
        return (index, complement)
    }

    /// The words between a title's head and its capitalised complement: « de », « des »… and
    /// "of", "the" ("Minister of the Interior").
    private static let complementConnectors = RoleTitles.complementWords.union(["of", "the"])

    /// Whether a word is a French nationality written as a noun: « Slovène », « Canadienne ».
    private static func isNationalityNoun(_ token: Token) -> Bool {
        token.kind == .word && token.text.first?.isUppercase == true
            && NationalityAdjective.isAdjective(token.text.lowercased())
    }

    /// Whether a capitalised English word reads as a nationality by its ending: "Moroccan",
    /// "Ukrainian", "British", "Chinese", or is one of those without such an ending ("French").
    private static func isNationality(_ word: String) -> Bool {
        let folded = NameFolding.key(word)
        return folded.count >= 5 && ["an", "ese", "ish"].contains { folded.hasSuffix($0) }
            || irregularNationalities.contains(folded)
    }

    /// English nationalities with none of the usual endings.
    private static let irregularNationalities: Set<String> = [
        "french", "dutch", "greek", "thai", "swiss", "czech", "welsh", "iraqi", "israeli", "saudi", "qatari",
        "emirati", "kuwaiti", "yemeni", "omani", "pakistani", "bangladeshi", "somali", "azerbaijani", "bahraini",
        "nepali",
    ]

    /// The start of an English title written as one or two capitalised portfolio words and the
    /// last word of a role's title, ending at `end`: "Defence Minister", "Home Secretary". A
    /// qualifier ("Deputy", "Shadow") or a nationality ("Moroccan", "British", "Chinese") is
    /// left before it.
    private static func portfolioTitleStart(endingAt end: Int, in tokens: [Token], titles: RoleTitles) -> Int? {
        guard end >= 1, tokens[end].kind == .word, tokens[end].text.first?.isUppercase == true,
            titles.isPortfolioHead(tokens[end].text)
        else { return nil }
        var index = end - 1
        var portfolio = 0
        while index >= 0, portfolio < 2, tokens[index].kind == .word, tokens[index].text.first?.isUppercase == true,
            !qualifiers.contains(NameFolding.key(tokens[index].text)), !isNationality(tokens[index].text)
        {
            portfolio += 1
            index -= 1
        }
        return portfolio > 0 ? index + 1 : nil
    }
}
