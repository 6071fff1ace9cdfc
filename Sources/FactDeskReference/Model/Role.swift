import FactDeskKit

/// A position a person holds in an organisation over a period.
public struct Role: Hashable, Sendable {
    /// The title in each language it is given in (`en: President`, `fr: président`).
    public var title: [Language: String]
    /// The id of the organisation (or other entity) the role is in.
    public var organization: String
    /// When the person holds the role.
    public var validity: ValidityPeriod
    /// Where the role is written.
    public var location: SourceLocation?

    /// Creates a role.
    public init(
        title: [Language: String], organization: String, validity: ValidityPeriod = .always,
        location: SourceLocation? = nil
    ) {
        self.title = title
        self.organization = organization
        self.validity = validity
        self.location = location
    }
}
