/// A recurring event with numbered editions, such as a general assembly.
public struct Series: Hashable, Sendable, Identifiable {
    /// The id (`interpol-general-assembly`).
    public var id: String
    /// Every accepted spelling; the first is canonical.
    public var names: [Name]
    /// The editions, in the order written.
    public var editions: [Edition]
    /// Where the series is written.
    public var location: SourceLocation?

    /// Creates a series.
    public init(id: String, names: [Name], editions: [Edition], location: SourceLocation? = nil) {
        self.id = id
        self.names = names
        self.editions = editions
        self.location = location
    }

    /// The canonical spelling: the first name.
    public var canonicalName: String { names.first?.text ?? id }
}

/// One numbered edition of a series.
public struct Edition: Hashable, Sendable {
    /// Its number (93 for the 93rd).
    public var number: Int
    /// Its first day.
    public var start: ReferenceDate?
    /// Its last day.
    public var end: ReferenceDate?
    /// Where it was held, as a place name.
    public var place: String?
    /// Where the edition is written.
    public var location: SourceLocation?

    /// Creates an edition.
    public init(
        number: Int, start: ReferenceDate? = nil, end: ReferenceDate? = nil, place: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.number = number
        self.start = start
        self.end = end
        self.place = place
        self.location = location
    }

    /// Whether the edition's dates fall (even partly) in a year.
    public func isHeld(inYear year: Int) -> Bool {
        guard let first = start ?? end else { return false }
        let last = end ?? first
        return first.year <= year && year <= last.year
    }
}
