import FactDeskKit
import Foundation

/// Counts larger than the capacity written in their sentence: "With 712 seats, Labour won a
/// majority in the 650-seat Parliament". A capacity ("650-seat", "27-member") is the whole of
/// every other count of its property in the sentence, and of a count of its noun right before it
/// ("419 seats in the 400-seat parliament") that no claim reads.
struct CapacityParts {
    let check: NumberCheck

    /// The counts above a capacity of their sentence, with the capacity.
    func partsOverCapacity() -> [(part: Claim, capacity: Claim)] {
        var found: [(part: Claim, capacity: Claim)] = []
        var bySentence: [Int: [Claim]] = [:]
        for claim in check.claims where !claim.isPercent {
            bySentence[check.document.sentenceIndex(of: claim.span.start), default: []].append(claim)
        }
        for claims in bySentence.values {
            let capacities = claims.filter(\.isCapacity)
            guard !capacities.isEmpty else { continue }
            for claim in claims where !claim.isCapacity {
                guard let part = claim.value.lower,
                    let capacity = capacities.first(where: {
                        $0.property == claim.property && ($0.value.upper.map { part > $0 } ?? false)
                    })
                else { continue }
                found.append((claim, capacity))
            }
        }
        return found.sorted { $0.part.span.start < $1.part.span.start }
    }

    /// Between a count and a capacity of its noun right after it, the words "in the", "of the"
    /// ("won 419 seats in the 400-seat parliament"), folded.
    static let containers: Set<String> = ["in", "of"]

    /// Counts above a capacity that they stand right before, with their noun and "in the", when
    /// no claim reads them ("the party won 419 seats in the 400-seat parliament"): the span from
    /// the count to its noun, its value, and the capacity.
    func countsBeforeCapacity() -> [(span: Span, value: Decimal, capacity: Claim)] {
        let document = check.document
        let tokens = document.tokens
        return check.claims.compactMap { capacity -> (span: Span, value: Decimal, capacity: Claim)? in
            guard capacity.isCapacity, !capacity.isPercent, let whole = capacity.value.upper else { return nil }
            let start = document.tokenIndex(from: capacity.numberSpan.start)
            let noun = start - 3
            let word = document.tokenRange(of: capacity.term).upperBound - 1
            guard noun >= 1, word > start, tokens[noun - 1].kind == .number, tokens[noun].kind == .word,
                check.folded.isWord(start - 2, in: Self.containers), check.folded.isWord(start - 1, in: ["the"]),
                Fold.termWord(tokens[noun].text) == Fold.termWord(tokens[word].text),
                case let count = tokens[noun - 1].span,
                !check.claims.contains(where: { $0.numberSpan.start == count.start }),
                let mention = check.numbers.first(where: { $0.span.start == count.start && $0.span.end == count.end }),
                case .number(let value) = mention.value, mention.bound == nil, value > whole
            else { return nil }
            return (mention.span.union(tokens[noun].span), value, capacity)
        }
    }
}
