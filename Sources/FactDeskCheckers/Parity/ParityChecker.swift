import FactDeskKit

/// Checker `parity`: a draft against its version in another language, when it has one (front
/// matter `translation-of:` or `translations:`, the workspace's `NAME.fr.md` / `NAME.en.md`,
/// or `factdesk check --counterpart`).
///
/// Both versions are read through the same extractors, so « 1 200 » and "1,200", « 93e » and
/// "93rd", « 24 novembre » and "November 24" are one value. Paragraphs are aligned first (order,
/// length, shared facts), then the facts of aligned paragraphs; names are resolved against the
/// reference data, as the name checker resolves them, else compared by their folded spelling.
/// Each version's check reports on its own words; a draft without counterpart gets no finding.
public struct ParityChecker: Checker {
    /// The checker's id.
    public static let id = "parity"

    /// The rules, in the order `factdesk checkers` lists them.
    static let rules: [any ParityRule] = [ValueMismatchRule(), NameMismatchRule(), MissingFactRule()]

    private let books = NameBookCache()

    /// Creates the checker.
    public init() {}

    /// The checker's id, version and rules, with their examples.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: Self.id, version: "0.1.0",
            summary: "Translations: figures, dates and names that a draft's other-language version states otherwise or leaves out.",
            languages: [.fr, .en], rules: Self.rules.map(\.descriptor))
    }

    /// Compares a document with the context's counterpart; nothing when it has none.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        guard let counterpart = context.counterpart else { return [] }
        let book = book(of: context.reference)
        let comparison = ParityComparison(
            ours: ParityVersion(document: document, mentions: context.mentions, book: book),
            theirs: ParityVersion(document: counterpart.document, mentions: counterpart.mentions, book: book))
        let check = ParityCheck(
            comparison: comparison,
            wording: ParityWording(language: document.language, otherLanguage: counterpart.document.language))
        return Self.rules.filter { context.reports($0.descriptor, of: Self.id) }.flatMap { $0.findings(in: check) }
    }

    /// The reference names that names are resolved against, built once per reference data.
    func book(of reference: (any ReferenceLookup)?) -> NameBook? {
        (reference as? any NameRecords).map { books.book(for: $0) }
    }
}

/// A draft compared with its counterpart, as the parity rules read it.
struct ParityCheck {
    let comparison: ParityComparison
    let wording: ParityWording

    /// The draft.
    var document: Document { comparison.ours.document }
    /// The other version.
    var other: Document { comparison.theirs.document }

    /// A finding of the parity checker on the draft.
    func finding(_ rule: RuleDescriptor, at fact: ParityFact, message: String, suggestions: [String] = [], evidence: [Evidence])
        -> Finding
    {
        document.finding(
            checker: ParityChecker.id, rule: rule.id, severity: rule.severity, span: fact.span, message: message,
            suggestions: suggestions, evidence: evidence)
    }
}

/// One rule of the parity checker: its description with examples, and its findings in a draft
/// compared with its counterpart.
protocol ParityRule: Sendable {
    /// The rule's id, severity, summary and examples.
    var descriptor: RuleDescriptor { get }

    /// The rule's findings in one draft.
    func findings(in check: ParityCheck) -> [Finding]
}
