import FactDeskKit

/// Rates that are not their parts' ratio: beside their parts in one sentence (``RateParts``), or a
/// turnout and its counts given apart in one paragraph (``TurnoutFigures``).
extension InternalInconsistencyRule {
    func rateFindings(in check: NumberCheck) -> [Finding] {
        let beside = RateParts(check: check).mismatches() + SpoiltShares(check: check).mismatches()
        let besideFindings = beside.map { mismatch in
            check.finding(
                descriptor, at: mismatch.span,
                message: check.wording.rateMismatch(
                    quoted: check.document.text(in: mismatch.span), part: mismatch.part, whole: mismatch.whole))
        }
        // A rate read beside its parts is reported once, as that reading.
        let apart = check.turnouts.rateMismatches().filter { mismatch in
            !beside.contains { $0.span.overlaps(mismatch.rate.mention.span) }
        }
        return besideFindings
            + apart.map { mismatch in
                let rate = mismatch.rate.mention
                return check.finding(
                    descriptor, at: rate.span,
                    message: check.wording.rateMismatch(
                        quoted: rate.text, part: ClaimBuilder.writtenValue(mismatch.voters.mention),
                        whole: ClaimBuilder.writtenValue(mismatch.registered.mention)),
                    evidence: [check.turnoutEvidence(part: mismatch.voters.span, whole: mismatch.registered.span)])
            }
    }
}
