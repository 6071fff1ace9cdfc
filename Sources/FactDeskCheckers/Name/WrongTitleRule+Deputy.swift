import FactDeskKit
import FactDeskReference

/// A deputy's title written for the holder of the title itself: « le vice-président de la
/// Commission, X » when X presides over the Commission on the publication date, "INTERPOL
/// Deputy Secretary General X" for its Secretary General.
extension WrongTitleRule {
    /// A finding for a title made a deputy's by its only qualifiers (``WrittenTitle/deputyWord``)
    /// when, on the publication date, the person holds the title itself of the organisation or
    /// country written with it (in the title, after it, or before it in English), has never held
    /// a deputy's title there by the reference data, and the sentence names no other year; `nil`
    /// otherwise (a past, future or acting title, a deputy's title elsewhere, no date).
    static func deputyFinding(
        _ title: WrittenTitle, readings: [[String]], of person: NameRecord, _ subject: String, in check: NameCheck,
        book: NameBook, descriptor: RuleDescriptor
    ) -> Finding? {
        guard let deputy = title.deputyWord, let day = check.document.published,
            !person.roles.contains(where: isDeputyRole), !namesOtherYear(around: title.span, in: check.document, than: day)
        else { return nil }
        let written = writtenBody(of: title, in: book)
        let held = person.roles.filter { role in
            guard role.isHeld(on: day) else { return false }
            if let written {
                return isOf(role, written, in: book) && readings.contains { RoleTitles.title(of: role, matches: $0) }
            }
            return readings.contains { words in RoleTitles.title(of: role, is: words) && namesItsBody(words) }
        }
        guard !held.isEmpty else { return nil }
        let language = check.document.language
        let span = deputy.union(title.span)
        let titles = held.compactMap { $0.title[language] ?? $0.title.values.first }
        let capitalised = check.document.text(in: span).first?.isUppercase == true
        return check.finding(
            descriptor, span: span,
            message: check.wording.deputyTitle(
                check.document.text(in: span), person: name(of: person, subject, in: language), titles: titles, on: day),
            suggestions: titles.map { capitalised ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 },
            evidence: evidence(held, of: person, subject: subject))
    }

    /// Whether a role's title holds a deputy's word (« vice-président », "Deputy Prime Minister").
    private static func isDeputyRole(_ role: ReferenceRole) -> Bool {
        role.title.values.contains { title in
            NameFolding.tokens(title).contains { WrittenTitle.deputyWords.contains($0) }
        }
    }

    /// The organisation or country the reference data names in the words written after a title,
    /// or in English before it, or by the nationality written with it; `nil` when none is
    /// written or the data names none.
    private static func writtenBody(of title: WrittenTitle, in book: NameBook) -> NameRecord? {
        if let complement = title.complement {
            guard let named = book.firstRecord(foldedAs: complement), named.kind == .place || named.kind == .organization
            else { return nil }
            return named
        }
        if let nationality = title.nationality { return DemonymPlace.place(of: nationality.text, in: book) }
        // "Ukrainian Vice President X": a nationality before the deputy's word.
        return title.organizationBefore.flatMap { words in
            body(words, in: book)?.record ?? (words.count == 1 ? DemonymPlace.place(of: words[words.startIndex].text, in: book) : nil)
        }
    }

    /// Whether a title's words name the body it is of (« présidente de l’Office du port »,
    /// "Chair of the Harbour Board"), not only a rank ("President").
    private static func namesItsBody(_ words: [String]) -> Bool {
        words.flatMap(NameFolding.tokens).contains { bodyConnectors.contains($0) }
    }

    /// The words that join a title to the body it is of, folded.
    private static let bodyConnectors: Set<String> = ["de", "du", "des", "d", "of"]

    /// Whether the sentence of a span writes a year other than the publication date's (« en
    /// 2010, le vice-président X »): the title may be one the person held then.
    private static func namesOtherYear(around span: Span, in document: Document, than day: CalendarDate) -> Bool {
        let sentence = document.sentences[document.sentenceIndex(of: span.start)]
        return document.tokens[sentence.tokens].contains { token in
            guard token.kind == .number, token.text.count == 4, let year = Int(token.text) else { return false }
            return (1900...2100).contains(year) && year != day.year
        }
    }

    /// Examples of a deputy's title written for the holder of the title itself.
    static let deputyExamples: [RuleExample] = [
        example("Hier, le ⟦vice-président⟧ de la Russie, Vladimir Putin, a parlé.", .fr),
        example("Hier, la ⟦vice-présidente du gouvernement⟧ espagnol, Lucía Ortega, a parlé.", .fr),
        example("Valdecy Urquiza, the ⟦deputy secretary general⟧ of INTERPOL, spoke.", .en),
        example("INTERPOL ⟦Deputy Secretary General⟧ Valdecy Urquiza spoke.", .en),
        example("Russian ⟦Vice-President⟧ Vladimir Putin spoke.", .en),
        example("Hier, le ⟦vice-président⟧ russe Vladimir Putin a parlé.", .fr),
        example("Hier, le vice-président Vladimir Putin a parlé.", .fr),
        example("Hier, Valdecy Urquiza, ⟦secrétaire général adjoint⟧ d’INTERPOL, a parlé.", .fr),
        example("Hier, le ⟦secrétaire général adjoint⟧ d’INTERPOL Valdecy Urquiza a parlé.", .fr),
        example("Hier, Valdecy Urquiza, secrétaire général adjoint de l’EU Police College, a parlé.", .fr),
        example("Russian ⟦Deputy President⟧ Vladimir Putin spoke.", .en),
        example("Hier, le vice-président de la Russie, Kwame Asante, a parlé.", .fr),
        example("En 2010, le vice-président de la Russie, Vladimir Putin, a parlé.", .fr),
        example("Hier, l’ancien vice-président de la Russie, Vladimir Putin, a parlé.", .fr),
        example("Deputy Secretary General Valdecy Urquiza spoke.", .en),
        example("Valdecy Urquiza, the deputy secretary general of the EU Police College, spoke.", .en),
        example("Former INTERPOL Deputy Secretary General Valdecy Urquiza spoke.", .en),
    ]

    private static func example(_ text: String, _ language: Language) -> RuleExample {
        RuleExample(text, language: language, published: NameExamples.published, reference: NameExamples.reference)
    }
}
