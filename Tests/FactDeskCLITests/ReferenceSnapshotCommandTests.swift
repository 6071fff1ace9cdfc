import Foundation
import Testing

/// `factdesk reference build` and the snapshot a check maps: whatever happens to the snapshot
/// or its cache folder, the check answers from the sources with at most a one-line notice.
@Suite struct ReferenceSnapshotCommandTests {
    private static let draft = "INTERPOL compte 195 pays membres, selon le secrétariat.\n"

    /// INTERPOL's member count, and `people` made-up people to make the snapshot bigger.
    private static func referenceYAML(members: Int, people: Int) -> String {
        """
        entities:
          - id: interpol
            kind: organization
            names: [INTERPOL, Interpol]
            facts:
              - {property: member-countries, value: \(members), source: "https://example.org/members"}

        """
            + (0..<people).map { "  - {id: person-\($0), kind: person, names: [Person Number\($0) Example]}\n" }.joined()
    }

    /// A draft, its reference file and a cache folder of its own.
    private struct Setup {
        let folder: TemporaryFolder
        let draft: String
        let reference: String
        var cache: URL { folder.url.appendingPathComponent("cache") }

        init(people: Int = 0) throws {
            folder = try TemporaryFolder()
            draft = try folder.write("claim.md", Data(ReferenceSnapshotCommandTests.draft.utf8))
            reference = try folder.write("reference.yml", Data(referenceYAML(members: 196, people: people).utf8))
        }

        func run(_ arguments: [String], cache: String? = nil) throws -> FactDeskBinary.Result {
            try FactDeskBinary.run(arguments, environment: ["XDG_CACHE_HOME": cache ?? self.cache.path])
        }

        func check(cache: String? = nil) throws -> FactDeskBinary.Result {
            try run(
                ["check", "--no-commit", "--published", "2025-11-24", "--reference", reference, draft], cache: cache)
        }

        func build() throws -> FactDeskBinary.Result {
            try run(["reference", "build", reference])
        }

        /// The snapshot files in the cache folder.
        func snapshots() throws -> [URL] {
            let folder = cache.appendingPathComponent("factdesk")
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                .map { folder.appendingPathComponent($0) }
        }
    }

    private static func expectMismatch(_ result: FactDeskBinary.Result, members: Int = 196) {
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("fact-mismatch"), "stdout: \(result.stdout)")
        #expect(result.stdout.contains("\(members)"))
    }

    @Test func buildWritesTheSnapshotOnceAndChecksUseIt() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let built = try setup.build()
        #expect(built.status == 0, "stderr: \(built.stderr)")
        #expect(built.stdout.hasPrefix("reference snapshot written: \(setup.cache.path)/factdesk/reference-"))
        #expect(built.stdout.hasSuffix(".snapshot (1 entities, 0 series, 2 names)\n"))
        let again = try setup.build()
        #expect(again.stdout.hasPrefix("reference snapshot up to date: "))
        let warm = try setup.check()
        Self.expectMismatch(warm)
        #expect(warm.stderr.isEmpty)
        let cold = try setup.check(cache: setup.folder.url.appendingPathComponent("other-cache").path)
        #expect(cold.stdout == warm.stdout)
        #expect(try setup.snapshots().count == 1)
    }

    @Test func buildReportsInvalidDataAndWritesNothing() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        try Data("entities:\n  - {id: a, kind: nobody, names: [A]}\n".utf8)
            .write(to: URL(fileURLWithPath: setup.reference))
        let built = try setup.build()
        #expect(built.status == 2)
        #expect(built.stderr.contains("\(setup.reference):2:"))
        #expect(!FileManager.default.fileExists(atPath: setup.cache.appendingPathComponent("factdesk").path))
    }

    @Test(arguments: ["truncated", "tampered"])
    func aDamagedSnapshotGivesOneNoticeAndTheRightAnswer(damage: String) throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let expected = try setup.check()
        let snapshot = try #require(try setup.snapshots().first)
        var bytes = try Data(contentsOf: snapshot)
        if damage == "truncated" { bytes = bytes.prefix(bytes.count / 2) } else { bytes[bytes.count - 9] ^= 0x10 }
        try bytes.write(to: snapshot)
        let result = try setup.check()
        #expect(result.stdout == expected.stdout)
        #expect(result.stderr.hasPrefix("factdesk: reference snapshot \(snapshot.path) is damaged ("))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try setup.check().stderr.isEmpty, "the snapshot was rebuilt")
    }

    @Test func aCacheFolderThatCannotBeWrittenGivesOneNoticeAndTheRightAnswer() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let blocker = try setup.folder.write("not-a-folder", Data("x".utf8))
        let result = try setup.check(cache: blocker)
        Self.expectMismatch(result)
        #expect(result.stderr.hasPrefix("factdesk: cannot write reference snapshot \(blocker)/factdesk/reference-"))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        let built = try setup.run(["reference", "build", setup.reference], cache: blocker)
        #expect(built.status == 2)
        #expect(built.stderr.hasPrefix("factdesk: cannot write reference snapshot "))
    }

    @Test func aFullDiskGivesOneNoticeTheRightAnswerAndNoPartialFile() throws {
        let setup = try Setup(people: 500)
        defer { setup.folder.remove() }
        // A file size limit of 4 KB makes the snapshot's write fail part-way, as a full disk does.
        let script =
            "trap '' XFSZ; ulimit -f 4; exec \"$0\" check --no-commit --published 2025-11-24 --reference \"$1\" \"$2\""
        let result = try FactDeskBinary.runProgram(
            "/bin/bash", ["-c", script, FactDeskBinary.executable.path, setup.reference, setup.draft],
            environment: ["XDG_CACHE_HOME": setup.cache.path])
        Self.expectMismatch(result)
        #expect(result.stderr.hasPrefix("factdesk: cannot write reference snapshot "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(try setup.snapshots().isEmpty, "the temporary file is removed")
    }

    @Test func twoBuildsAtOnceLeaveOneWholeSnapshot() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 3) { _ in results.append(try? setup.build()) }
        #expect(results.all.allSatisfy { $0?.status == 0 })
        #expect(try setup.snapshots().count == 1)
        #expect(try setup.build().stdout.hasPrefix("reference snapshot up to date: "))
    }

    @Test func aReferenceChangingWhileChecksRunNeverGivesAStaleAnswer() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let writer = ReferenceRewriter(path: setup.reference, contents: [197, 196].map { Self.referenceYAML(members: $0, people: 0) })
        writer.start()
        var answers: [FactDeskBinary.Result] = []
        for _ in 0..<4 { answers.append(try setup.check()) }
        writer.stop()
        for answer in answers {
            #expect(answer.status == 1)
            #expect(answer.stdout.contains("196") || answer.stdout.contains("197"))
            #expect(answer.stderr.filter { $0 == "\n" }.count <= 1, "stderr: \(answer.stderr)")
        }
        // The writer stopped on 196: the check must say 196 whatever snapshot the race left.
        let settled = try setup.check()
        Self.expectMismatch(settled, members: 196)
        #expect(!settled.stdout.contains("197"))
    }
}

/// Results gathered from several threads.
private final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [FactDeskBinary.Result?] = []

    func append(_ result: FactDeskBinary.Result?) {
        lock.withLock { results.append(result) }
    }

    var all: [FactDeskBinary.Result?] { lock.withLock { results } }
}

/// Saves a file over and over as an editor does (a new file renamed over the old), alternating
/// contents, on a thread of its own; it stops on the last content.
private final class ReferenceRewriter: @unchecked Sendable {
    private let path: String
    private let contents: [String]
    private let lock = NSLock()
    private var running = true
    private let done = DispatchSemaphore(value: 0)

    init(path: String, contents: [String]) {
        self.path = path
        self.contents = contents
    }

    func start() {
        Thread.detachNewThread { [self] in
            var turn = 0
            while lock.withLock({ running }) {
                try? contents[turn % contents.count].write(toFile: path, atomically: true, encoding: .utf8)
                turn += 1
                usleep(3_000)
            }
            try? contents[contents.count - 1].write(toFile: path, atomically: true, encoding: .utf8)
            done.signal()
        }
    }

    func stop() {
        lock.withLock { running = false }
        done.wait()
    }
}
