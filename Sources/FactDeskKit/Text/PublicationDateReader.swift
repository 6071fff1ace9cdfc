/// Reads a draft's publication date from its front matter or its dateline.
enum PublicationDateReader {
    /// How many non-empty lines at the top may hold the dateline.
    static let datelineSearchLines = 5

    /// The publication date and where it was found, or `nil`.
    ///
    /// First a `date:` or `published:` key of YAML front matter (`2025-11-24`, quoted or not,
    /// possibly followed by a time), then a dateline among the first ``datelineSearchLines``
    /// non-empty lines after the front matter: a line `date 2025-11-24` (any case, leading white
    /// space allowed, anything after), or a date written out as news sites and agencies do
    /// ("Publié le 14/03/2026 à 09:10", "Updated: 2 April 2026", « DAKAR, 3 mars 2026 (APS) - »,
    /// ``WrittenDateline``). A date that does not exist in the calendar is ignored.
    static func read(_ scalars: [Unicode.Scalar]) -> (date: CalendarDate, source: PublicationDateSource)? {
        let top = frontMatter(of: scalars)
        if top.closed, let date = top.date { return (date, .frontMatter) }
        return firstLine(of: top.body) { datelineDate($0) ?? WrittenDateline.date(in: $0) }.map { ($0, .dateline) }
    }

    /// The day and month of an agency dateline without its year among the first
    /// ``datelineSearchLines`` non-empty lines after the front matter (« DAKAR, 3 mars (APS) -
    /// »), for a draft whose publication date ``read(_:)`` did not find.
    static func yearlessDateline(_ scalars: [Unicode.Scalar]) -> PartialDate? {
        let top = frontMatter(of: scalars)
        guard top.closed || !top.opened else { return nil }
        return firstLine(of: top.body, WrittenDateline.dayAndMonth(in:))
    }

    /// The lines after the front matter, whether there is one (`opened`) and it ends (`closed`),
    /// and the date its first `date:` or `published:` key gives. An unclosed front matter is
    /// read as text from the line after its opening.
    private static func frontMatter(of scalars: [Unicode.Scalar]) -> (
        body: ScalarLines, date: CalendarDate?, opened: Bool, closed: Bool
    ) {
        var lines = ScalarLines(scalars)
        guard var first = lines.next() else { return (lines, nil, false, false) }
        if first.first == "\u{FEFF}" { first = first.dropFirst() }
        guard isFrontMatterDelimiter(first) else { return (ScalarLines(scalars), nil, false, false) }
        let afterOpening = lines
        var date: CalendarDate?
        while let line = lines.next() {
            if isFrontMatterDelimiter(line) || line.elementsEqual("...".unicodeScalars) { return (lines, date, true, true) }
            if date == nil { date = dateValue(ofKeyIn: line) }
        }
        return (afterOpening, date, true, false)
    }

    /// What `read` finds first in the first ``datelineSearchLines`` non-empty lines (leading white
    /// space dropped), or `nil`.
    private static func firstLine<T>(of lines: ScalarLines, _ read: (ArraySlice<Unicode.Scalar>) -> T?) -> T? {
        var lines = lines
        var nonEmptyLines = 0
        while nonEmptyLines < datelineSearchLines, let line = lines.next() {
            let content = line.drop { $0.isSpace }
            guard !content.isEmpty else { continue }
            nonEmptyLines += 1
            if let found = read(content) { return found }
        }
        return nil
    }

    private static func isFrontMatterDelimiter(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let content = line.prefix { !$0.isSpace }
        return content.elementsEqual("---".unicodeScalars) && line.dropFirst(3).allSatisfy(\.isSpace)
    }

    /// The date of a top-level `date:` or `published:` line.
    private static func dateValue(ofKeyIn line: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(String.UnicodeScalarView(line[..<colon])).lowercased()
        guard key == "date" || key == "published" else { return nil }
        var value = line[(colon + 1)...].drop { $0.isSpace }
        if let quote = value.first, quote == "\"" || quote == "'" { value = value.dropFirst() }
        return isoDate(atStartOf: value)
    }

    /// The date of a `date 2025-11-24 …` line (leading white space already dropped).
    private static func datelineDate(_ line: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        let keyword = line.prefix(4)
        guard keyword.count == 4,
            String(String.UnicodeScalarView(keyword)).lowercased() == "date"
        else { return nil }
        var rest = line.dropFirst(4)
        let hasColon = rest.first == ":"
        if hasColon { rest = rest.dropFirst() }
        let value = rest.drop { $0.isSpace }
        guard hasColon || value.startIndex > rest.startIndex else { return nil }
        return isoDate(atStartOf: value)
    }

    /// `YYYY-MM-DD` at the start of `text`, not followed by another digit, if it exists.
    static func isoDate(atStartOf text: ArraySlice<Unicode.Scalar>) -> CalendarDate? {
        let scalars = Array(text.prefix(11))
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
            scalars.count == 10 || !scalars[10].isASCIIDigit
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard scalars[index].isASCIIDigit else { return nil }
                value = value * 10 + Int(scalars[index].value - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
            return nil
        }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// The lines of a scalar array, without their line breaks (LF, CR LF or CR), produced lazily.
struct ScalarLines: IteratorProtocol {
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var finished = false

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    mutating func next() -> ArraySlice<Unicode.Scalar>? {
        guard !finished else { return nil }
        var end = position
        while end < scalars.count, !scalars[end].isLineBreak { end += 1 }
        let line = scalars[position..<end]
        if end == scalars.count {
            finished = true
        } else {
            position = end + (scalars[end] == "\r" && end + 1 < scalars.count && scalars[end + 1] == "\n" ? 2 : 1)
        }
        return line
    }
}
