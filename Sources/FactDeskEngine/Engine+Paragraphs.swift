import FactDeskKit

extension Engine {
    /// Checks one document with the findings ``check(_:sharing:)`` gives, running the
    /// paragraph-local rules (``RuleScope/paragraph``) only on the paragraphs `memo` does not hold
    /// and taking the others' findings from it; every other rule runs on the whole draft. Leaves
    /// in `memo` the paragraphs of this document.
    ///
    /// A checker with paragraph-local rules runs twice: on the whole draft for its other rules
    /// (``CheckContext/scope`` `.document`), and with the mentions of the changed paragraphs only
    /// for its paragraph-local rules (`.paragraph`), whose findings outside those paragraphs are
    /// dropped. A checker that throws reports its one `checker-error` finding and nothing else, as
    /// in a full check, and the changed paragraphs are not kept.
    public func check(_ document: Document, reusing memo: inout ParagraphMemo) async -> DocumentReport {
        let context = context(for: document, sharing: nil)
        var kept: [ParagraphMemo.Key: [Finding]] = [:]
        var reused: [Finding] = []
        var changed: [(paragraph: Span, key: ParagraphMemo.Key)] = []
        var changedMentions: [Mention] = []
        var cursor = 0
        for paragraph in document.paragraphs {
            while cursor < context.mentions.count, context.mentions[cursor].span.start < paragraph.start { cursor += 1 }
            var end = cursor
            while end < context.mentions.count, context.mentions[end].span.start < paragraph.end { end += 1 }
            let key = ParagraphMemo.key(of: paragraph, in: document, mentions: context.mentions[cursor..<end])
            if let findings = memo.findings[key] {
                kept[key] = findings
                reused += findings.map { ParagraphMemo.place($0, at: paragraph.start, in: document) }
            } else {
                changed.append((paragraph, key))
                changedMentions += context.mentions[cursor..<end]
            }
            cursor = end
        }
        var changedContext = context
        changedContext.mentions = changedMentions
        changedContext.scope = .paragraph
        let narrow = changed.isEmpty ? nil : changedContext
        let outcomes = await withTaskGroup(of: ScopedOutcome.self) { group in
            for checker in catalog.checkers {
                group.addTask { scopedRun(checker, on: document, context: context, narrow: narrow) }
            }
            var outcomes: [ScopedOutcome] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        let failed = Set(outcomes.filter(\.failed).map(\.checker))
        var fresh = [[Finding]](repeating: [], count: changed.count)
        for finding in outcomes.flatMap(\.paragraphFindings) {
            let index = changed.partitionPoint { $0.paragraph.end > finding.span.start }
            guard index < changed.count, changed[index].paragraph.start <= finding.span.start else { continue }
            fresh[index].append(finding)
        }
        if failed.isEmpty {
            for (index, entry) in changed.enumerated() {
                kept[entry.key] = fresh[index].map { ParagraphMemo.relative($0, from: entry.paragraph.start) }
            }
        }
        memo.findings = kept
        memo.reusedParagraphs = document.paragraphs.count - changed.count
        memo.checkedParagraphs = changed.count
        let findings =
            outcomes.flatMap(\.documentFindings) + fresh.joined() + reused.filter { !failed.contains($0.checker) }
        return DocumentReport(document: document, findings: FindingOrder.arrange(findings))
    }

    /// One checker's findings in a check by scope.
    private struct ScopedOutcome: Sendable {
        let checker: String
        /// The findings of its rules that read the whole draft, or its `checker-error` finding.
        let documentFindings: [Finding]
        /// The findings of its paragraph-local rules in the changed paragraphs (and maybe elsewhere).
        let paragraphFindings: [Finding]
        /// Whether it threw.
        let failed: Bool
    }

    /// Runs a checker on the whole draft with `context`; when it has paragraph-local rules, for the
    /// others only, and again with `narrow` (when given) for those. A checker with paragraph-local
    /// rules that throws in either run has failed.
    private func scopedRun(_ checker: any Checker, on document: Document, context: CheckContext, narrow: CheckContext?)
        -> ScopedOutcome
    {
        let id = checker.descriptor.id
        let local = Set(checker.descriptor.rules.filter { $0.scope == .paragraph }.map(\.id))
        func failure(_ findings: [Finding]) -> Finding? {
            findings.first { $0.checker == id && $0.rule == CheckerFailure.rule }
        }
        guard !local.isEmpty else {
            return ScopedOutcome(
                checker: id, documentFindings: run(checker, on: document, context: context), paragraphFindings: [],
                failed: false)
        }
        var wide = context
        wide.scope = .document
        let whole = run(checker, on: document, context: wide)
        if let failure = failure(whole) {
            return ScopedOutcome(checker: id, documentFindings: [failure], paragraphFindings: [], failed: true)
        }
        let paragraphs = narrow.map { run(checker, on: document, context: $0) } ?? []
        if let failure = failure(paragraphs) {
            return ScopedOutcome(checker: id, documentFindings: [failure], paragraphFindings: [], failed: true)
        }
        return ScopedOutcome(
            checker: id, documentFindings: whole.filter { !local.contains($0.rule) },
            paragraphFindings: paragraphs.filter { local.contains($0.rule) }, failed: false)
    }
}
