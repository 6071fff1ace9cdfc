import FactDeskCheckers
import FactDeskKit
import FactDeskServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Checks at the same time never lose a revision; pages answer while a long check runs.
@Suite("Web workbench concurrency")
struct ConcurrencyTests {
    @Test func concurrentChecksOfOneDraftEachCommitARevision() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let original = try desk.file(TestDesk.frenchDraft)
        let texts = (1...6).map { original + "\nVersion \($0).\n" }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for text in texts {
                    group.addTask { try await client.check(TestDesk.frenchDraft, text: text, session: session).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: .created, count: texts.count))
        }
        let subjects = try desk.gitSubjects()
        #expect(subjects.count == 1 + texts.count)
        #expect(subjects.dropLast().allSatisfy { $0.hasPrefix("check drafts/assemblee-generale.fr.md") })
        let committed = Set(
            try (0..<texts.count).map { try desk.git("show", "HEAD~\($0):\(TestDesk.frenchDraft)") })
        #expect(committed == Set(texts))
        #expect(try desk.file(TestDesk.frenchDraft) == (try desk.git("show", "HEAD:\(TestDesk.frenchDraft)")))
    }

    @Test func pagesAnswerWhileALongCheckRuns() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let gate = GateChecker()
        let workbench = try desk.workbench(checkers: BuiltinCheckers.all + [gate])
        try await desk.withClient(workbench) { client in
            let session = try await TestSession.open(client)
            let text = try desk.file(TestDesk.frenchDraft)
            async let check = client.check(TestDesk.frenchDraft, text: text, session: session)
            while !gate.entered { try await Task.sleep(for: .milliseconds(20)) }
            for uri in [
                "/", "/drafts/general-assembly.en.md", "/api/drafts", "/api/drafts/assemblee-generale.fr.md/log",
            ] {
                #expect(try await client.execute(uri: uri, method: .get).status == .ok)
            }
            #expect(gate.open(), "the pages waited until the check gave up waiting")
            #expect(try await check.status == .created)
        }
    }
}

/// A checker that holds its check until the test opens the gate (or two minutes pass),
/// standing for a long check of a large draft.
final class GateChecker: Checker, @unchecked Sendable {
    private let lock = NSLock()
    private var hasEntered = false
    private var timedOut = false
    private let gate = DispatchSemaphore(value: 0)

    var descriptor: CheckerDescriptor {
        CheckerDescriptor(
            id: "gate", version: "1.0.0", summary: "Waits for the test.", languages: [.fr, .en], rules: [])
    }

    /// Whether a check is waiting at the gate.
    var entered: Bool { lock.withLock { hasEntered } }

    /// Lets the check go on; `false` when it had already stopped waiting.
    func open() -> Bool {
        gate.signal()
        return lock.withLock { !timedOut }
    }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        lock.withLock { hasEntered = true }
        let waited = gate.wait(timeout: .now() + 120)
        lock.withLock { timedOut = waited == .timedOut }
        return []
    }
}
