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
        let workbench = try desk.workbench(checkers: BuiltinCheckers.all + [SlowChecker(seconds: 6)])
        try await desk.withClient(workbench) { client in
            let session = try await TestSession.open(client)
            let text = try desk.file(TestDesk.frenchDraft)
            let events = EventLog()
            async let check: Void = {
                let status = try await client.check(TestDesk.frenchDraft, text: text, session: session).status
                #expect(status == .created)
                events.append("check")
            }()
            try await Task.sleep(for: .milliseconds(300))
            for uri in ["/", "/drafts/general-assembly.en.md", "/api/drafts", "/api/drafts/assemblee-generale.fr.md/log"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .ok)
                events.append(uri)
            }
            try await check
            #expect(events.entries.last == "check", "a page waited for the check: \(events.entries)")
            #expect(events.entries.count == 5)
        }
    }
}

/// What happened, in order, across tasks.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    func append(_ entry: String) { lock.withLock { list.append(entry) } }
    var entries: [String] { lock.withLock { list } }
}

/// A checker that takes its time, standing for a long check of a large draft.
struct SlowChecker: Checker {
    let seconds: Double

    var descriptor: CheckerDescriptor {
        CheckerDescriptor(id: "slow", version: "1.0.0", summary: "Takes its time.", languages: [.fr, .en], rules: [])
    }

    func check(_ document: Document, context: CheckContext) throws -> [Finding] {
        Thread.sleep(forTimeInterval: seconds)
        return []
    }
}
