/// A publication date written out in a line at the top of a piece, as news sites and agencies
/// write it: "Publié le 14/03/2026 à 09:10", "Mis à jour le 2 avril 2026", "Updated: 2 April
/// 2026", "Published March 14, 2026", « DAKAR, 3 mars 2026 (APS) - », "GENEVA, Feb. 12, 2026
/// (Reuters) -".
///
/// A line counts when a publication keyword comes first ("Publié", "Mis à jour", "Published",
/// "Updated", "Posted"), or when it opens with a place in capitals and a comma (an agency
/// dateline); the date must be complete (day, month, year) and exist. An agency dateline without
/// its year gives only its day and month (``dayAndMonth(in:)``).
enum WrittenDateline {
    /// The longest line read as a dateline, in scalars: a paragraph of prose is not one.
    static let longestLine = 160

    /// Words that announce the publication date, folded.
    static let keywords = ["publie le", "publie", "mis a jour le", "mis a jour", "published", "updated", "posted"]

    /// Month names and abbreviations, French and English, folded, with their numbers.
    static let months: [String: Int] = {
        var months: [String: Int] = [:]
        let names = [
            ["janvier", "janv", "january", "jan"], ["fevrier", "fevr", "fev", "february", "feb"],
            ["mars", "march", "mar"], ["avril", "avr", "april", "apr"], ["mai", "may"],
            ["juin", "june", "jun"], ["juillet", "juil", "july", "jul"], ["aout", "august", "aug"],
            ["septembre", "sept", "september", "sep"], ["octobre", "oct", "october"],
            ["novembre", "nov", "november"], ["decembre", "dec", "december"],
        ]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { months[spelling] = index + 1 }
        }
        return months
    }()

    /// The date of a dateline line (leading white space already dropped), if it is one.
    static func date(in line: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        guard line.count <= longestLine else { return nil }
        let folded = fold(line)
        var rest: Substring
        if let keyword = keywords.first(where: { folded.hasPrefix($0) }) {
            rest = folded.dropFirst(keyword.count)
        } else if let comma = line.firstIndex(of: ","), isPlaceInCapitals(line[..<comma]) {
            rest = Substring(fold(line[(comma + 1)...]))
        } else {
            return nil
        }
        rest = rest.drop { $0 == " " || $0 == ":" || $0 == "-" }
        for lead in ["on ", "le "] where rest.hasPrefix(lead) { rest = rest.dropFirst(lead.count) }
        return completeDate(at: rest)
    }

    /// The day and month of an agency dateline that leaves out the year (« DAKAR, 3 mars (APS)
    /// - », "GENEVA, Feb 12 (Reuters) -"): a place in capitals and a comma, a day and a month in
    /// either order, then an agency in parentheses or a dash. The year must come from elsewhere.
    static func dayAndMonth(in line: ArraySlice<Unicode.Scalar>) -> PartialDate? {
        guard line.count <= longestLine, let comma = line.firstIndex(of: ","), isPlaceInCapitals(line[..<comma])
        else { return nil }
        var rest = Substring(fold(line[(comma + 1)...])).drop { $0 == " " }
        if rest.hasPrefix("le ") { rest = rest.dropFirst(3) }
        let words = rest.split(separator: " ", maxSplits: 3).map(String.init)
        guard words.count >= 3, words[2].hasPrefix("(") || ["-", "–", "—"].contains(words[2]) else { return nil }
        let dayFirst = dayNumber(words[0]).flatMap { day in month(words[1]).map { (day, $0) } }
        guard let (day, monthNumber) = dayFirst ?? dayNumber(words[1]).flatMap({ day in month(words[0]).map { (day, $0) } }),
            day <= CalendarDate.daysIn(month: monthNumber, year: 2024)
        else { return nil }
        return PartialDate(month: monthNumber, day: day)
    }

    /// A place in capitals: "DAKAR", "NEW YORK", "SAINT-LOUIS" (letters, spaces, hyphens, dots).
    private static func isPlaceInCapitals(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for scalar in scalars {
            if scalar.properties.isUppercase {
                letters += 1
            } else if !(scalar == " " || scalar == "-" || scalar == "." || scalar == "'" || scalar == "’") {
                return false
            }
        }
        return letters >= 2
    }

    /// Lowercase ASCII, without diacritics; other scalars as they are.
    private static func fold(_ line: ArraySlice<Unicode.Scalar>) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in line {
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            switch lower {
            case "à", "â", "ä": folded.append("a")
            case "é", "è", "ê", "ë": folded.append("e")
            case "î", "ï": folded.append("i")
            case "ô", "ö": folded.append("o")
            case "û", "ù", "ü": folded.append("u")
            case "ç": folded.append("c")
            case "\u{00A0}", "\u{202F}": folded.append(" ")
            default: folded.append(lower)
            }
        }
        return String(folded)
    }

    /// A complete date at the start of `text`: "14/03/2026", "14.03.2026", "2026-03-14", "14
    /// mars 2026", "1er avril 2026", "2 April 2026", "March 14, 2026", "Feb. 12, 2026".
    static func completeDate(at text: Substring) -> CalendarDate? {
        if let iso = PublicationDateReader.isoDate(atStartOf: ArraySlice(text.unicodeScalars.prefix(11))) { return iso }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).prefix(4).map(String.init)
        guard words.count >= 2 else { return numericDate(words.first ?? "") }
        if let date = numericDate(words[0]) { return date }
        // "14 mars 2026", "1er avril 2026"
        if let day = dayNumber(words[0]), let month = month(words[1]), words.count >= 3, let year = year(words[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        // "March 14, 2026"
        if let month = month(words[0]), let day = dayNumber(words[1]), words.count >= 3, let year = year(words[2]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// "14/03/2026", "14.03.2026", "14-03-2026": day first, unless only the month-first reading
    /// exists ("03/14/2026").
    private static func numericDate(_ word: String) -> CalendarDate? {
        let parts = word.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: second, day: first) ?? CalendarDate(year: year, month: first, day: second)
    }

    private static func dayNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        let suffix = word.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "er", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return Int(digits)
    }

    private static func month(_ word: String) -> Int? {
        months[word.hasSuffix(".") ? String(word.dropLast()) : word]
    }

    private static func year(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4 else { return nil }
        return Int(digits)
    }
}
