import FactDeskKit
import FactDeskWorkspace
import Foundation
import Testing

/// The scripted story: init → check → edit (fix one, move another) → check → dismiss → check,
/// then log, diff and history tell exactly that story, and git agrees.
@Suite("Scenario: a draft's annotated history")
struct ScenarioTests {
    static let firstDraft = """
        ---
        title: Assemblée générale
        ---
        Marrakech accueille le mardi 24 novembre 2025 la 93e Assemblée générale d'INTERPOL.

        L'organisation compte 195 pays membres. Son président, Ahmed Naser Al-Raissi, ouvre la session.

        """

    static let secondDraft = """
        ---
        title: Assemblée générale
        ---
        L'organisation compte 196 pays membres. Son président, Ahmed Naser Al-Raissi, ouvre la session.

        Un paragraphe ajouté avant la date.

        Marrakech accueille le mardi 24 novembre 2025 la 93e Assemblée générale d'INTERPOL.

        """

    @Test func checkEditDismissCheckTellsTheStory() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        let root = workspace.root
        let path = "drafts/ga.md"

        try write(Self.firstDraft, to: path, in: root)
        let first = try workspace.check(path)
        let weekday = try #require(first.findings.first { $0.rule == "weekday-mismatch" })
        let members = try #require(first.findings.first { $0.rule == "fact-mismatch" })
        let president = try #require(first.findings.first { $0.rule == "misspelled-name" })
        #expect(first.counts.phrase == "1 error, 2 warnings (3 new)")
        let firstRevision = try #require(first.revision)
        #expect(try workspace.check(path).revision == nil, "an unchanged draft commits nothing")

        try write(Self.secondDraft, to: path, in: root)
        let second = try workspace.check(path)
        #expect(second.newFindingIDs.isEmpty)
        #expect(second.resolved.map(\.id) == [members.id])
        #expect(second.counts.phrase == "1 error, 1 warning (1 resolved)")
        let secondRevision = try #require(second.revision)

        let decision = try workspace.dismiss(president.id, reason: "orthographe de l'agence")
        #expect(decision.draft == path && decision.author == "Ada Editor <ada@example.org>")
        let third = try workspace.check(path)
        #expect(third.findings.first { $0.id == president.id }?.status == .dismissed)
        #expect(third.findings.first { $0.id == weekday.id }?.status == .open)
        #expect(third.counts.phrase == "1 error (1 dismissed)")
        let thirdRevision = try #require(third.revision)

        let log = try workspace.log(draft: try DraftPath(path))
        #expect(
            log.map(\.title) == [
                "check drafts/ga.md: 1 error (1 dismissed)",
                "dismiss \(president.id) in drafts/ga.md: orthographe de l'agence",
                "check drafts/ga.md: 1 error, 1 warning (1 resolved)",
                "check drafts/ga.md: 1 error, 2 warnings (3 new)",
            ])
        #expect(log.map(\.id) == [thirdRevision, log[1].id, secondRevision, firstRevision])
        guard case .check(_, let counts) = log[3].action else { Issue.record("not a check"); return }
        #expect((counts.open, counts.new, counts.resolved, counts.dismissed) == (3, 3, 0, 0))
        #expect(try workspace.log().last?.action == .create)

        let diff = try workspace.diff(from: firstRevision.hex, to: secondRevision.hex)
        #expect(diff.drafts.map(\.draft) == [path])
        let draftDiff = try #require(diff.drafts.first)
        #expect(draftDiff.added.isEmpty)
        #expect(draftDiff.resolved.map(\.id) == [members.id])
        #expect(Set(draftDiff.unchanged.map(\.id)) == [weekday.id, president.id])
        let numstat = try git("diff", "--numstat", firstRevision.hex, secondRevision.hex, "--", path, in: root)
        #expect(numstat == "\(draftDiff.text.linesAdded)\t\(draftDiff.text.linesRemoved)\t\(path)\n")
        #expect(draftDiff.text.linesAdded == 4)

        let weekdayHistory = try workspace.history(of: weekday.id).events
        #expect(weekdayHistory.map(\.kind) == [.appeared, .moved])
        #expect(weekdayHistory.map(\.revision) == [firstRevision, secondRevision])
        #expect(weekdayHistory[1].location?.line == 8)
        #expect(weekdayHistory[1].detail == "from line 4, column 24")
        let presidentHistory = try workspace.history(of: president.id).events
        #expect(presidentHistory.map(\.kind) == [.appeared, .moved, .dismissed])
        #expect(presidentHistory[2].detail == "orthographe de l'agence")
        let membersHistory = try workspace.history(of: members.id).events
        #expect(membersHistory.map(\.kind) == [.appeared, .resolved])
        #expect(membersHistory.last?.revision == secondRevision)

        let shown = try workspace.show(revision: "HEAD~1")
        #expect(shown.draft == path && shown.text == Self.secondDraft)
        #expect(
            shown.findings.first { $0.id == president.id }?.status == .dismissed, "decisions apply at their revision")
        let original = try workspace.show(revision: String(firstRevision.hex.prefix(8)), draft: try DraftPath(path))
        #expect(original.text == Self.firstDraft && original.findings.count == 3)

        #expect(try git("fsck", "--strict", in: root).isEmpty)
        #expect(try git("status", "--porcelain", in: root).isEmpty)
        #expect(try git("log", "--format=%s", in: root).split(separator: "\n").count == 5)
        let annotations = try git("show", "\(firstRevision.hex):annotations/ga.json", in: root)
        #expect(annotations.split(separator: "\n").filter { $0.hasPrefix("{\"checker\"") }.count == 3)
        #expect(annotations.contains("\"id\":\"\(weekday.id)\""))
        let trailers = try git("log", "-1", "--format=%(trailers:key=FactDesk-Findings,valueonly)", in: root)
        #expect(trailers.hasPrefix("open=1 new=0 resolved=0 dismissed=1 accepted=0 error=1"))
    }

    @Test func publishTagsTheLatestCheckOnce() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Workspace.create(at: folder.appendingPathComponent("ws"), options: testOptions())
        let draft = try DraftPath("drafts/ga.md")
        try write(Self.firstDraft, to: draft.path, in: workspace.root)
        #expect(throws: WorkspaceError.draftNeverChecked(path: draft.path)) { try workspace.publish(draft) }
        let checked = try #require(try workspace.check(draft.path).revision)

        let publication = try workspace.publish(draft)
        #expect(
            publication.tag == "published/ga/1" && publication.revision == checked && publication.draft == draft.path)
        #expect(throws: WorkspaceError.alreadyPublished(tag: "published/ga/1")) { try workspace.publish(draft) }
        #expect(try workspace.show(revision: "published/ga/1").text == Self.firstDraft)
        #expect(try git("tag", "-l", "published/*", in: workspace.root) == "published/ga/1\n")

        try write(Self.secondDraft, to: draft.path, in: workspace.root)
        #expect(throws: WorkspaceError.draftChangedSinceCheck(path: draft.path)) { try workspace.publish(draft) }
        try workspace.check(draft.path)
        #expect(try workspace.publish(draft).tag == "published/ga/2")
        #expect(try git("rev-parse", "published/ga/1^{commit}", in: workspace.root) == checked.hex + "\n")
    }

    @Test func createCopiesATemplateAndCommitsIt() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("template")
        try write("languages: [fr]\nauthor: Grace Checker <grace@example.org>\n", to: "factdesk.yml", in: template)
        try write(Self.firstDraft, to: "drafts/ga.md", in: template)
        try write("entities: []\n", to: "reference/base.yml", in: template)
        let workspace = try Workspace.create(
            at: folder.appendingPathComponent("ws"), template: template, options: WorkspaceOptions(environment: [:]))
        let files = try git("ls-files", in: workspace.root).split(separator: "\n")
        #expect(
            files == [
                "annotations/.gitkeep", "decisions/.gitkeep", "drafts/.gitkeep", "drafts/ga.md", "factdesk.yml",
                "reference/.gitkeep", "reference/base.yml", "rules/.gitkeep",
            ])
        #expect(
            try git("log", "--format=%an <%ae>|%s", in: workspace.root)
                == "Grace Checker <grace@example.org>|create FactDesk workspace\n")
        #expect(try git("symbolic-ref", "--short", "HEAD", in: workspace.root) == "main\n")
        #expect(try git("status", "--porcelain", in: workspace.root).isEmpty)
        #expect(throws: WorkspaceError.alreadyExists(path: workspace.root.path)) {
            try Workspace.create(at: workspace.root, options: testOptions())
        }
    }
}
