import FactDeskKit

/// A length in days broken down, after a colon, into parts in days that do not add up: « huit
/// jours de salon : quatre journées pour les professionnels, suivies de trois jours pour le
/// public », "six days of shows: two days for traders, then three days for the public". A
/// breakdown counts days one by one, so « huit jours » there is eight, not a week. The parts
/// must be the sentence's last lengths, each opening its clause (the first right after the
/// colon, the others after "then", « puis », « suivies de », "and"), with no other number
/// between them and no other day told after them.
extension RestatedDurationMismatchRule {
    /// Words that bring in the next part, folded.
    static let partJoiners: Set<String> = [
        "puis", "suivies", "suivie", "suivis", "suivi", "et", "then", "followed", "and", "plus",
    ]
    /// Words of days that a part the extractor does not read may be told in, folded: « une journée ».
    static let dayWords: Set<String> = ["jour", "jours", "journee", "journees", "day", "days"]
    /// How many tokens before a part its joining word may be: « , suivies de trois jours ».
    static let joinerReach = 3

    func partsFindings(in check: DateCheck) -> [Finding] {
        let durations = check.durations
        guard durations.count >= 3 else { return [] }
        var findings: [Finding] = []
        var index = 0
        while index < durations.count {
            guard let parts = Self.parts(after: index, in: durations, check: check) else {
                index += 1
                continue
            }
            let total = durations[index]
            let amounts = parts.compactMap { Self.days(of: $0) }
            if let stated = Self.days(of: total), amounts.count == parts.count, amounts.reduce(0, +) != stated,
                let last = parts.last
            {
                let span = total.span.union(last.span)
                findings.append(
                    check.finding(
                        descriptor, at: span,
                        message: check.wording.durationParts(
                            quoted: total.text, parts: parts.map(\.text), sum: amounts.reduce(0, +)),
                        evidence: [
                            Evidence(
                                statement: "\(parts.map(\.text).joined(separator: " + ")) = \(amounts.reduce(0, +)) days, "
                                    + "not \(stated)")
                        ]))
            }
            index += parts.count + 1
        }
        return findings
    }

    /// The parts told after the colon that follows the length `durations[index]` in its sentence,
    /// when they are a breakdown of it.
    private static func parts(after index: Int, in durations: [Mention], check: DateCheck) -> [Mention]? {
        let total = durations[index]
        let sentenceIndex = check.document.sentenceIndex(of: total.span.start)
        let sentence = check.document.sentences[sentenceIndex].tokens
        let end = check.document.tokenRange(of: total.span).upperBound
        let following = durations[(index + 1)...].prefix { check.document.sentenceIndex(of: $0.span.start) == sentenceIndex }
        guard following.count >= 2, let firstPart = following.first else { return nil }
        let partStart = check.document.tokenIndex(from: firstPart.span.start)
        // The colon right before the first part, and no number between the length and it.
        guard partStart - 1 > end, check.tokens[partStart - 1].text == ":",
            !(end..<partStart).contains(where: { check.tokens[$0].kind == .number })
        else { return nil }
        var previousEnd = check.document.tokenRange(of: firstPart.span).upperBound
        for part in following.dropFirst() {
            let start = check.document.tokenIndex(from: part.span.start)
            guard !(previousEnd..<start).contains(where: { check.tokens[$0].kind == .number }),
                (max(previousEnd, start - joinerReach)..<start).contains(where: { partJoiners.contains(check.word($0)) })
            else { return nil }
            previousEnd = check.document.tokenRange(of: part.span).upperBound
        }
        // No other day told after the parts (« et une journée de clôture »).
        guard !(previousEnd..<sentence.upperBound).contains(where: {
            dayWords.contains(check.word($0)) || check.tokens[$0].kind == .number
        })
        else { return nil }
        return Array(following)
    }

    /// A length's whole days, for a length in days.
    private static func days(of duration: Mention) -> Int? {
        guard case .duration(let amount, .day) = duration.value else { return nil }
        return DurationContext.wholeNumber(amount)
    }
}

extension DateWording {
    /// "« huit jours » : les parties données ensuite (« quatre journées », « trois jours ») font sept jours."
    func durationParts(quoted words: String, parts: [String], sum: Int) -> String {
        let listed = parts.map(quoted).joined(separator: ", ")
        return language == .fr
            ? quoted(words) + colon + "les parties données ensuite (\(listed)) font \(numberInWords(sum)) jours."
            : quoted(words) + colon + "the parts given after it (\(listed)) make \(numberInWords(sum)) days."
    }
}
