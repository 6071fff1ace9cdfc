/// How much of a draft a rule reads to report on one paragraph: what lets the language server
/// check again only the paragraphs that changed.
public enum RuleScope: String, Sendable, Hashable, Codable {
    /// The rule's findings in a paragraph depend only on that paragraph — its text, tokens,
    /// sentences and the mentions the extractors saw in it — and on what the whole draft shares:
    /// its language, its publication date and where that date came from, the reference data and
    /// the run's settings. It reports only inside the paragraph whose mentions it read, and
    /// never reads another paragraph, the counterpart, or the mentions of the whole draft.
    case paragraph
    /// The rule may read the whole draft: it compares paragraphs (`name/inconsistent-spelling`,
    /// `number/internal-inconsistency`), looks back to earlier sentences, or reads the
    /// counterpart. It always sees the whole draft. The default, for every rule that does not
    /// declare a scope (rule packs, external plugins, checker modules).
    case document
}
