import FactDeskKit

/// A countdown to an event of the reference data: "June 2 marks 18 days to go before the Lake
/// Cup", "with 100 days to go before the Lake Games", « à trois semaines de l’ouverture de la
/// Coupe du Lac ». The time left runs from the date the sentence gives before the length, else
/// from the publication date, to the event's first day; it must agree with the length (a day
/// either way for days, three for weeks, half a month for months).
extension EventDurationMismatchRule {
    /// Countdowns to the 93rd General Assembly (from 24 November 2025), published on 3 November
    /// 2025, three weeks before: from the publication date or from the date before the length; not
    /// a countdown to its close.
    static let countdowns: [RuleExample] = {
        let reference = InMemoryReference([EditionDateMismatchRule.assembly])
        func example(_ text: String, _ language: Language) -> RuleExample {
            RuleExample(text, language: language, published: CalendarDate(iso: "2025-11-03"), reference: reference)
        }
        return [
            example("With ⟦two weeks⟧ to go until the INTERPOL General Assembly, delegates are packing.", .en),
            example("With three weeks to go until the INTERPOL General Assembly, delegates are packing.", .en),
            example("November 10 marks ⟦three weeks⟧ to go before the INTERPOL General Assembly.", .en),
            example("November 10 marks two weeks to go before the INTERPOL General Assembly.", .en),
            example("À ⟦deux semaines⟧ de l’ouverture de l’Assemblée générale d’INTERPOL, les délégués s’activent.", .fr),
            example("À trois semaines de l’ouverture de l’Assemblée générale d’INTERPOL, les délégués s’activent.", .fr),
            example("À deux semaines de la clôture de l’Assemblée générale d’INTERPOL, les délégués s’activent.", .fr),
            example("With two weeks to go until the end of the INTERPOL General Assembly, delegates are tired.", .en),
            example("Delegates spent two weeks in Lyon before the INTERPOL General Assembly.", .en),
            example("Le retour à deux semaines d’exposition avant l’Assemblée générale d’INTERPOL a plu.", .fr),
            example("Le discours d’il y a trois jours de la présidente de l’Assemblée générale d’INTERPOL a marqué.", .fr),
        ]
    }()

    /// The most days ahead an event may start to be the one counted down to.
    static let countdownReach = 400

    func countdownFindings(in check: DateCheck) -> [Finding] {
        guard !check.durations.isEmpty, let (published, publication) = check.publishedOrTextTime else { return [] }
        var ties: EventTies?
        return check.durations.compactMap { duration -> Finding? in
            guard case .duration(let amount, let unit) = duration.value, [.day, .week, .month].contains(unit),
                let stated = DurationContext.wholeNumber(amount), Self.isCountdown(duration, check: check)
            else { return nil }
            let from = Self.countdownStart(before: duration, check: check) ?? published
            let events = ties ?? EventTies(Self.upcoming(EventPeriods.all(in: check), after: published), check: check)
            ties = events
            guard let period = events.period(ofSentence: check.document.sentenceIndex(of: duration.span.start)),
                period.subjectID != nil
            else { return nil }
            let days = period.first.daysSinceEpoch - from.daysSinceEpoch
            guard days > 0, days <= Self.countdownReach, !Self.countdownAgrees(stated: stated, unit: unit, days: days)
            else { return nil }
            return check.finding(
                descriptor, at: duration.span,
                message: check.wording.countdown(quoted: duration.text, from: from, first: period.first, days: days),
                evidence: [period.evidence, Evidence(statement: "counted from \(from.isoDay)")]
                    + (publication.map { [$0] } ?? []))
        }
    }

    /// The next period of each reference subject starting after `published`, within
    /// ``countdownReach`` days.
    private static func upcoming(_ periods: [EventPeriod], after published: CalendarDate) -> [EventPeriod] {
        var next: [String: EventPeriod] = [:]
        for period in periods {
            guard let subject = period.subjectID, period.first > published,
                period.first <= published.adding(days: countdownReach)
            else { continue }
            if let kept = next[subject], kept.first <= period.first { continue }
            next[subject] = period
        }
        return periods.filter { period in period.subjectID.map { next[$0]?.first == period.first } ?? false }
    }

    /// Words of an event's end, folded: a countdown to « la clôture », "the final" or "the end"
    /// is not to its first day.
    static let endWords: Set<String> = [
        "fin", "cloture", "finale", "final", "end", "close", "closing", "conclusion", "remise", "verdict",
    ]
    /// How many words after the length an end word is looked for.
    static let endReach = 4

    /// Whether a length counts down to the start of what follows it: "two weeks to go", « à trois
    /// semaines de », with no word of an end (``endWords``) right after.
    private static func isCountdown(_ duration: Mention, check: DateCheck) -> Bool {
        let tokens = check.document.tokenRange(of: duration.span)
        let after = tokens.upperBound
        let isCount: Bool
        switch check.document.language {
        case .en:
            isCount = check.word(after) == "to" && check.word(after + 1) == "go"
        case .fr:
            // Not « il y a trois jours de … » (three days ago), nor « à deux semaines d’exposition »
            // (a length, with no article or name after « de »).
            let isDefinite =
                ["du", "des"].contains(check.word(after))
                || (["de", "d'"].contains(check.word(after)) && after + 1 < check.tokens.count
                    && (["la", "l'", "le", "les"].contains(check.word(after + 1))
                        || WordFolding.isCapitalised(check.tokens[after + 1].text)))
            isCount = tokens.lowerBound > 0 && check.word(tokens.lowerBound - 1) == "a"
                && (tokens.lowerBound < 2 || check.word(tokens.lowerBound - 2) != "y") && isDefinite
        }
        return isCount && !(after..<min(after + 2 + endReach, check.tokens.count)).contains { endWords.contains(check.word($0)) }
    }

    /// The date before the length in its sentence ("June 2 marks 18 days to go"), if one with
    /// a year is there.
    private static func countdownStart(before duration: Mention, check: DateCheck) -> CalendarDate? {
        let sentence = check.document.sentences[check.document.sentenceIndex(of: duration.span.start)]
        return check.mentions(check.dates, in: sentence.span).last { mention in
            mention.span.end <= duration.span.start
        }.flatMap { mention in
            guard case .date(let date, _) = mention.value else { return nil }
            return date.calendarDate
        }
    }

    /// Whether `days` left agree with a stated length: a day either way for days, three for
    /// weeks, half a month for months.
    private static func countdownAgrees(stated: Int, unit: Mention.DurationUnit, days: Int) -> Bool {
        switch unit {
        case .day: return abs(days - stated) <= 1
        case .week: return abs(days - 7 * stated) <= 3
        case .month: return abs(Double(days) - 30.44 * Double(stated)) <= 15
        default: return true
        }
    }
}

extension DateWording {
    /// "“three weeks to go”: from June 2, 2026 to the event's first day (June 16, 2026) there are fourteen days."
    func countdown(quoted words: String, from: CalendarDate, first: CalendarDate, days: Int) -> String {
        let start = date(PartialDate(year: from.year, month: from.month, day: from.day))
        let opening = date(PartialDate(year: first.year, month: first.month, day: first.day))
        return language == .fr
            ? quoted(words) + colon
                + "du \(start) au premier jour de l’événement (\(opening)), selon les données de référence, il y a \(numberInWords(days)) jours."
            : quoted(words) + colon
                + "from \(start) to the event's first day (\(opening)), as the reference data gives it, there are \(numberInWords(days)) days."
    }
}
