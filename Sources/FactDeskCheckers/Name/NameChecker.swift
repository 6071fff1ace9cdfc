import FactDeskKit

/// Checker `name`: names of people, organisations and places against the reference data's
/// spellings and roles, in French and English.
///
/// Reads the name candidates of ``NameExtractor`` and the reference data of the context (when
/// it conforms to ``NameRecords``); the fuzzy index of the reference names is built once per
/// reference data and kept for the run (``NameBookCache``). Without reference data, only the
/// rules that need none report: `inconsistent-spelling` and `mixed-script`. Names written
/// without their accents are reported in French drafts (`missing-accent`) and accepted in
/// English ones, unless the run turns on `folded-accents` (a workspace's `strict-accents: true`),
/// which reports them in every draft.
public struct NameChecker: Checker {
    /// The checker's id.
    static let id = "name"

    /// The rules, in the order `factdesk checkers` lists them.
    static let rules: [any NameRule] = [
        MisspelledNameRule(), TransliteratedNameRule(), MissingAccentRule(), FoldedAccentsRule(), InconsistentSpellingRule(),
        WrongTitleRule(),
        UnknownNameRule(), MixedScriptRule(),
    ]

    private let books = NameBookCache()

    /// Creates the checker.
    public init() {}

    /// The checker's id, version and rules, with their examples.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: Self.id, version: "0.1.0",
            summary: "Names: misspelt or inconsistent names, wrong titles, mixed scripts, against the reference data.",
            languages: [.fr, .en], rules: Self.rules.map(\.descriptor))
    }

    /// Checks the names of one document against the context's reference data.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let book = (context.reference as? any NameRecords).map { books.book(for: $0) }
        let check = NameCheck(
            document: document, candidates: context.mentions(.name), book: book,
            strictAccents: context.reports(FoldedAccentsRule.descriptor, of: Self.id))
        return Self.rules.filter { context.reports($0.descriptor, of: Self.id) && context.runs($0.descriptor) }
            .flatMap { $0.findings(in: check) }
    }
}
