import FactDeskKit

/// Counts of repetitions: "the spacecraft will fly past Titan 30 times", « la sonde survolera
/// Titan 30 fois ». The count after the verb's object is how many times the subject does it — a
/// total, whatever word stands before it.
extension ClaimBuilder {
    /// Words of repetition after a count, folded.
    static let repetitionWords: Set<String> = ["times", "fois"]

    /// Whether a property's term is a single word of repetition that ends its clause ("30 times.",
    /// "30 times, the agency said"), not a factor ("30 times larger", "three times the size").
    func isRepetitionCount(_ term: Range<Int>, in sentence: Range<Int>) -> Bool {
        guard term.count == 1, isWord(term.lowerBound, in: Self.repetitionWords) else { return false }
        return term.upperBound >= sentence.upperBound || tokens[term.upperBound].kind == .punctuation
    }
}
