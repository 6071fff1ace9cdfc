import FactDeskKit

/// Corrected versions of quoted words, for suggestions: the draft's words with only the wrong
/// part replaced, so that an editor can accept a suggestion as is.
enum QuoteEditing {
    /// The quote with its weekday words replaced, in order: the n-th weekday word by
    /// `replacements[n]` when that is not `nil`, keeping a capital initial.
    static func replacingWeekdays(in quote: String, with replacements: [String?]) -> String {
        var result = ""
        var word = ""
        var index = 0
        func flush() {
            if !word.isEmpty, WeekdayNames.weekday(WordFolding.fold(word)) != nil {
                if index < replacements.count, let replacement = replacements[index] {
                    result += matchingCase(replacement, of: word)
                } else {
                    result += word
                }
                index += 1
            } else {
                result += word
            }
            word = ""
        }
        for character in quote {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The quote with its first run of digits that reads `old` replaced by `new` ("94e session"
    /// → "93e session").
    static func replacingNumber(_ old: Int, with new: Int, in quote: String) -> String? {
        let runs = digitRuns(quote)
        guard let run = runs.first(where: { Int(quote[$0]) == old }) else { return nil }
        return quote.replacingCharacters(in: run, with: String(new))
    }

    /// The quote with two numbers swapped: the first run of digits reading `first`, and the next
    /// one after it reading `second` ("du 27 au 24 novembre" → "du 24 au 27 novembre").
    static func swappingNumbers(_ first: Int, _ second: Int, in quote: String) -> String? {
        let runs = digitRuns(quote)
        guard let firstIndex = runs.firstIndex(where: { Int(quote[$0]) == first }),
            let secondRun = runs[(firstIndex + 1)...].first(where: { Int(quote[$0]) == second })
        else { return nil }
        let firstRun = runs[firstIndex]
        return String(quote[..<firstRun.lowerBound]) + quote[secondRun]
            + quote[firstRun.upperBound..<secondRun.lowerBound]
            + quote[firstRun] + quote[secondRun.upperBound...]
    }

    /// Whether the words write a year: a run of four digits.
    static func containsYear(_ text: String) -> Bool {
        digitRuns(text).contains { text.utf8.distance(from: $0.lowerBound, to: $0.upperBound) == 4 }
    }

    /// The runs of ASCII digits of a text, found on its UTF-8 view.
    private static func digitRuns(_ text: String) -> [Range<String.Index>] {
        var runs: [Range<String.Index>] = []
        var start: String.Index?
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let isDigit = (0x30...0x39).contains(utf8[index])
            if isDigit, start == nil { start = index }
            if !isDigit, let runStart = start {
                runs.append(runStart..<index)
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let start { runs.append(start..<text.endIndex) }
        return runs
    }

    /// `replacement` with the capital initial of `original`, if it has one.
    static func matchingCase(_ replacement: String, of original: String) -> String {
        guard WordFolding.isCapitalised(original), let first = replacement.first else {
            return original.first?.isLowercase == true ? replacement.lowercased() : replacement
        }
        return first.uppercased() + replacement.dropFirst()
    }
}

/// Weekday names of both languages, folded.
enum WeekdayNames {
    private static let byName: [String: Weekday] = {
        var names: [String: Weekday] = [:]
        for (index, weekday) in Weekday.allCases.enumerated() {
            names[WordFolding.fold(DateWording.frenchWeekdays[index])] = weekday
            names[WordFolding.fold(DateWording.englishWeekdays[index])] = weekday
        }
        return names
    }()

    /// The weekday a folded word names, if any.
    static func weekday(_ folded: String) -> Weekday? {
        byName[folded]
    }
}
