import FactDeskKit

/// One document as the name rules read it: the extractor's candidates, and the names found in
/// them, resolved against the reference data and with short forms linked.
struct NameCheck {
    /// The draft.
    let document: Document
    /// The reference names, or `nil` when the run has none: the rules that need them stay silent.
    let book: NameBook?
    /// The extractor's name candidates, in text order.
    let candidates: [Mention]
    /// The names, in text order.
    let occurrences: [NameOccurrence]
    /// The messages, in the draft's language.
    let wording: NameWording
    /// Whether names written without their accents are reported (`strict-accents`): else
    /// "Ministere" and "Ministère" are one spelling.
    let strictAccents: Bool

    /// Reads a document's name candidates against a book.
    init(document: Document, candidates: [Mention], book: NameBook?, strictAccents: Bool = false) {
        self.document = document
        self.strictAccents = strictAccents
        self.book = book
        self.candidates = candidates
        let resolver = book.map { CachingResolver(NameResolver(book: $0, language: document.language)) }
        let occurrences = NameSegmenter(document: document, resolver: resolver).occurrences(of: candidates)
        if let book {
            self.occurrences = ShortFormLinker.link(EnclosingSpelling.resolve(occurrences, in: document, book: book))
        } else {
            self.occurrences = occurrences
        }
        self.wording = NameWording(language: document.language)
    }

    /// Whether an occurrence is the last word of a text that stops without punctuation: cut off
    /// ("… then the mayor thanked Castagn"), not spelt.
    func isCutOff(_ occurrence: NameOccurrence) -> Bool {
        occurrence.tokens.upperBound == document.tokens.count - 1
    }

    /// A finding of the name checker.
    func finding(
        _ rule: RuleDescriptor, span: Span, message: String, suggestions: [String] = [], evidence: [Evidence] = []
    ) -> Finding {
        document.finding(
            checker: NameChecker.id, rule: rule.id, severity: rule.severity, span: span, message: message,
            suggestions: suggestions, evidence: evidence)
    }
}

/// One rule of the name checker: its description with examples, and how it finds problems in a
/// document read by ``NameCheck``.
protocol NameRule: Sendable {
    /// The rule's id, severity, summary and examples.
    var descriptor: RuleDescriptor { get }

    /// The rule's findings in one document.
    func findings(in check: NameCheck) -> [Finding]
}
