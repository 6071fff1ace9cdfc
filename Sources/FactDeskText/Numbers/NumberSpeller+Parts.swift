/// The parts of spelt numbers: each part is written with its own hyphens, and the parts are
/// joined by ``NumberSpeller/cardinal(_:)``.
extension NumberSpeller {
    /// French: "deux cents millions", "quatre-vingt mille", "cent un", "vingt et un".
    func frenchParts(_ value: Int) -> [String] {
        guard value > 0 else { return ["zéro"] }
        var parts: [String] = []
        let scales: [(Int, singular: String, plural: String)] = [
            (1_000_000_000, "milliard", "milliards"), (1_000_000, "million", "millions"),
        ]
        var rest = value
        if rest >= 1_000_000_000_000 {
            // "mille milliards": French says 10¹² with the thousands of milliards.
            parts += frenchThousands(rest / 1_000_000_000) + ["milliards"]
            rest %= 1_000_000_000
        }
        for (scale, singular, plural) in scales where rest >= scale {
            let count = rest / scale
            parts += frenchBelowThousand(count, beforeNoun: true) + [count == 1 ? singular : plural]
            rest %= scale
        }
        if rest > 0 { parts += frenchThousands(rest) }
        return parts
    }

    /// 1 … 999 999, "mille" invariable and without "un" before it.
    private func frenchThousands(_ value: Int) -> [String] {
        let thousands = value / 1_000
        let rest = value % 1_000
        var parts: [String] = []
        if thousands == 1 { parts.append("mille") }
        if thousands > 1 { parts += frenchBelowThousand(thousands, beforeNoun: false) + ["mille"] }
        if rest > 0 { parts += frenchBelowThousand(rest, beforeNoun: true) }
        return parts
    }

    /// 1 … 999. "cents" and "quatre-vingts" keep their s at the end of the number or before a
    /// noun ("deux cents millions"), not before "mille" (`beforeNoun` false).
    private func frenchBelowThousand(_ value: Int, beforeNoun: Bool) -> [String] {
        let hundreds = value / 100
        let rest = value % 100
        var parts: [String] = []
        if hundreds == 1 { parts.append("cent") }
        if hundreds > 1 {
            parts.append(Self.frenchUnits[hundreds])
            parts.append(rest == 0 && beforeNoun ? "cents" : "cent")
        }
        if rest > 0 { parts.append(frenchBelowHundred(rest, beforeNoun: beforeNoun)) }
        return parts
    }

    /// 1 … 99 as one hyphenated part.
    private func frenchBelowHundred(_ value: Int, beforeNoun: Bool) -> String {
        if value < 17 { return Self.frenchUnits[value] }
        if value < 20 { return "dix-" + Self.frenchUnits[value - 10] }
        let tens = value / 10
        let unit = value % 10
        let et = hyphenatesAll ? "-et-" : " et "
        switch (tens, frenchTens) {
        case (7, .standard):
            return "soixante" + (unit == 1 ? et + "onze" : "-" + frenchBelowHundred(10 + unit, beforeNoun: beforeNoun))
        case (8, .standard), (8, .belgian):
            return unit == 0
                ? (beforeNoun ? "quatre-vingts" : "quatre-vingt") : "quatre-vingt-" + Self.frenchUnits[unit]
        case (9, .standard):
            return "quatre-vingt-" + frenchBelowHundred(10 + unit, beforeNoun: beforeNoun)
        default:
            let word = Self.frenchTensWords[tens]
            if unit == 0 { return word }
            return word + (unit == 1 ? et + "un" : "-" + Self.frenchUnits[unit])
        }
    }

    private static let frenchUnits = [
        "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize",
    ]
    private static let frenchTensWords = [
        "", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante",
    ]

    /// English: "one hundred ninety-six", "two thousand and five" with ``usesAnd``.
    func englishParts(_ value: Int) -> [String] {
        guard value > 0 else { return ["zero"] }
        let scales: [(Int, String)] = [
            (1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"),
        ]
        var parts: [String] = []
        var rest = value
        for (scale, word) in scales where rest >= scale {
            parts += englishBelowThousand(rest / scale) + [word]
            rest %= scale
        }
        if rest > 0 {
            if usesAnd, rest < 100, !parts.isEmpty { parts.append("and") }
            parts += englishBelowThousand(rest)
        }
        return parts
    }

    private func englishBelowThousand(_ value: Int) -> [String] {
        let hundreds = value / 100
        let rest = value % 100
        var parts: [String] = []
        if hundreds > 0 { parts += [Self.englishUnits[hundreds], "hundred"] }
        if rest > 0 {
            if usesAnd, hundreds > 0 { parts.append("and") }
            parts.append(
                rest < 20
                    ? Self.englishUnits[rest]
                    : Self.englishTens[rest / 10] + (rest % 10 == 0 ? "" : "-" + Self.englishUnits[rest % 10]))
        }
        return parts
    }

    private static let englishUnits = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    private static let englishTens = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ]
}
