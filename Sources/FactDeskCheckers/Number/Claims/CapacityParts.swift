import FactDeskKit
import Foundation

/// Counts larger than the capacity written in their sentence: "With 712 seats, Labour won a
/// majority in the 650-seat Parliament". A capacity ("650-seat", "27-member") is the whole of
/// every other count of its property in the sentence.
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
}
