import FactDeskKit

/// The year a sentence gives the edition it speaks of, written beside an edition noun or the name
/// of a series, event or body of the reference data: « l’édition 2026 du salon », "the 2026 edition",
/// « la Coupe des Lacs 2026 », "the 2026 Lakes Cup", or after a short name the reference data need
/// not hold ("the Ronde 2026"). Silent when the sentence writes another year.
struct EditionYear {
    var year: Int
    var evidence: Evidence

    /// Nouns of an edition a year may stand beside, folded.
    static let editionNouns: Set<String> = ["edition", "editions", "season", "saison", "millesime", "cru"]

    /// The one edition year of sentence `index`, or `nil`.
    static func of(sentence index: Int, check: DateCheck) -> EditionYear? {
        let sentence = check.document.sentences[index]
        let years = sentence.tokens.filter { check.tokens[$0].isModernYear }
        // Each kind's mentions are in text order: searched apart, never joined.
        let dated = check.mentions(check.dates, in: sentence.span) + check.mentions(check.ranges, in: sentence.span)
        guard years.count == 1, let position = years.first,
            !dated.contains(where: { Self.hasYear($0) && $0.span != check.tokens[position].span })
        else { return nil }
        // A person or a place named with a year ("Paris 2026") is no edition.
        let named = check.names.subjects(inSentence: index).filter {
            $0.subject.kind != .person && $0.subject.kind != .place
        }
        let besideName = named.contains { $0.tokens.upperBound == position || $0.tokens.lowerBound == position + 1 }
        let besideNoun =
            editionNouns.contains(check.word(position - 1))
            || position + 1 < sentence.tokens.upperBound && editionNouns.contains(check.word(position + 1))
        // A name of the reference data that holds the year is read as the event's own.
        let inName = check.names.subjects(inSentence: index).contains { $0.tokens.contains(position) }
        guard besideName || besideNoun || (!inName && isAfterShortName(position, sentence: sentence, check: check)),
            let year = Int(check.tokens[position].text)
        else { return nil }
        let evidence = Evidence(statement: "the sentence names the edition of \(year)")
        return EditionYear(year: year, evidence: evidence)
    }

    /// Words before a short name an edition year follows, folded: "the Ronde 2026", « de la Ronde 2026 ».
    private static let shortNameOpeners: Set<String> = ["the", "du", "le", "la", "au", "l'"]

    /// Whether the year at `position` follows a capitalised word after an article, a name the
    /// reference data need not hold ("the ski station of the Ronde 2026", « la station de la
    /// Ronde 2026 »).
    private static func isAfterShortName(_ position: Int, sentence: Sentence, check: DateCheck) -> Bool {
        let name = position - 1
        return name - 1 >= sentence.tokens.lowerBound && check.tokens[name].kind == .word
            && WordFolding.isCapitalised(check.tokens[name].text) && shortNameOpeners.contains(check.word(name - 1))
    }

    /// Whether a date or range mention writes its year.
    private static func hasYear(_ mention: Mention) -> Bool {
        switch mention.value {
        case .date(let date, _): date.year != nil
        case .dateRange(let start, let end, _, _): start.year != nil || end.year != nil
        default: false
        }
    }
}
