import FactDeskKit

extension PartialDate {
    /// Parses the forms ``PartialDate/description`` writes: `2025-11-24`, `2025-11`, `2025`,
    /// `--11-24`, `--11` and `---24`. Returns `nil` for anything else.
    init?(isoPartial text: String) {
        func number(_ part: Substring, digits: Int) -> Int? {
            guard part.count == digits, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(part)
        }
        if text.hasPrefix("---") {
            guard let day = number(text.dropFirst(3), digits: 2) else { return nil }
            self.init(day: day)
        } else if text.hasPrefix("--") {
            let parts = text.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let month = number(parts[0], digits: 2) else { return nil }
            let day = parts.count == 2 ? number(parts[1], digits: 2) : nil
            if parts.count == 2, day == nil { return nil }
            self.init(month: month, day: day)
        } else {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count), let year = number(parts[0], digits: 4) else { return nil }
            let rest = parts.dropFirst().map { number($0, digits: 2) }
            if rest.contains(nil) { return nil }
            self.init(year: year, month: rest.first ?? nil, day: rest.dropFirst().first ?? nil)
        }
    }
}
