import FactDeskKit

/// Runs checkers over documents: extract once, check concurrently, order deterministically,
/// isolate failures.
public struct Engine: Sendable {
    /// The checkers this engine runs.
    public let catalog: CheckerCatalog
    /// The extractors whose mentions the checkers read.
    public let extractors: [any Extractor]
    /// The reference data the checkers compare drafts with, if any was loaded.
    public let reference: (any ReferenceLookup)?
    /// The rules off by default (``RuleDescriptor/enabledByDefault``) that this engine turns on,
    /// as `checker/rule`.
    public let enabledRules: Set<String>
    /// The rules off by default that this engine does not turn on: their findings are dropped.
    private let silencedRules: Set<String>

    /// Creates an engine.
    /// - Parameters:
    ///   - catalog: the checkers to run.
    ///   - extractors: the extractors whose mentions the checkers read.
    ///   - reference: the reference data, or `nil` when none was loaded.
    ///   - enabledRules: rules off by default to report all the same, as `checker/rule`
    ///     (`name/unknown-name`).
    public init(
        catalog: CheckerCatalog, extractors: [any Extractor], reference: (any ReferenceLookup)? = nil,
        enabledRules: Set<String> = []
    ) {
        self.catalog = catalog
        self.extractors = extractors
        self.reference = reference
        self.enabledRules = enabledRules
        self.silencedRules = Set(
            catalog.descriptors.flatMap { checker in
                checker.rules.filter { !$0.enabledByDefault }.map { "\(checker.id)/\($0.id)" }
            }
        ).subtracting(enabledRules)
    }

    /// Checks documents concurrently; reports come back in the order of `documents`. A document
    /// that is another's counterpart is extracted once (``ExtractionShare``).
    public func check(_ documents: [Document]) async -> [DocumentReport] {
        let share = ExtractionShare(documents)
        return await withTaskGroup(of: (Int, DocumentReport).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, await check(document, sharing: share)) }
            }
            var reports = [DocumentReport?](repeating: nil, count: documents.count)
            for await (index, report) in group { reports[index] = report }
            return reports.map { $0! }
        }
    }

    /// Checks one document, running its checkers concurrently.
    /// - Parameter share: the extractions shared by the run's documents, if it checks several.
    public func check(_ document: Document, sharing share: ExtractionShare? = nil) async -> DocumentReport {
        let context = context(for: document, sharing: share)
        let findings = await withTaskGroup(of: [Finding].self) { group in
            for checker in catalog.checkers {
                group.addTask { run(checker, on: document, context: context) }
            }
            var all: [Finding] = []
            for await findings in group { all.append(contentsOf: findings) }
            return all
        }
        return DocumentReport(document: document, findings: FindingOrder.arrange(findings))
    }

    /// Checks one document synchronously, one checker after another, telling `willRun` before
    /// each checker starts and `didRun` after it ends; checkers listed in `crashed` are not run
    /// and are reported as crashed; `share` holds the extractions shared by the run's documents.
    ///
    /// This is the form a supervised worker process uses: when a checker traps, the supervisor
    /// knows from the last `willRun` without its `didRun` which one it was, and runs the
    /// document again with it in `crashed`.
    public func checkSequentially(
        _ document: Document, sharing share: ExtractionShare? = nil, crashed: Set<String> = [],
        willRun: (String) -> Void = { _ in }, didRun: (String) -> Void = { _ in }
    ) -> DocumentReport {
        let context = context(for: document, sharing: share)
        var findings: [Finding] = []
        for checker in catalog.checkers {
            let id = checker.descriptor.id
            if crashed.contains(id) {
                findings.append(CheckerFailure.crashed(checker: id, in: document))
                continue
            }
            willRun(id)
            findings.append(contentsOf: run(checker, on: document, context: context))
            didRun(id)
        }
        return DocumentReport(document: document, findings: FindingOrder.arrange(findings))
    }

    /// What the checkers of `document` read: its mentions, and its counterpart's when it has one,
    /// each taken from `share` when the run shares it.
    func context(for document: Document, sharing share: ExtractionShare?) -> CheckContext {
        func mentions(_ document: Document) -> [Mention] {
            share?.mentions(of: document, extract: extractors.mentions(in:)) ?? extractors.mentions(in: document)
        }
        return CheckContext(
            mentions: mentions(document), reference: reference, enabledRules: enabledRules,
            counterpart: document.counterpart.map { Counterpart(document: $0, mentions: mentions($0)) })
    }

    /// Runs one checker, turning a thrown error into one `checker-error` finding and dropping the
    /// findings of silenced rules.
    func run(_ checker: any Checker, on document: Document, context: CheckContext) -> [Finding] {
        do {
            let findings = try checker.check(document, context: context)
            guard !silencedRules.isEmpty else { return findings }
            return findings.filter { !silencedRules.contains("\($0.checker)/\($0.rule)") }
        } catch {
            return [CheckerFailure.threw(checker: checker.descriptor.id, error: error, in: document)]
        }
    }
}
