import FactDeskKit

/// Checker `honorifics`: protocol honorifics and capitalised titles before people's names —
/// "SM le Roi Mohammed VI" is written "le roi Mohammed VI" in a news article.
public struct HonorificsChecker: Checker {
    /// Creates the checker.
    public init() {}

    public var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: "honorifics", version: "1.0.0",
            summary: "Protocol honorifics and capitalised titles before people's names.",
            languages: [.fr, .en],
            rules: [ProtocolHonorificRule.descriptor, CapitalisedTitleRule.descriptor])
    }

    public func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        let words = WordSequence(document)
        let titles = TitleLexicon(reference: context.reference)
        return ProtocolHonorificRule.findings(in: words, checker: descriptor.id)
            + CapitalisedTitleRule.findings(in: words, titles: titles, checker: descriptor.id)
    }
}
