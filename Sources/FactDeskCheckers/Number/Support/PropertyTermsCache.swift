import FactDeskKit
import Foundation

/// The property terms read in this run, by the terms reference data gave, so that every draft of
/// a run splits and folds them once rather than once per draft (a few are kept: a run has one
/// reference data and two languages, tests a handful).
final class PropertyTermsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [(given: [PropertyTerm], read: PropertyTerms)] = []
    private static let capacity = 4

    /// The terms read from `given`, on first use.
    func terms(_ given: [PropertyTerm]) -> PropertyTerms {
        lock.lock()
        defer { lock.unlock() }
        if let known = kept.first(where: { $0.given == given }) { return known.read }
        let read = PropertyTerms(given)
        kept.append((given, read))
        if kept.count > Self.capacity { kept.removeFirst() }
        return read
    }
}
