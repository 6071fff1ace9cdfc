import FactDeskKit

extension NumberCheck {
    /// The number mention that starts exactly at `offset`, by binary search.
    func number(startingAt offset: Int) -> Mention? {
        let found = numbers.partitionPoint { $0.span.start >= offset }
        return found < numbers.count && numbers[found].span.start == offset ? numbers[found] : nil
    }

    /// The number mention that ends exactly at `offset`, by binary search.
    func number(endingAt offset: Int) -> Mention? {
        let found = numbers.partitionPoint { $0.span.end >= offset }
        return found < numbers.count && numbers[found].span.end == offset ? numbers[found] : nil
    }

    /// The number mention that starts with token `index`; `nil` when there is no such token.
    func number(startingAtToken index: Int) -> Mention? {
        guard index >= 0, index < document.tokens.count else { return nil }
        return number(startingAt: document.tokens[index].span.start)
    }

    /// The number mention that ends with token `index`; `nil` when there is no such token.
    func number(endingAtToken index: Int) -> Mention? {
        guard index >= 0, index < document.tokens.count else { return nil }
        return number(endingAt: document.tokens[index].span.end)
    }
}
