import FactDeskKit

/// The extractors FactDesk runs on every draft.
public enum StandardExtractors {
    /// Dates, durations, numbers (with ordinals and percentages) and name candidates, each kind
    /// found by one extractor. The number extractor leaves alone the digits of dates and durations.
    public static let all: [any Extractor] = [DateExtractor(), DurationExtractor(), NumberExtractor(), NameExtractor()]
}
