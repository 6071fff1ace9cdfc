import FactDeskKit
import Foundation

/// Finds one rule's findings in a document's text.
struct PackRuleMatcher {
    let rule: PackRule
    /// The message template in the document's language.
    let message: MessageTemplate
    let text: PackText
    /// The pack's id, the checker of the findings.
    let checker: String

    /// `term`: each rejected word, unless it is written as the preferred form or is part of the
    /// preferred form written at that place (`Covid` in `Covid-19`).
    func terms(_ reject: [String], prefer: String?) -> [Finding] {
        let preferred = prefer.map { text.occurrences(of: $0) } ?? []
        let rejected = reject.flatMap { text.occurrences(of: $0) }.sorted { $0.lowerBound < $1.lowerBound }
        return rejected.compactMap { range in
            let written = text.text(range)
            if let prefer, PackText.sameSpelling(written, prefer) { return nil }
            if preferred.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) {
                return nil
            }
            return finding(range, values: ["preferred": prefer ?? ""], suggestions: prefer.map { [$0] } ?? [])
        }
    }

    /// `required-spelling`: the phrase written otherwise than exactly so.
    func requiredSpelling(_ phrase: String) -> [Finding] {
        text.occurrences(of: phrase).compactMap { range in
            PackText.sameSpelling(text.text(range), phrase)
                ? nil : finding(range, values: ["expected": phrase], suggestions: [phrase])
        }
    }

    /// `consistency`: the variants other than the first one the draft uses.
    func consistency(_ variants: [String]) -> [Finding] {
        let occurrences = variants.indices.flatMap { index in
            text.occurrences(of: variants[index]).map { (range: $0, variant: index) }
        }
        .map { occurrence in
            // Variants that differ only in case or accents match the same words: the exact one wins.
            let written = text.text(occurrence.range)
            let exact = variants.firstIndex { PackText.sameSpelling($0, written) }
            return (range: occurrence.range, variant: exact ?? occurrence.variant)
        }
        .sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard let first = occurrences.first else { return [] }
        let expected = variants[first.variant]
        var seen = Set<Int>()
        return occurrences.compactMap { occurrence in
            guard occurrence.variant != first.variant, seen.insert(occurrence.range.lowerBound).inserted else {
                return nil
            }
            return finding(occurrence.range, values: ["expected": expected], suggestions: [expected])
        }
    }

    /// `pattern`: each match, with its named captures in the message and suggestion.
    func patternFindings(_ matches: [NSTextCheckingResult], pattern: PackPattern) -> [Finding] {
        let string = text.string
        let offsets = UTF16ScalarOffsets(string)
        return matches.compactMap { match in
            guard let range = offsets.scalarRange(match.range) else { return nil }
            var values: [String: String] = [:]
            for name in pattern.captureNames {
                let capture = match.range(withName: name)
                values[name] = capture.location == NSNotFound ? "" : (string as NSString).substring(with: capture)
            }
            let written = text.document.text(in: text.span(range))
            let suggestion = pattern.suggestion.map {
                $0.fill(values.merging(["match": written]) { first, _ in first })
            }
            return finding(range, values: values, suggestions: suggestion.map { [$0] } ?? [])
        }
    }

    private func finding(_ range: Range<Int>, values: [String: String], suggestions: [String]) -> Finding {
        let span = text.span(range)
        let written = text.document.text(in: span)
        return text.document.finding(
            checker: checker, rule: rule.id, severity: rule.severity, span: span,
            message: message.fill(values.merging(["match": written]) { _, match in match }), suggestions: suggestions)
    }
}
