import FactDeskKit

/// Checker `honorifics`: protocol honorifics and capitalised titles before people's names —
/// "SM le Roi Mohammed VI" is written "le roi Mohammed VI" in a news article.
public struct HonorificsChecker: Checker {
    private let titles = TitleLexiconCache()

    /// Creates the checker.
    public init() {}

    /// The checker `honorifics` and its two rules.
    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: "honorifics", version: "1.0.0",
            summary: "Protocol honorifics and capitalised titles before people's names.",
            languages: [.fr, .en],
            rules: [ProtocolHonorificRule.descriptor, CapitalisedTitleRule.descriptor])
    }

    /// The protocol honorifics and capitalised titles before names in a document.
    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let words = WordSequence(document)
        return ProtocolHonorificRule.findings(in: words, checker: descriptor.id)
            + CapitalisedTitleRule.findings(
                in: words, titles: titles.lexicon(for: context.reference), checker: descriptor.id)
    }
}
