import FactDeskKit

/// A sentence that names an edition and says nothing of which one: no date, year, place, word
/// of another edition (« la précédente », "last year's"), verb of the edition itself nor future
/// or plan ("The 31st edition of the Harbour Classic was marked by high winds", « Les skippers se
/// préparent pour la 31e édition »). Published in the days of an edition, it speaks of that one:
/// the rule reports an ordinal at most ``publicationTimeReach`` off it and, in a past tense, only
/// one above it (an edition that has not yet begun); the past may recall an earlier edition,
/// except in the text's lede published once that edition is over, which speaks of it: there the one below is
/// reported too ("The 41st Kesra Lantern Fair drew 300 stalls" three days after the 42nd closed).
extension EditionAnchor {
    /// How many days ahead, with no edition near the publication date, an edition starting soon
    /// is the one a sentence in the present speaks of ("Crews prepare for the 31st Harbour Classic").
    static let soonDays = 45
    /// How far off the edition the anchor finds an ordinal is reported: an ordinal further off
    /// speaks of another edition on purpose.
    static let publicationTimeReach = 2

    /// Words anywhere in the sentence that put the edition in a plan or at a distance, folded:
    /// "is expected to", "is scheduled for", « est prévue », "is a year away", "not until".
    static let planWords: Set<String> = [
        "expected", "scheduled", "slated", "planned", "likely", "prevu", "prevue", "programme", "programmee",
        "attendu", "attendue", "reporte", "reportee", "annonce", "annoncee", "away", "until", "jusqu'en", "qu'en",
    ]

    /// ``publicationTime(isPast:opensText:)`` for a claim from token `start` to `end` in `sentence`, when the
    /// sentence says nothing of which edition it speaks of: no qualifier
    /// (``isQualified(_:claimStart:word:isYear:)``), no noun of opening before the claim, no
    /// future, no word of ``planWords``; in the past when a word of the sentence is
    /// (``isPast(_:sentence:word:)``) or a passive follows the claim ("is remembered").
    static func publicationTimeAnchor(
        _ document: Document, claimStart start: Int, claimEnd end: Int, sentence: Range<Int>, word: (Int) -> String
    ) -> EditionAnchor? {
        let tokens = document.tokens
        guard !isQualified(sentence, claimStart: start, word: word, isYear: { isYear($0, in: tokens) }),
            !(max(sentence.lowerBound, start - openingReach)..<start).contains(where: { openingNouns.contains(word($0)) }),
            !sentence.contains(where: { index in
                planWords.contains(word(index))
                    || isFutureWord(at: index, sentence: sentence, language: document.language, word: word)
                    || isInfinitiveOfPurpose(at: index, before: start, in: document, word: word)
            })
        else { return nil }
        let isPassive =
            end + 1 < sentence.upperBound && copulas.contains(word(end))
            && isPassiveParticiple(at: end + 1, in: tokens, word: word)
        return .publicationTime(
            isPast: isPassive || isPast(document, sentence: sentence, word: word),
            opensText: opensText(sentence, in: tokens) && !isPaired(start, in: sentence, word: word))
    }

    /// Whether the ordinal at token `start` is joined to another one ("the 29th and 31st
    /// summits", « les 29e et 31e sommets »): editions named together may be any.
    private static func isPaired(_ start: Int, in sentence: Range<Int>, word: (Int) -> String) -> Bool {
        [start - 1, start + 1].contains { sentence.contains($0) && EditionNumberClaimBuilder.pairJoiners.contains(word($0)) }
    }

    /// Whether no sentence before `sentence` ends in a period: the sentence is the text's lede,
    /// after a title at most. Read back from the sentence to the nearest period.
    private static func opensText(_ sentence: Range<Int>, in tokens: [Token]) -> Bool {
        !(0..<sentence.lowerBound).reversed().contains { tokens[$0].text == "." }
    }

    /// Words before the article of a noun, folded: "to" before them is a preposition ("went to
    /// the festival"), not the mark of an infinitive.
    static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "my", "your",
    ]

    /// Whether token `index`, before the claim at `start`, opens an infinitive of purpose: "to" and
    /// a word that is no determiner nor number ("signed a deal to meet at the 42nd"), « pour » or
    /// « afin de » and an infinitive (« se sont réunis pour préparer la 42e »), a time ahead of
    /// the verb's, which may be the next edition's.
    private static func isInfinitiveOfPurpose(
        at index: Int, before start: Int, in document: Document, word: (Int) -> String
    ) -> Bool {
        guard index + 1 < start, document.tokens[index + 1].kind == .word else { return false }
        let next = word(index + 1)
        switch document.language {
        case .en:
            return word(index) == "to" && !determiners.contains(next)
        case .fr:
            let opensPurpose = word(index) == "pour" || (word(index) == "de" && index > 0 && word(index - 1) == "afin")
            return opensPurpose && ["er", "ir", "re"].contains { next.hasSuffix($0) }
        }
    }

    /// The edition a ``publicationTime(isPast:opensText:)`` anchor finds on `published`: the one under way
    /// or within ``nearDays``; else, in the present, the first one starting within ``soonDays``.
    static func publicationTimeEdition(among editions: [ReferenceEdition], published: CalendarDate, isPast: Bool)
        -> ReferenceEdition?
    {
        if let current = Self.current.edition(among: editions, published: published) { return current }
        guard !isPast else { return nil }
        let soon = editions.compactMap { edition in days(of: edition).map { (edition, $0.lowerBound) } }
            .filter { $0.1 > published && $0.1 <= published.adding(days: soonDays) }
        return soon.count == 1 ? soon[0].0 : nil
    }

    /// Whether the rule may report an ordinal `number` against `edition`, found by this anchor:
    /// any ordinal for other anchors; for ``publicationTime(isPast:opensText:)`` one at most
    /// ``publicationTimeReach`` off, and in the past only one above.
    func reports(_ number: Int, against edition: ReferenceEdition) -> Bool {
        guard case .publicationTime(let isPast, let opensText) = self else { return true }
        return abs(number - edition.number) <= Self.publicationTimeReach
            && (!isPast || number > edition.number || (opensText && number == edition.number - 1))
    }
}
