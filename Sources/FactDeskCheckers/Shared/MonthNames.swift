/// Month names of both languages, folded with ``WordFolding``.
enum MonthNames {
    /// Month names of both languages, folded, by month number.
    static let numbers: [String: Int] = {
        let french = [
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre",
        ]
        let english = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var numbers: [String: Int] = [:]
        for (index, name) in (french.enumerated().map { $0 } + english.enumerated().map { $0 }) {
            numbers[name] = index + 1
        }
        return numbers
    }()
}
