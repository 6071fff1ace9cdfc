extension RuleExample {
    /// The other-language version an example is compared with, for rules that read a draft's
    /// counterpart (the parity checker's). It carries no markers: the findings expected are
    /// those on the example's own text.
    public struct Counterpart: Sendable, Hashable, Codable {
        /// The other version's text.
        public var text: String
        /// Its language.
        public var language: Language

        /// Creates a counterpart text.
        public init(_ text: String, language: Language) {
            self.text = text
            self.language = language
        }
    }
}
