import FactDeskKit
import Foundation

/// Rule `restated-duration-mismatch`: a length the text points back to with a demonstrative
/// (« ces trois jours », "those four days") or restates after « soit », a bracket or a dash
/// (« 72 heures, soit deux jours », "three years (1,095 days)") that is not the length it stated just before
/// (« un candidat a 72 heures … dans ces quatre jours »: 72 hours are three days); or a length
/// whose breakdown after a colon does not add up to it (``partsFindings(in:)``).
///
/// The length pointed back to is the last one before, in its paragraph and within two sentences,
/// when no date range stands there too (the words may restate the range). Hours, days and weeks
/// compare with one another (« quinze jours » are two weeks, « huit jours » one), months with
/// years, years with days (365 or 366 a year); a length in other units (« un mois » and « 30 jours ») is left alone. The finding
/// covers both lengths: either may be the wrong one. A warning: the demonstrative may, rarely,
/// point at another span.
struct RestatedDurationMismatchRule: DateRule {
    let descriptor = RuleDescriptor(
        id: "restated-duration-mismatch", severity: .warning,
        summary: "A length pointed back to (« ces trois jours », \"those four days\") or broken down into parts that is not the one stated before.",
        examples: [
            RuleExample(
                "Le comité a ⟦72 heures pour répondre. Passé ces quatre jours⟧, la plainte est classée.",
                language: .fr),
            RuleExample(
                "Les équipes ont ⟦deux semaines pour s’inscrire. Au terme de ces dix jours⟧, le tirage a lieu.",
                language: .fr),
            RuleExample(
                "Bidders have ⟦48 hours to appeal. If nobody objects within those three days⟧, the award stands.",
                language: .en),
            RuleExample("The board sits for ⟦six months. After these two years⟧, it reports.", language: .en),
            // A stretch counted back or on from now is no length given before.
            RuleExample("Le vote a lieu dans six mois. Ces deux dernières années, le comité a siégé à huis clos.", language: .fr),
            RuleExample("The board sits for six months. These past two years, it met in private.", language: .en),
            RuleExample("Le jury délibère trois jours. Ces deux prochains jours, il entend les témoins.", language: .fr),
            RuleExample("L’étape la plus longue dure ⟦72 heures, soit deux jours⟧ de course.", language: .fr),
            RuleExample("L’étape la plus longue dure 72 heures, soit trois jours de course.", language: .fr),
            // Another wording in brackets, between dashes or after ", or"; years as days.
            RuleExample("The charter gives members ⟦three years (995 days⟧) to leave.", language: .en),
            RuleExample("The charter gives members three years (1,095 days) to leave.", language: .en),
            RuleExample("The charter gives members ⟦three years, or 995 days⟧, to leave.", language: .en),
            RuleExample("Visitors may stay three days, or four days when it rains.", language: .en),
            RuleExample("La charte laisse ⟦trois ans – 995 jours⟧ – aux membres pour partir.", language: .fr),
            RuleExample("La charte laisse trois ans – 1 096 jours – aux membres pour partir.", language: .fr),
            RuleExample(
                "Le comité a 72 heures pour répondre. Passé ces trois jours, la plainte est classée.", language: .fr),
            RuleExample(
                "Les équipes ont deux semaines pour s’inscrire. Au terme de ces quatorze jours, le tirage a lieu.",
                language: .fr),
            RuleExample(
                "Bidders have 48 hours to appeal. If nobody objects within those two days, the award stands.",
                language: .en),
            RuleExample("The board sits for 24 months. After these two years, it reports.", language: .en),
            RuleExample("Le salon dure un mois. Pendant ces 30 jours, la ville vit au rythme des visiteurs.", language: .fr),
            RuleExample(
                "Le comité a 72 heures pour répondre.\n\nCes quatre jours de débats ont eu lieu en mars.", language: .fr),
            RuleExample(
                "Le comité a 72 heures pour répondre. Le salon ouvre du 3 au 6 mars : ces quatre jours attirent la foule.",
                language: .fr),
            RuleExample("Les 24 Heures du Mans durent ce week-end ; ces deux jours sont décisifs.", language: .fr),
            RuleExample("La réunion commence à 16 heures. Ces deux jours de réunion seront denses.", language: .fr),
            RuleExample("Elle parlera au journal de 20 heures. Le bilan de ces deux jours sera dressé demain.", language: .fr),
            RuleExample("Le ministre parlera au 20 heures. Ces deux jours de sommet ont été denses.", language: .fr),
            RuleExample(
                "Le comité a ⟦72 heures pour répondre. Son président était au 20 heures. Passé ces quatre jours⟧, tout est clos.",
                language: .fr),
            RuleExample(
                "Elle a été interviewée dans le journal de 13 heures. Pendant ces trois jours, la ville a veillé.",
                language: .fr),
            RuleExample("Le 20 heures de la chaîne a ouvert sur le vote ; ces deux jours ont compté.", language: .fr),
            RuleExample("Il sera l’invité du 13 heures. Durant ces deux jours, il a multiplié les rencontres.", language: .fr),
            // A breakdown after a colon.
            RuleExample(
                "La foire propose ⟦huit jours de rencontres : trois journées pour les éleveurs, suivies de quatre jours⟧ ouverts aux familles.",
                language: .fr),
            RuleExample(
                "La foire propose sept jours de rencontres : trois journées pour les éleveurs, suivies de quatre jours ouverts aux familles.",
                language: .fr),
            RuleExample(
                "The fair offers ⟦six days of shows: two days for traders, then three days⟧ open to the public.",
                language: .en),
            RuleExample(
                "The fair offers five days of shows: two days for traders, then three days open to the public.",
                language: .en),
            RuleExample(
                "The fair offers six days of shows: two days for traders, then three days for families and a day for schools.",
                language: .en),
            RuleExample(
                "La foire propose huit jours de rencontres : trois journées pour les éleveurs, dont deux jours de concours.",
                language: .fr),
        ])

    /// Words that point back to a length already given, folded.
    static let demonstratives: Set<String> = ["ces", "cette", "ce", "these", "those", "this", "that"]

    func findings(in check: DateCheck) -> [Finding] {
        pointedBackFindings(in: check) + partsFindings(in: check)
    }

    /// « ces quatre jours » after « 72 heures ».
    private func pointedBackFindings(in check: DateCheck) -> [Finding] {
        let document = check.document
        let ranges = check.timeline.filter { $0.kind == .dateRange }
        return check.durations.enumerated().compactMap { index, restated -> Finding? in
            let first = document.tokenIndex(from: restated.span.start)
            let pointsBack =
                first > 0 && document.tokens[first - 1].kind == .word
                && Self.demonstratives.contains(WordFolding.fold(document.tokens[first - 1].text))
            guard pointsBack || Self.isEquated(restated, after: check.durations[..<index].last, check: check),
                !Self.countsFromNow(restated, check: check),
                let stated = check.durations[..<index].last, Self.isNear(stated, restated, in: document),
                !ranges.contains(where: { Self.isNear($0, restated, in: document) && $0.span.end <= restated.span.start }),
                let disagreement = Self.disagreement(stated, restated)
            else { return nil }
            // Either length may be the wrong one.
            let span = stated.span.union(restated.span)
            return check.finding(
                descriptor, at: span,
                message: check.wording.restatedDuration(quoted: restated.text, stated: stated.text),
                evidence: [Evidence(statement: disagreement)])
        }
    }

    /// Words that make a length one counted back or on from now: « ces deux dernières années »,
    /// « ces trois prochains jours », "these past two years", "the next three days".
    static let fromNowWords: Set<String> = [
        "dernier", "derniers", "derniere", "dernieres", "prochain", "prochains", "prochaine", "prochaines", "past",
        "last", "next", "coming",
    ]

    /// Words of ``fromNowWords`` that count a length back from now: "the last six months".
    static let backFromNowWords: Set<String> = ["dernier", "derniers", "derniere", "dernieres", "past", "last"]

    /// "Last" before a length only after one of these, folded ("the last six months", not "will
    /// last two weeks").
    static let lastDeterminers: Set<String> = ["the", "these", "those", "its", "their", "his", "her", "our"]

    /// Whether a length is counted back or on from now (`words` inside it or right next to it,
    /// "last" after a word of ``lastDeterminers``): a stretch of time, not a length of something
    /// the text gave before.
    static func countsFromNow(_ duration: Mention, words: Set<String> = fromNowWords, check: DateCheck) -> Bool {
        let tokens = check.document.tokenRange(of: duration.span)
        let first = tokens.lowerBound
        return (max(0, first - 1)...tokens.upperBound).contains { index in
            let word = check.word(index)
            return words.contains(word) && (word != "last" || lastDeterminers.contains(check.word(index - 1)))
        }
    }

    /// Marks right before a length that give it as another wording of the one just before: "three
    /// years (1,095 days)", "three years – 1,095 days –".
    static let equatingMarks: Set<String> = ["(", "-", "–", "—"]

    /// Whether a length restates the one right before it in its sentence: after « , soit » (« une
    /// étape de 72 heures, soit deux jours »), a bracket or a dash ("three years (1,095 days)"), or ",
    /// or" in another unit ("three years, or 1,095 days"; not "three days, or four days", a choice).
    private static func isEquated(_ restated: Mention, after stated: Mention?, check: DateCheck) -> Bool {
        let first = check.document.tokenIndex(from: restated.span.start)
        guard let stated, first >= 2,
            check.document.sentenceIndex(of: stated.span.start) == check.document.sentenceIndex(of: restated.span.start)
        else { return false }
        let statedEnd = check.document.tokenRange(of: stated.span).upperBound
        if statedEnd == first - 1 { return equatingMarks.contains(check.tokens[first - 1].text) }
        guard statedEnd == first - 2, check.tokens[first - 2].text == "," else { return false }
        if check.word(first - 1) == "soit" { return true }
        guard check.word(first - 1) == "or", case .duration(_, let statedUnit) = stated.value,
            case .duration(_, let restatedUnit) = restated.value
        else { return false }
        return statedUnit != restatedUnit
    }

    /// How two lengths disagree, as the evidence says it, or `nil` when they agree or their units do
    /// not compare (« un mois » and « 30 jours »): as hours (hours, days, weeks), as months (months,
    /// years), or years as days (365 or 366 a year).
    static func disagreement(_ stated: Mention, _ restated: Mention) -> String? {
        guard let one = length(of: stated), let other = length(of: restated) else { return nil }
        if one.base == other.base {
            guard one.amount != other.amount else { return nil }
            return "\(stated.text) is \(one.amount) \(one.base.rawValue)s; \(restated.text) is \(other.amount) \(other.base.rawValue)s"
        }
        guard case .duration(let statedAmount, let statedUnit) = stated.value,
            case .duration(let restatedAmount, let restatedUnit) = restated.value
        else { return nil }
        let (years, days, yearsText): (Decimal, Decimal, String)
        switch (statedUnit, restatedUnit) {
        case (.year, .day): (years, days, yearsText) = (statedAmount, restatedAmount, stated.text)
        case (.day, .year): (years, days, yearsText) = (restatedAmount, statedAmount, restated.text)
        default: return nil
        }
        guard days < years * 365 || days > years * 366 else { return nil }
        return "\(yearsText) is \(years * 365) to \(years * 366) days, not \(days)"
    }

    /// Whether `restated` follows `stated` in its paragraph, at most two sentences on.
    private static func isNear(_ stated: Mention, _ restated: Mention, in document: Document) -> Bool {
        document.paragraphIndex(of: stated.span.start) == document.paragraphIndex(of: restated.span.start)
            && document.sentenceIndex(of: restated.span.start) - document.sentenceIndex(of: stated.span.start) <= 2
    }

    /// A length in hours (for hours, days and weeks) or in months (for months and years); the
    /// days French counts for weeks (« huit jours », « quinze jours ») are those weeks.
    private static func length(of duration: Mention) -> (amount: Decimal, base: Mention.DurationUnit)? {
        guard case .duration(let amount, let unit) = duration.value else { return nil }
        switch unit {
        case .hour: return (amount, .hour)
        case .day where DurationContext.wholeNumber(amount).map(RangeDurationMismatchRule.idiomaticWeeks.contains) ?? false:
            return ((amount - 1) * 24, .hour)
        case .day: return (amount * 24, .hour)
        case .week: return (amount * 168, .hour)
        case .month: return (amount, .month)
        case .year: return (amount * 12, .month)
        }
    }
}

extension DateWording {
    /// "« ces quatre jours » : la durée donnée plus haut est « 72 heures »."
    func restatedDuration(quoted words: String, stated: String) -> String {
        language == .fr
            ? quoted(words) + colon + "la durée donnée plus haut est \(quoted(stated))."
            : quoted(words) + colon + "the length given before is \(quoted(stated))."
    }
}
