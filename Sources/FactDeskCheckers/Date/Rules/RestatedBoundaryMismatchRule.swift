import FactDeskKit

/// Rule `restated-boundary-mismatch` (warning): an event's range of days, or its first and last
/// days given apart in one sentence (« s’ouvre le 18 mai et se termine le 27 mai »), and, in the
/// same sentence or the next, its opening or closing day given again, on another day (« du 9 au
/// 12 juin … La clôture, le 13 juin », "runs June 9-12. It will close on June 14", "opens May 18
/// and runs through May 27. It closes on May 28").
///
/// The second mention must be the same event's: an opening or closing word right before the
/// date (« s’ouvrira », « clôture », "closes", "wraps up"), in the range's sentence or in the next
/// one of its paragraph when that one speaks of the event again — a pronoun first ("Il", "It"),
/// an event noun, or « la clôture » / "the closing" itself. "Registration closes on June 1" is
/// something else, as is "the weekend starting Friday, June 12" (``BoundaryWord/partsOfTime``).
struct RestatedBoundaryMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "restated-boundary-mismatch", severity: .warning,
        summary: "An event's opening or closing day that disagrees with the range of days the text gives it.",
        examples: [
            RuleExample("Le festival se tient du 9 au 12 juin. La clôture, le ⟦13 juin⟧, sera festive.", language: .fr),
            RuleExample("The fair runs June 9-12. It will close on ⟦June 14⟧.", language: .en),
            RuleExample("The summit, held March 3-5, opened on ⟦March 2⟧ with a dinner.", language: .en),
            RuleExample("Du 3 au 8 mars, le salon accueille le public. Il s’ouvrira le ⟦4 mars⟧.", language: .fr),
            RuleExample("Le festival se tient du 9 au 12 juin. La clôture, le 12 juin, sera festive.", language: .fr),
            RuleExample("The fair runs June 9-12. It will close on June 12.", language: .en),
            RuleExample("The fair opens on June 9 and runs through June 12. It closes on ⟦June 13⟧.", language: .en),
            RuleExample("The fair opens on June 9 and runs through June 12. It closes on June 12.", language: .en),
            RuleExample(
                "Le salon s’ouvre le 9 juin et se termine le 12 juin. Il fermera ses portes le ⟦14 juin⟧.",
                language: .fr),
            RuleExample(
                "Le salon s’ouvre le 9 juin et se termine le 12 juin. Il fermera ses portes le 12 juin.",
                language: .fr),
            RuleExample(
                "The fair opens on June 9 and runs through June 12. Its ticket office closes on June 2.",
                language: .en),
            RuleExample("The fair runs June 9-12. Registration closes on June 1.", language: .en),
            // A stretch within the event, opening on its own day.
            RuleExample(
                "The fair runs June 9-14, with most concerts on the weekend starting Friday, June 12.", language: .en),
            RuleExample("Le salon se tient du 3 au 8 mars, la semaine ouverte le 5 mars étant réservée aux écoles.", language: .fr),
            RuleExample("The fair runs June 9-12. It opened its ticket office on May 2.", language: .en),
            RuleExample("Le salon se tient du 3 au 8 mars. Les inscriptions ouvriront le 1er février.", language: .fr),
            RuleExample("The summit runs March 3-5, 2026. The previous summit opened on March 9, 2025.", language: .en),
        ])

    /// Nouns of an event's first or last day, folded: « la clôture », "the closing".
    static let boundaryNouns: Set<String> = ["cloture", "ouverture", "closing", "opening"]
    /// Pronouns that, first in a sentence, speak of the event just named, folded.
    static let pronouns: Set<String> = ["il", "elle", "it", "celui-ci", "celle-ci"]

    func findings(in check: DateCheck) -> [Finding] {
        guard check.dates.count + check.ranges.count >= 2 else { return [] }
        var findings: [Finding] = []
        for range in check.ranges {
            guard case .dateRange(let start, let end, _, _) = range.value, start.month != nil, start.day != nil,
                end.month != nil, end.day != nil, !RangeOrderRule.isReversed(start, end)
            else { continue }
            findings += restatements(of: (start, end), given: range.text, before: range.span.end, check: check)
        }
        findings += pairFindings(in: check)
        return findings
    }

    /// The first and last days given apart in one sentence (``OpeningClosingDates``: « s’ouvre le
    /// 18 mai et se termine le 27 mai », "opens May 18 and runs through May 27") and restated after.
    private func pairFindings(in check: DateCheck) -> [Finding] {
        var findings: [Finding] = []
        var previous = -1
        for (index, mention) in check.dates.enumerated() where index + 1 < check.dates.count {
            let sentence = check.document.sentenceIndex(of: mention.span.start)
            guard sentence != previous, check.document.sentenceIndex(of: check.dates[index + 1].span.start) == sentence
            else { continue }
            previous = sentence
            guard let pair = OpeningClosingDates.pair(inSentence: sentence, check: check),
                case .date(let start, _) = pair.opening.value, case .date(let end, _) = pair.closing.value
            else { continue }
            findings += restatements(
                of: (start, end), given: "\(pair.opening.text) … \(pair.closing.text)", before: pair.closing.span.end,
                check: check)
        }
        return findings
    }

    /// The opening or closing days given again after `offset`, in the sentence there or the next
    /// one of its paragraph, on another day than `days`.
    private func restatements(
        of days: (start: PartialDate, end: PartialDate), given text: String, before offset: Int, check: DateCheck
    ) -> [Finding] {
        let document = check.document
        let sentence = document.sentenceIndex(of: offset - 1)
        let paragraph = document.paragraphIndex(of: offset - 1)
        var findings: [Finding] = []
        for mention in check.dates[check.dates.partitionPoint { $0.span.start >= offset }...] {
            let other = document.sentenceIndex(of: mention.span.start)
            guard other <= sentence + 1 else { break }
            guard case .date(let date, _) = mention.value, date.month != nil, date.day != nil,
                document.paragraphIndex(of: mention.span.start) == paragraph,
                other == sentence || Self.speaksOfEvent(sentence: other, check: check),
                let opens = Self.boundary(before: mention, check: check)
            else { continue }
            let expected = opens ? days.start : days.end
            guard !Self.sameDay(date, expected) else { continue }
            // "the previous summit opened on March 9, 2025": another year written, another edition.
            if let year = date.year, let expectedYear = expected.year, year != expectedYear,
                mention.text.contains(String(year))
            {
                continue
            }
            findings.append(
                check.finding(
                    descriptor, at: mention.span,
                    message: check.wording.restatedBoundary(quoted: mention.text, opens: opens, range: text, day: expected),
                    evidence: [Evidence(statement: "the text gives \(days.start) to \(days.end) (\(text))")]))
        }
        return findings
    }

    /// Whether sentence `index` speaks of the event again: a pronoun first, an event noun, or a
    /// noun of its opening or closing.
    private static func speaksOfEvent(sentence index: Int, check: DateCheck) -> Bool {
        let tokens = check.document.sentences[index].tokens
        guard let first = tokens.first(where: { check.tokens[$0].kind == .word }) else { return false }
        if pronouns.contains(check.word(first)) { return true }
        return tokens.contains { EventWords.nouns.contains(check.word($0)) || boundaryNouns.contains(check.word($0)) }
    }

    /// Whether an opening (`true`) or a closing (`false`) word governs the date
    /// (``BoundaryWord``), or `nil`.
    private static func boundary(before mention: Mention, check: DateCheck) -> Bool? {
        if BoundaryWord.governs(mention, oneOf: openingWords, check: check) { return true }
        if BoundaryWord.governs(mention, oneOf: closingWords, check: check) { return false }
        return nil
    }

    static let openingWords = EventBoundaryWeekday.openingVerbs.union(["ouverture", "opening"])
    static let closingWords = EventBoundaryWeekday.closingVerbs.union(["cloture", "closing"])

    private static func sameDay(_ date: PartialDate, _ other: PartialDate) -> Bool {
        date.month == other.month && date.day == other.day
    }
}

extension DateWording {
    /// "« 13 juin » : le texte donne l’événement du 9 au 12 juin ; il se clôt le 12 juin."
    func restatedBoundary(quoted words: String, opens: Bool, range: String, day: PartialDate) -> String {
        let when = date(PartialDate(month: day.month, day: day.day))
        return language == .fr
            ? quoted(words) + colon
                + "le texte donne l’événement \(quoted(range)) ; il \(opens ? "s’ouvre" : "se clôt") le \(when)."
            : quoted(words) + colon
                + "the text gives the event as \(quoted(range)); it \(opens ? "opens" : "closes") on \(when)."
    }
}
