import FactDeskKit

/// A property facts can state, with the words drafts use for it in each language.
public struct Property: Hashable, Sendable, Identifiable {
    /// The id facts refer to (`member-countries`).
    public var id: String
    /// The words that introduce the property in a draft, per language (`pays membres`).
    public var terms: [Language: [String]]
    /// Where the property is declared, or `nil` for a well-known property.
    public var location: SourceLocation?

    /// Creates a property.
    public init(id: String, terms: [Language: [String]], location: SourceLocation? = nil) {
        self.id = id
        self.terms = terms
        self.location = location
    }

    /// The properties any reference data may use without declaring them, with default terms.
    ///
    /// `founded` takes a year or a date (a bare number such as `1923` is read as a year); the
    /// others are counts.
    public static let wellKnown: [String: Property] = Dictionary(
        uniqueKeysWithValues: [
            Property(
                id: founded,
                terms: [
                    .fr: ["fondé", "fondée", "créé", "créée", "fondation", "création"],
                    .en: ["founded", "established", "created"],
                ]),
            Property(
                id: "member-countries",
                terms: [.fr: ["pays membres", "États membres"], .en: ["member countries", "member states"]]),
            Property(id: "members", terms: [.fr: ["membres", "adhérents"], .en: ["members"]]),
            Property(id: "employees", terms: [.fr: ["employés", "salariés", "agents"], .en: ["employees", "staff"]]),
            Property(id: "population", terms: [.fr: ["habitants"], .en: ["inhabitants", "residents", "population"]]),
        ].map { ($0.id, $0) })

    /// The well-known property whose value is a date: when the entity was founded.
    public static let founded = "founded"
}
