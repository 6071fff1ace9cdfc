import FactDeskLanguageServer
import Testing

@Suite("CrashBackoff")
struct CrashBackoffTests {
    /// Which of `checks` checks of draft.md run `date` when it crashes every time it runs.
    func runs(in checks: Int) -> [Int] {
        var backoff = CrashBackoff()
        var ran: [Int] = []
        for check in 1...checks {
            let out = backoff.sittingOut(check: "draft.md")
            if !out.contains("date") {
                ran.append(check)
                backoff.crashed("date", checking: "draft.md")
            }
            backoff.completed(check: "draft.md", leftOut: out.union(["date"]))
        }
        return ran
    }

    @Test func aCheckerThatCrashesEveryTimeRunsAtExponentiallySpacedChecks() {
        #expect(runs(in: 40) == [1, 2, 4, 8, 16, 32])
    }

    @Test func theSpacingStopsGrowingAtTheMaximum() {
        let ran = runs(in: 400)
        let gaps = zip(ran.dropFirst(), ran).map { $0 - $1 }
        #expect(gaps.suffix(3) == Array(repeating: CrashBackoff.maximumSkipped + 1, count: 3))
    }

    @Test func aCheckerRunsAgainAtTheNextCheckAfterOneCrashAndIsForgivenWhenItRunsThrough() {
        var backoff = CrashBackoff()
        backoff.crashed("date", checking: "a.md")
        #expect(backoff.sittingOut(check: "a.md").isEmpty)
        backoff.crashed("date", checking: "a.md")
        #expect(backoff.sittingOut(check: "a.md") == ["date"])
        backoff.completed(check: "a.md", leftOut: ["date"])
        #expect(backoff.sittingOut(check: "a.md").isEmpty)
        backoff.completed(check: "a.md", leftOut: [])
        backoff.crashed("date", checking: "a.md")
        #expect(backoff.sittingOut(check: "a.md").isEmpty, "the record was cleared: one crash again")
    }

    @Test func eachDocumentHasItsOwnRecord() {
        var backoff = CrashBackoff()
        backoff.crashed("date", checking: "a.md")
        backoff.crashed("date", checking: "a.md")
        #expect(backoff.sittingOut(check: "a.md") == ["date"])
        #expect(backoff.sittingOut(check: "b.md").isEmpty)
    }
}
