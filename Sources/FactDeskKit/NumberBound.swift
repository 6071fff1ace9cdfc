/// How a draft's words bound a number: "près de 200", "plus de 1 200", "au moins 5",
/// "about 200", "up to 5", or "une centaine", approximate by itself.
///
/// Checkers read a bound as the set of values the words allow: "plus de 1 200 participants"
/// is consistent with 1 250 participants, "environ 200" with 196.
public struct NumberBound: Hashable, Sendable {
    /// What the words say about the true value.
    public enum Relation: String, Codable, Sendable, CaseIterable, Hashable {
        /// "environ", "près de", "about", "around": close to the number, on either side.
        case approximately
        /// "presque", "nearly", "almost": a little below the number, or the number itself.
        case nearly
        /// "plus de", "more than", "over": above the number.
        case moreThan = "more-than"
        /// "au moins", "at least": the number or above.
        case atLeast = "at-least"
        /// "moins de", "less than", "fewer than": below the number.
        case lessThan = "less-than"
        /// "jusqu’à", "au plus", "up to", "at most": the number or below.
        case atMost = "at-most"
    }

    /// What the words say about the true value.
    public var relation: Relation
    /// The words that say it ("plus de"), in Unicode scalar offsets into the text as read; for a
    /// number approximate by itself ("une centaine"), the number's own span.
    public var span: Span

    /// Creates a bound.
    public init(_ relation: Relation, span: Span) {
        self.relation = relation
        self.span = span
    }
}
