/// How many digits a figure writes after its decimal mark, read from its text: 2 for "61,30 %",
/// 1 for "52.4%", 0 for "55%". The last comma or period is taken as the mark.
enum WrittenDecimals {
    /// The digits after the last comma or period among the text's digits and marks.
    static func count(in text: String) -> Int {
        let digits = text.filter { $0.isNumber || $0 == "," || $0 == "." }
        guard let mark = digits.lastIndex(where: { $0 == "," || $0 == "." }) else { return 0 }
        return digits.distance(from: mark, to: digits.endIndex) - 1
    }
}
