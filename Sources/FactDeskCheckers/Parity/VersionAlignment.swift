import FactDeskKit

/// Two versions of a story lined up to be read side by side: the paragraphs the parity checker
/// aligns, and where each of its findings on either version points in the other one.
public struct VersionAlignment: Sendable, Equatable {
    /// A paragraph of the draft and the paragraph of the other version aligned with it.
    public struct Pair: Sendable, Hashable {
        /// The draft's paragraph.
        public let ours: Span
        /// The other version's paragraph.
        public let theirs: Span

        /// Creates a pair.
        public init(ours: Span, theirs: Span) {
            self.ours = ours
            self.theirs = theirs
        }
    }

    /// The aligned paragraphs, in order in both versions; a paragraph in no pair has no
    /// counterpart in the other version.
    public let pairs: [Pair]
    /// For the span of each parity finding on the draft, the span it points to in the other
    /// version: the other value or spelling, or the aligned paragraph for a fact it lacks.
    public let oursTargets: [Span: Span]
    /// The same for the other version's findings, pointing into the draft.
    public let theirsTargets: [Span: Span]
}

extension ParityChecker {
    /// Lines up a draft and its counterpart as the checker compares them, each way.
    /// - Parameters:
    ///   - document: the draft.
    ///   - mentions: what the extractors saw in the draft.
    ///   - counterpart: the other version, with its mentions.
    ///   - reference: the reference data names are resolved against, if any.
    public func alignment(
        of document: Document, mentions: [Mention], with counterpart: Counterpart, reference: (any ReferenceLookup)?
    ) -> VersionAlignment {
        let book = book(of: reference)
        let ours = ParityVersion(document: document, mentions: mentions, book: book)
        let theirs = ParityVersion(document: counterpart.document, mentions: counterpart.mentions, book: book)
        let forward = ParityComparison(ours: ours, theirs: theirs)
        let backward = ParityComparison(ours: theirs, theirs: ours)
        return VersionAlignment(
            pairs: forward.pairs.map { VersionAlignment.Pair(ours: ours.paragraphs[$0].span, theirs: theirs.paragraphs[$1].span) },
            oursTargets: forward.targets, theirsTargets: backward.targets)
    }
}

extension ParityComparison {
    /// Where each divergence points in the other version, by the span of the draft's fact.
    var targets: [Span: Span] {
        var targets: [Span: Span] = [:]
        for divergence in divergences {
            switch divergence.outcome {
            case .otherValue(let other), .otherSpelling(let other): targets[divergence.fact.span] = other.span
            case .missing: targets[divergence.fact.span] = divergence.paragraph
            }
        }
        return targets
    }
}
