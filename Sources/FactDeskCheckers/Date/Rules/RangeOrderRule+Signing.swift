import FactDeskKit

/// A text's entry into force dated before its signing: « Signée le 12 mai 1990, la charte n’est
/// entrée en vigueur qu’en 1989 », "Signed in 2007, the treaty came into force in 2005".
/// The signing's date follows a word of signing within a few words, the entry into force's a
/// word of it ("into force", « en vigueur », "took effect"), in the same sentence or the next; a
/// year alone is compared as a year.
extension RangeOrderRule {
    /// Words of signing, folded.
    static let signingWords: Set<String> = [
        "signed", "signing", "signe", "signee", "signes", "signees", "signature",
    ]
    /// Words of an entry into force, folded: "came into force", « est entrée en vigueur », "took effect".
    static let forceWords: Set<String> = ["force", "vigueur", "effect"]
    /// How many tokens before a date its word of signing or of force may be.
    static let lifeWordReach = 5

    /// The entries into force dated before their signing.
    func signingFindings(_ check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        var signing: (mention: Mention, date: PartialDate, sentence: Int)?
        for mention in check.dates {
            guard case .date(let date, _) = mention.value, date.year != nil else { continue }
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            let first = check.document.tokenIndex(from: mention.span.start)
            let lower = max(check.document.sentences[sentence].tokens.lowerBound, first - Self.lifeWordReach)
            let before = (lower..<first).map { check.word($0) }
            if before.contains(where: Self.signingWords.contains) {
                signing = (mention, date, sentence)
            } else if before.contains(where: Self.forceWords.contains), let signed = signing {
                // One entry into force for one signing: a later one is another text's.
                signing = nil
                guard sentence - signed.sentence <= 1, Self.isEarlier(date, than: signed.date) else { continue }
                let span = RangeDurationMismatchRule.paragraphSpan(mention, signed.mention, check: check)
                findings.append(
                    check.finding(
                        descriptor, at: span,
                        message: check.wording.rangeOrder(
                            quoted: check.document.text(in: span), start: signed.date, end: date),
                        evidence: [Evidence(statement: "in force from \(date), before the signing on \(signed.date)")]))
            }
        }
        return findings
    }

    /// Whether `date` lies before `other` whatever their missing parts: by year when either has no day.
    private static func isEarlier(_ date: PartialDate, than other: PartialDate) -> Bool {
        guard let year = date.year, let otherYear = other.year else { return false }
        if year != otherYear || date.day == nil || other.day == nil { return year < otherYear }
        guard let day = date.calendarDate, let otherDay = other.calendarDate else { return false }
        return day < otherDay
    }
}
