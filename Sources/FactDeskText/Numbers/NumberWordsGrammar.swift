import FactDeskKit

/// The grammar of cardinal and ordinal numbers written in words, fed one word at a time.
///
/// French: "dix-sept", "vingt et un", "soixante-dix", "soixante et onze", "quatre-vingts",
/// "quatre-vingt-dix-neuf", "deux cents", "mille deux cents", "deux cent mille",
/// "septante", "nonante"; English: "seventeen", "twenty-one", "a hundred and ninety-six",
/// "two thousand and five", "nineteen hundred", "one trillion"; French "mille milliards". An
/// ordinal word ends the number ("vingt et unième", "ninety-third"). Words of the two languages
/// do not mix. Every value the grammar accepts is below 10¹⁷, so its arithmetic never overflows.
struct NumberWordsGrammar {
    /// The completed groups: thousands, millions, billions.
    private var total = 0
    /// The group being written, below 1 000.
    private var group = 0
    /// The last word accepted.
    private var previous: NumberAtom?
    /// An "et"/"and" waiting for the word it joins.
    private var pendingConjunction: NumberAtom?
    /// The last scale used; scales must decrease ("deux millions trois cent mille").
    private var lastScale = Int.max
    private var language: Language?
    private var isFinished = false

    /// The number the words so far make, if they make a complete one.
    var reading: NumberWords.Reading? {
        guard let previous, pendingConjunction == nil, previous.kind != .article else { return nil }
        return NumberWords.Reading(value: total + group, isOrdinal: previous.isOrdinal)
    }

    /// Adds a word when it can continue the number; returns whether it did.
    mutating func accept(_ atom: NumberAtom) -> Bool {
        guard !isFinished, atom.language == nil || language == nil || atom.language == language,
            isAllowed(atom)
        else { return false }
        switch atom.kind {
        case .conjunction:
            pendingConjunction = atom
        case .article:
            group = 1
        case .unit, .teen:
            group += atom.value
            if atom.value == 0 { isFinished = true }
        case .tens:
            // "quatre-vingt": the four multiplies.
            group += isQuatreVingt(atom) ? 76 : atom.value
        case .hundred:
            group = max(group, 1) * 100
        case .scale where isMilleMilliards(atom):
            // "mille milliards", "deux mille cinq cents milliards": the thousands multiply.
            total = (total + group) * atom.value
            group = 0
            lastScale = atom.value
        case .scale:
            total += max(group, 1) * atom.value
            group = 0
            lastScale = atom.value
        }
        if atom.kind != .conjunction { pendingConjunction = nil }
        previous = atom
        language = language ?? atom.language
        if atom.isOrdinal { isFinished = true }
        return true
    }

    /// The part of the current group below 100.
    private var belowHundred: Int { group % 100 }

    /// Whether the number can take a fresh part here: at the start, or after a hundred or a scale.
    private var startsPart: Bool {
        guard let previous else { return true }
        return previous.kind == .hundred || previous.kind == .scale
    }

    /// Whether `atom` is the "milliards" of "mille milliards", after thousands and nothing
    /// larger: French says 10¹² so, rather than "billion", which English spells the same for 10⁹.
    private func isMilleMilliards(_ atom: NumberAtom) -> Bool {
        atom.value == 1_000_000_000 && atom.language != .en && lastScale == 1_000 && total < 1_000_000
    }

    private func isQuatreVingt(_ atom: NumberAtom) -> Bool {
        atom.value == 20 && atom.language != .en && previous?.kind == .unit && previous?.value == 4
            && belowHundred == 4
    }

    private func isAllowed(_ atom: NumberAtom) -> Bool {
        if let conjunction = pendingConjunction {
            // "vingt et un", "soixante et onze"; "a hundred and ninety-six".
            if conjunction.language == .fr {
                return (atom.kind == .unit && atom.value == 1)
                    || (atom.kind == .teen && atom.value == 11 && belowHundred == 60)
            }
            return [.unit, .teen, .tens].contains(atom.kind) && belowHundred == 0
        }
        switch atom.kind {
        case .conjunction:
            guard let previous else { return false }
            // "vingt et un" … "soixante et un", and the Belgian and Swiss "septante et un",
            // "huitante et un", "nonante et un"; never "quatre-vingt et un".
            if atom.language == .fr {
                return previous.kind == .tens && previous.value == belowHundred && belowHundred >= 20
            }
            return previous.kind == .hundred || previous.kind == .scale
        case .article:
            return previous == nil
        case .unit:
            if atom.value == 0 { return previous == nil }
            if startsPart { return true }
            if previous?.kind == .tens { return belowHundred >= 20 && belowHundred % 10 == 0 }
            // "dix-sept", "soixante-dix-sept", "quatre-vingt-dix-neuf".
            return previous?.kind == .teen && previous?.value == 10 && previous?.language == .fr
        case .teen:
            if startsPart { return true }
            // "soixante-treize", "quatre-vingt-douze".
            return previous?.kind == .tens && atom.language == .fr && (belowHundred == 60 || belowHundred == 80)
        case .tens:
            return startsPart || isQuatreVingt(atom)
        case .hundred:
            return previous?.kind != .hundred && group < 100
        case .scale:
            if isMilleMilliards(atom) { return true }
            // "deux millions mille": "mille" starts a part of its own after a larger scale.
            let isMilleAfterScale = atom.value == 1_000 && atom.language == .fr && previous?.kind == .scale
            guard atom.value < lastScale, previous?.kind != .scale || isMilleAfterScale else { return false }
            // "mille" stands alone; "million" and "thousand" need a number before them.
            return previous != nil || (atom.value == 1_000 && atom.language == .fr)
        }
    }
}
