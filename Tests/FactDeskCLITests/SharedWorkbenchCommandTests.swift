import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The web workbench as editors share it, through `factdesk serve` on a real port: each
/// session's editor signs their decisions, and a new draft starts from the browser.
@Suite("factdesk serve, shared")
struct SharedWorkbenchCommandTests {
    private let server = ["FACTDESK_AUTHOR": "Desk Server <desk@example.org>"]
    private let token = "a-token-of-sixteen-characters-or-more"

    /// A workspace from the sample that knows one editor's e-mail, its French draft checked once.
    private func desk(_ folder: TemporaryFolder) throws -> (URL, [String]) {
        let workspace = folder.url.appendingPathComponent("desk")
        #expect(try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"], environment: server).status == 0)
        let settings = workspace.appendingPathComponent("factdesk.yml")
        try Data((try String(contentsOf: settings, encoding: .utf8) + "editors:\n  - Claire Martin <claire@example.org>\n").utf8)
            .write(to: settings)
        let checked = try FactDeskBinary.run(
            ["check", "--format", "json", "drafts/assemblee-generale.fr.md"], environment: server, in: workspace)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
        let findings = try #require((root["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        return (workspace, findings.compactMap { $0["id"] as? String })
    }

    @Test func twoEditorsSignTheirOwnDecisionsAndTheServerCommits() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, ids) = try desk(folder)
        let served = try ServedWorkbench(workspace: workspace, environment: server, token: token)
        defer { served.stop() }
        let claire = try await served.session()
        let bruno = try await served.session()

        // A fresh session of a shared workbench is asked for a name.
        let page = String(decoding: try await served.get("/", session: claire).0, as: UTF8.self)
        #expect(page.contains("id=\"editor-name\""))
        #expect(try await served.post("/api/session/name", json: ["name": "Claire Martin"], session: claire).0 == 200)
        #expect(try await served.post("/api/session/name", json: ["name": "Bruno <x>"], session: bruno).0 == 400)
        #expect(try await served.post("/api/session/name", json: ["name": "Bruno Diaz"], session: bruno).0 == 200)
        let signed = String(decoding: try await served.get("/", session: claire).0, as: UTF8.self)
        #expect(signed.contains("Decisions signed by Claire Martin"))
        #expect(!signed.contains("id=\"editor-name\""))

        let dismissed = try await served.post(
            "/api/findings/\(ids[0])/dismiss", json: ["reason": "vérifié"], session: claire)
        #expect(dismissed.0 == 201, "\(String(decoding: dismissed.1, as: UTF8.self))")
        let accepted = try await served.post("/api/findings/\(ids[1])/accept", json: [:], session: bruno)
        #expect(accepted.0 == 201, "\(String(decoding: accepted.1, as: UTF8.self))")
        let decision = try #require(try JSONSerialization.jsonObject(with: accepted.1) as? [String: Any])
        #expect((decision["decision"] as? [String: Any])?["author"] as? String == "Bruno Diaz <none>")

        let log = try Git.output(["log", "-2", "--format=%an <%ae>|%cn <%ce>|%s"], in: workspace)
            .split(separator: "\n")
        #expect(log.count == 2, "\(log)")
        #expect(log[0].hasPrefix("Bruno Diaz <none>|Desk Server <desk@example.org>|accept \(ids[1])"), "\(log)")
        #expect(log[1].hasPrefix("Claire Martin <claire@example.org>|Desk Server <desk@example.org>|dismiss \(ids[0])"))
    }

    @Test func aNewDraftStartsFromTheBrowserCheckedOnCreation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, _) = try desk(folder)
        let served = try ServedWorkbench(workspace: workspace, environment: server)
        defer { served.stop() }
        let session = try await served.session()
        let page = String(decoding: try await served.get("/", session: session).0, as: UTF8.self)
        #expect(page.contains("<form id=\"new-draft\" data-create=\"/api/drafts\">"))
        #expect(!page.contains("id=\"editor-name\""), "a workbench on loopback without a token is not shared")

        let text = "Rendez-vous le 31 avril 2025 à Lyon.\n"
        let (status, body) = try await served.post("/api/drafts", json: ["name": "brief.fr.md", "text": text], session: session)
        #expect(status == 201, "\(String(decoding: body, as: UTF8.self))")
        let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        #expect(answer["revision"] as? String != nil)
        #expect(String(decoding: body, as: UTF8.self).contains("invalid-date"))
        #expect(try String(contentsOf: workspace.appendingPathComponent("drafts/brief.fr.md"), encoding: .utf8) == text)
        #expect(try Git.output(["log", "-1", "--format=%s"], in: workspace).hasPrefix("check drafts/brief.fr.md: 1 error"))

        #expect(try await served.post("/api/drafts", json: ["name": "brief.fr.md", "text": text], session: session).0 == 409)
        #expect(try await served.post("/api/drafts", json: ["name": "../escape.md", "text": text], session: session).0 == 400)
        #expect(try await served.post("/api/drafts", json: ["name": "empty.md", "text": " "], session: session).0 == 400)
    }
}
