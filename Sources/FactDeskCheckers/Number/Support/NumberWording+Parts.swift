import FactDeskKit
import Foundation

/// Messages of the rules that need no reference value: parts, formats, unverified claims.
extension NumberWording {
    /// `part-exceeds-whole`, a part larger than the whole written beside it.
    func partExceedsWhole(quoted: String, part: Decimal, whole: Decimal) -> String {
        switch language {
        case .fr: "\(quote(quoted)) : la partie (\(number(part))) dépasse le tout (\(number(whole)))."
        case .en: "\(quote(quoted)): the part (\(number(part))) is larger than the whole (\(number(whole)))."
        }
    }

    /// `internal-inconsistency`, a figure said to be below (or above) another that it is not.
    func comparisonMismatch(quoted: String, first: Decimal, other: Decimal, saysLess: Bool) -> String {
        switch language {
        case .fr:
            "\(quote(quoted)) : \(number(first)) n’est pas \(saysLess ? "moins" : "plus") que \(number(other))."
        case .en:
            "\(quote(quoted)): \(number(first)) is not \(saysLess ? "less" : "more") than \(number(other))."
        }
    }

    /// `part-exceeds-whole`, more countries than the people said to come from them.
    func countriesExceedPeople(quoted: String, countries: Decimal, people: Decimal) -> String {
        switch language {
        case .fr: "\(quote(quoted)) : \(number(countries)) pays pour \(number(people)) personnes, chacune venant d’au moins un pays."
        case .en: "\(quote(quoted)): \(number(countries)) countries for \(number(people)) people, each from at least one country."
        }
    }

    /// `internal-inconsistency`, parts in parentheses that do not add up to their whole.
    func breakdownMismatch(quoted: String, whole: String, parts: [Decimal]) -> String {
        let sum = parts.map(number).joined(separator: " + ") + " = " + number(parts.reduce(0, +))
        switch language {
        case .fr: return "\(quote(quoted)) : les parties donnent \(sum), pas \(quote(whole))."
        case .en: return "\(quote(quoted)): the parts add up to \(sum), not \(quote(whole))."
        }
    }

    /// `internal-inconsistency`, a count taken up again with a demonstrative and another value.
    func demonstrativeMismatch(quoted: String, earlier: String, line: Int) -> String {
        switch language {
        case .fr: return "\(quote(quoted)) : le texte vient d’en compter \(quote(earlier)) (ligne \(line))."
        case .en: return "\(quote(quoted)): the text has just counted \(quote(earlier)) (line \(line))."
        }
    }

    /// `internal-inconsistency`, a majority mark that is not the majority of the chamber's size.
    func majorityMismatch(quoted: String, mark: Decimal, size: Decimal, majority: Decimal) -> String {
        switch language {
        case .fr:
            return "\(quote(quoted)) : la majorité de \(number(size)) sièges est de \(number(majority)), pas \(number(mark))."
        case .en: return "\(quote(quoted)): a majority of \(number(size)) seats is \(number(majority)), not \(number(mark))."
        }
    }

    /// `internal-inconsistency`, groups of one size whose product is not the count they split.
    func groupsMismatch(quoted: String, whole: String, groups: Decimal, size: Decimal) -> String {
        let product = "\(number(groups)) × \(number(size)) = \(number(groups * size))"
        switch language {
        case .fr: return "\(quote(quoted)) : les groupes donnent \(product), pas \(quote(whole))."
        case .en: return "\(quote(quoted)): the groups make \(product), not \(quote(whole))."
        }
    }

    /// `internal-inconsistency`, a toll given as a bound that the exact toll of the paragraph contradicts.
    func boundAgainstExact(quoted: String, exact: String, line: Int) -> String {
        switch language {
        case .fr:
            return "\(quote(quoted)) : le texte donne aussi le bilan exact \(quote(exact)) (ligne \(line)), en deçà ; "
                + "les deux chiffres ne peuvent être justes à la fois."
        case .en:
            return "\(quote(quoted)): the text also gives the exact toll \(quote(exact)) (line \(line)), below it; "
                + "both figures cannot be right."
        }
    }

    /// `part-exceeds-whole`, parts of a whole that add up to more than it.
    func partsExceedWhole(quoted: String, whole: String, parts: [Decimal]) -> String {
        let sum = parts.map(number).joined(separator: " + ") + " = " + number(parts.reduce(0, +))
        switch language {
        case .fr: return "\(quote(quoted)) : les parties donnent \(sum), plus que \(quote(whole))."
        case .en: return "\(quote(quoted)): the parts add up to \(sum), more than \(quote(whole))."
        }
    }

    /// `internal-inconsistency`, a number written in words and in digits with two values.
    func writtenTwice(quoted: String, first: Decimal, second: Decimal) -> String {
        switch language {
        case .fr: return "\(quote(quoted)) : le nombre est écrit deux fois avec deux valeurs, \(number(first)) et \(number(second))."
        case .en: return "\(quote(quoted)): the number is written twice with two values, \(number(first)) and \(number(second))."
        }
    }

    /// `internal-inconsistency`, a measure whose second unit is not the first converted.
    func conversionMismatch(quoted: String, expected: Decimal, unit: String) -> String {
        switch language {
        case .fr: return "\(quote(quoted)) : converti, le premier chiffre fait \(number(expected)) \(unit)."
        case .en: return "\(quote(quoted)): converted, the first figure is \(number(expected)) \(unit)."
        }
    }

    /// `internal-inconsistency`, a count its list of names contradicts.
    func enumerationMismatch(quoted: String, count: Decimal, listed: Int) -> String {
        switch language {
        case .fr: return "\(quote(quoted)) : \(number(count)) annoncés, \(listed) nommés."
        case .en: return "\(quote(quoted)): \(number(count)) announced, \(listed) named."
        }
    }

    /// `internal-inconsistency`, an ordinal of times against the earlier times listed after it.
    func timesMismatch(quoted: String, listed: Int) -> String {
        switch language {
        case .fr: return "\(quote(quoted)) : \(listed) fois précédentes citées, soit la \(ordinal(listed + 1, feminine: true)) fois."
        case .en: return "\(quote(quoted)): \(listed) earlier times are listed, which makes this the \(ordinal(listed + 1)) time."
        }
    }

    /// `internal-inconsistency`, a count of times against the years of those times listed after it.
    func timesYearsMismatch(quoted: String, count: Int, listed: Int, ofTimes: Bool) -> String {
        switch (language, ofTimes) {
        case (.fr, true): return "\(quote(quoted)) : \(count) fois annoncées, \(listed) années citées."
        case (.en, true): return "\(quote(quoted)): \(count) times announced, \(listed) years listed."
        case (.fr, false): return "\(quote(quoted)) : \(count) annoncés, \(listed) années citées, une au moins chacune."
        case (.en, false): return "\(quote(quoted)): \(count) announced, \(listed) years listed, at least one each."
        }
    }

    /// `internal-inconsistency`, a rate that is not its parts' ratio.
    func rateMismatch(quoted: String, part: Decimal, whole: Decimal) -> String {
        var ratio = part / whole * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &ratio, 2, .plain)
        switch language {
        case .fr: return "\(quote(quoted)) : \(number(part)) sur \(number(whole)) font \(number(rounded)) %."
        case .en: return "\(quote(quoted)): \(number(part)) of \(number(whole)) is \(number(rounded))%."
        }
    }

    /// Evidence for counts of a turnout read apart in one paragraph, each quoted with the words that gave its role.
    func turnoutFigures(part: String, whole: String) -> String {
        switch language {
        case .fr: "\(quote(part)) est lu comme une partie de \(quote(whole)), dans le même paragraphe."
        case .en: "\(quote(part)) is read as a part of \(quote(whole)), in the same paragraph."
        }
    }

    /// `part-exceeds-whole`, a part larger than the reference total.
    func partExceedsReference(quoted: String, part: Decimal, subject: String, whole: Decimal) -> String {
        switch language {
        case .fr: "\(quote(quoted)) : \(number(part)) dépasse le total de référence pour \(subject) (\(number(whole)))."
        case .en:
            "\(quote(quoted)): \(number(part)) is more than the reference total for \(subject) (\(number(whole)))."
        }
    }

    /// `part-exceeds-whole`, a vote's tally above the members of the body that voted, read in
    /// the sentence (`capacity`, quoted) or in the reference data for `body`.
    func tallyExceedsBody(quoted: String, parts: [Decimal], size: Decimal, capacity: String?, body: String?) -> String {
        let sum = parts.map(number).joined(separator: " + ") + " = " + number(parts.reduce(0, +))
        switch language {
        case .fr:
            let whole = capacity.map { quote($0) } ?? "le total de référence pour \(body ?? "") (\(number(size)) membres)"
            return "\(quote(quoted)) : les voix donnent \(sum), plus que \(whole)."
        case .en:
            let whole = capacity.map { quote($0) } ?? "the reference total for \(body ?? "") (\(number(size)) members)"
            return "\(quote(quoted)): the votes add up to \(sum), more than \(whole)."
        }
    }

    /// Evidence of a body taken up by the head noun of its name: "“the Council” read as Human
    /// Rights Council, named before".
    func takenUp(_ words: String, as name: String) -> String {
        switch language {
        case .fr: "\(quote(words)) lu comme \(name), nommé avant"
        case .en: "\(quote(words)) read as \(name), named before"
        }
    }

    /// `part-exceeds-whole`, a share above 100 %.
    func shareAboveWhole(quoted: String) -> String {
        switch language {
        case .fr: "\(quote(quoted)) : une part d’un tout ne peut dépasser 100 %."
        case .en: "\(quote(quoted)): a share of a whole cannot exceed 100%."
        }
    }

    /// `part-exceeds-whole`, shares of one whole summing over 100 %.
    func sharesAboveWhole(quoted: String, total: Decimal) -> String {
        switch language {
        case .fr: "\(quote(quoted)) : ces parts d’un même tout totalisent \(number(total)) %, plus que 100 %."
        case .en: "\(quote(quoted)): these shares of one whole add up to \(number(total))%, more than 100%."
        }
    }

    /// `number-format`, a number in the other language's convention.
    func foreignConvention(quoted: String, corrected: String) -> String {
        switch language {
        case .fr:
            "\(quote(quoted)) : nombre écrit à l’anglaise dans un texte en français ; en français : \(quote(corrected))."
        case .en:
            "\(quote(quoted)): number written in the continental style in an English text; in English: \(quote(corrected))."
        }
    }

    /// `number-format`, a decimal point in a French text that writes decimal commas elsewhere.
    func mixedDecimalMarks(quoted: String, corrected: String, example: String) -> String {
        "\(quote(quoted)) : point décimal, alors que le texte écrit ailleurs les décimales avec une virgule "
            + "(\(quote(example))) ; en français : \(quote(corrected))."
    }

    /// `unverified-claim`, with a subject that has no fact for the claim's day.
    func unverified(quoted: String, term: String, subject: String) -> String {
        switch language {
        case .fr:
            "\(quote(quoted)) : les données de référence n’ont pas de valeur de \(quote(term)) pour \(subject) à cette date."
        case .en: "\(quote(quoted)): the reference data has no value of \(quote(term)) for \(subject) on that date."
        }
    }

    /// `unverified-claim`, without a subject the reference data knows.
    func unverifiedWithoutSubject(quoted: String) -> String {
        switch language {
        case .fr:
            "\(quote(quoted)) : aucune entité des données de référence n’est nommée pour ce chiffre ; il n’a pas été vérifié."
        case .en: "\(quote(quoted)): no entity of the reference data is named for this figure; it was not checked."
        }
    }
}
