import FactDeskKit
import FactDeskReference

/// A phrase next to a name that makes the person the head of an organisation without naming a
/// title: "UNICEF chief X", "the FAO head X", "X, the FAO chief,", « le patron de l’OMS, X », « la cheffe de
/// l’Unesco X », "X, who heads the World Bank,", "X, head of the FAO,", « X, patron de l’OMS, »,
/// « X, à la tête de l’Unicef, ». Only a phrase whose words name an organisation of the
/// reference data, whole, is read (and the caller leaves alone one that may be part of a held
/// role's organisation, or have it as a part: ``mayBePart(_:of:)``); one after a qualifier ("former UNICEF chief", « l’ex-patron
/// de l’OMS ») or followed by more words (« X, à la tête de l’OMS depuis 2017, », "X, who heads
/// the WHO's regional office,") is left alone.
struct WrittenHead {
    /// Where the phrase is.
    var span: Span
    /// The organisation it names.
    var organization: NameRecord

    /// English head words written after an organisation, before a name, folded.
    private static let headsAfterOrganization: Set<String> = ["chief", "head", "boss"]
    /// Words that open a head phrase before an organisation, folded: French heads and English
    /// relative clauses and heads.
    private static let headPhrases: [[String]] = [
        ["chef"], ["cheffe"], ["patron"], ["patronne"], ["a", "la", "tete"], ["head", "of"], ["chief", "of"],
        ["who", "heads"], ["who", "leads"], ["who", "runs"], ["who", "chairs"],
    ]
    /// The words between a head phrase and the organisation, folded.
    private static let connectors: Set<String> = ["de", "du", "des", "d", "la", "l", "the"]
    /// Words before a head phrase that make it past, future or another's (a title's
    /// ``WrittenTitle/qualifiers``), or a new appointment the reference data may not know yet,
    /// folded.
    private static let qualifiers = WrittenTitle.qualifiers.union(["nouveau", "nouvelle", "new"])
    /// The most words an organisation's name is read over.
    private static let longestOrganization = 5

    /// A head phrase ending right before a name token (a comma between allowed), or `nil`.
    init?(before nameToken: Int, in document: Document, book: NameBook) {
        let tokens = document.tokens
        var end = nameToken - 1
        if end >= 0, tokens[end].text == "," { end -= 1 }
        guard end >= 1, tokens[end].kind == .word else { return nil }
        if document.language == .en, Self.headsAfterOrganization.contains(NameFolding.key(tokens[end].text)) {
            // "UNICEF chief X": the longest run of capitalised words before the head naming an organisation.
            var first = end - 1
            while first >= 0, end - first <= Self.longestOrganization, tokens[first].kind == .word,
                tokens[first].text.first?.isUppercase == true
            {
                first -= 1
            }
            for start in max(first + 1, 0)..<end {
                guard let organization = Self.organization(tokens[start..<end], in: book) else { continue }
                guard !Self.isQualified(before: start, in: tokens) else { return nil }
                self.init(span: tokens[start].span.union(tokens[end].span), organization: organization)
                return
            }
            return nil
        }
        for start in max(0, end - Self.longestOrganization - 4)..<end {
            guard let (head, organizationStart) = Self.headPhrase(at: start, in: tokens), head == start,
                organizationStart <= end, let organization = Self.organization(tokens[organizationStart...end], in: book)
            else { continue }
            guard !Self.isQualified(before: start, in: tokens) else { return nil }
            self.init(span: tokens[start].span.union(tokens[end].span), organization: organization)
            return
        }
        return nil
    }

    /// A head phrase in apposition right after a name, closed by punctuation or the end of the
    /// text, an article allowed before it, or `nil`.
    init?(after nameToken: Int, in document: Document, book: NameBook) {
        let tokens = document.tokens
        var start = nameToken + 1
        guard start + 2 < tokens.count, tokens[start].text == "," else { return nil }
        start += 1
        if ["le", "la", "the"].contains(NameFolding.key(tokens[start].text)) { start += 1 }
        if document.language == .en, let head = Self.headAfterOrganization(from: start, in: tokens, book: book) {
            self = head
            return
        }
        guard let (_, organizationStart) = Self.headPhrase(at: start, in: tokens) else { return nil }
        var end = organizationStart
        while end < tokens.count, end - organizationStart < Self.longestOrganization, tokens[end].kind == .word {
            end += 1
        }
        guard end > organizationStart, end == tokens.count || WrittenTitle.closers.contains(tokens[end].text),
            let organization = Self.organization(tokens[organizationStart..<end], in: book)
        else { return nil }
        self.init(span: tokens[start].span.union(tokens[end - 1].span), organization: organization)
    }

    /// An English organisation and head word from `start` closing an apposition ("X, the WHO
    /// chief,"), or `nil`.
    private static func headAfterOrganization(from start: Int, in tokens: [Token], book: NameBook) -> WrittenHead? {
        var head = start
        while head < tokens.count, head - start <= longestOrganization, tokens[head].kind == .word,
            !headsAfterOrganization.contains(NameFolding.key(tokens[head].text))
        {
            head += 1
        }
        guard head > start, head < tokens.count, tokens[head].kind == .word,
            headsAfterOrganization.contains(NameFolding.key(tokens[head].text)),
            head + 1 == tokens.count || WrittenTitle.closers.contains(tokens[head + 1].text),
            let organization = organization(tokens[start..<head], in: book)
        else { return nil }
        return WrittenHead(span: tokens[start].span.union(tokens[head].span), organization: organization)
    }

    private init(span: Span, organization: NameRecord) {
        self.span = span
        self.organization = organization
    }

    /// The head phrase opening at `index` and the first token of the organisation after it
    /// (connectors skipped), or `nil`.
    private static func headPhrase(at index: Int, in tokens: [Token]) -> (head: Int, organization: Int)? {
        for phrase in headPhrases where index + phrase.count < tokens.count {
            let words = tokens[index..<index + phrase.count]
            guard words.allSatisfy({ $0.kind == .word }), words.map({ NameFolding.key($0.text) }) == phrase else {
                continue
            }
            var next = index + phrase.count
            var connectors = 0
            while next < tokens.count, connectors < 2, tokens[next].kind == .word,
                Self.connectors.contains(NameFolding.key(tokens[next].text))
            {
                next += 1
                connectors += 1
            }
            // "head of" and the French heads need their « de »; "who heads" may have an article.
            guard connectors > 0 || phrase.first == "who" else { return nil }
            return (index, next)
        }
        return nil
    }

    /// The organisation that words name whole, or `nil` (a place, a person, or no record).
    private static func organization(_ words: ArraySlice<Token>, in book: NameBook) -> NameRecord? {
        guard !words.isEmpty, words.allSatisfy({ $0.kind == .word }) else { return nil }
        let folded = words.map(\.text).flatMap(NameFolding.tokens)
        guard let record = book.firstRecord(foldedAs: folded), record.kind == .organization else { return nil }
        return record
    }

    /// Whether some spelling of an organisation shares a distinctive word with some spelling of
    /// another, so that one may be part of the other: the African Union and the "AU Commission",
    /// the "European Union" and the "European Commission"; a head of one is often called the
    /// head of the other ("AU chief X" for the head of its Commission), which is left alone.
    static func mayBePart(_ organization: NameRecord, of other: NameRecord) -> Bool {
        func words(_ record: NameRecord) -> Set<String> {
            Set(record.names.flatMap { NameFolding.tokens($0.text) }).subtracting(commonWords)
        }
        return !words(organization).isDisjoint(with: words(other))
    }

    /// Words many organisations' names share, folded.
    private static let commonWords: Set<String> = [
        "de", "du", "des", "d", "la", "le", "l", "les", "et", "pour", "sur", "of", "the", "and", "for", "on",
        "organization", "organisation", "international", "internationale", "world", "mondial", "mondiale",
        "national", "nationale", "fund", "fonds", "bank", "banque", "committee", "comite", "council", "conseil",
        "commission", "agency", "agence", "office", "programme", "program",
    ]

    /// Whether a qualifier stands in the two words before `index` ("former", « l’ex- »).
    private static func isQualified(before index: Int, in tokens: [Token]) -> Bool {
        tokens[max(0, index - 2)..<index].contains { token in
            token.kind == .word && NameFolding.tokens(token.text).contains { qualifiers.contains($0) }
        }
    }
}
