import FactDeskEngine
import FactDeskKit
import Foundation

/// Runs the checkers over the text of a workspace's draft, for ``WorkspaceDraftCheck``: in this
/// process (``InProcessTextChecking``), or in another one, where a checker that traps cannot
/// take the caller down (`factdesk serve` runs `factdesk check` as such a worker).
public protocol DraftTextChecking: Sendable {
    /// The findings on `document`, a draft of a workspace (its path says which).
    /// - Throws: when the checkers cannot run: reference data that does not load, a worker that fails.
    func report(on document: Document) throws -> DocumentReport
}

/// Checks in this process, one checker after another
/// (``Engine/checkSequentially(_:sharing:crashed:willRun:didRun:)``), so that a server can run it on a
/// thread of its own without taking threads from the concurrency pool that serves requests.
public struct InProcessTextChecking: DraftTextChecking {
    /// The checkers to run.
    public let catalog: CheckerCatalog

    /// Creates a checking that runs `catalog`.
    public init(catalog: CheckerCatalog) {
        self.catalog = catalog
    }

    /// Runs the checkers with the reference data of the draft's workspace, on the day of the
    /// check (``CheckDay``) when the draft gives no publication date.
    /// - Throws: ``ReferenceError`` when that data does not load, ``CheckDay/MalformedEpoch``.
    public func report(on document: Document) throws -> DocumentReport {
        var document = document
        if document.published == nil { document.checkDay = try CheckDay.current() }
        let reference = try CheckSetup.reference(given: [], drafts: [document.path])
        return CheckSetup.engine(catalog: catalog, reference: reference).checkSequentially(document)
    }
}
