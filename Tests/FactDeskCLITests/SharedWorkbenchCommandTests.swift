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

    @Test func withTheScriptOffEveryFormPostsAndRecordsAsTheScriptWould() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, ids) = try desk(folder)
        let served = try ServedWorkbench(workspace: workspace, environment: server, token: token)
        defer { served.stop() }
        let claire = try await served.session()
        let draftPage = served.base + "/drafts/assemblee-generale.fr.md"

        let named = try await served.postForm("/session/name", fields: [("name", "Claire Martin")], session: claire)
        #expect(named.status == 200 && named.body.contains("Decisions signed by Claire Martin"), "\(named)")
        #expect(try await served.postForm("/session/name", fields: [("name", "")], session: claire).status == 400)

        let page = String(decoding: try await served.get("/drafts/assemblee-generale.fr.md", session: claire).0, as: UTF8.self)
        #expect(page.contains("<form class=\"decide\" method=\"post\" action=\"/findings/\(ids[0])/decision\""))
        #expect(page.contains("<form id=\"editor\" method=\"post\" action=\"/drafts/assemblee-generale.fr.md/check\""))
        let draft = ("draft", "drafts/assemblee-generale.fr.md")
        let unexplained = try await served.postForm(
            "/findings/\(ids[0])/decision", fields: [("decision", "dismiss"), ("reason", " "), draft], session: claire)
        #expect(unexplained.status == 400 && unexplained.body.contains("must say why"), "\(unexplained)")
        let dismissed = try await served.postForm(
            "/findings/\(ids[0])/decision", fields: [("decision", "dismiss"), ("reason", "vérifié & sourcé"), draft],
            session: claire)
        #expect(dismissed.status == 200 && dismissed.url == draftPage, "\(dismissed.status) \(dismissed.url)")
        let accepted = try await served.postForm(
            "/findings/\(ids[1])/decision", fields: [("decision", "accept"), ("reason", ""), draft], session: claire)
        #expect(accepted.status == 200 && accepted.url == draftPage, "\(accepted.status) \(accepted.url)")
        let decisions = try Git.output(["log", "-2", "--format=%an <%ae>|%s"], in: workspace).split(separator: "\n")
        #expect(decisions.count == 2 && decisions[0].hasPrefix("Claire Martin <claire@example.org>|accept \(ids[1])"), "\(decisions)")
        #expect(decisions[1].hasPrefix("Claire Martin <claire@example.org>|dismiss \(ids[0])"), "\(decisions)")
        #expect(decisions.count == 2 && decisions[1].hasSuffix(": vérifié & sourcé"), "the reason, decoded, in \(decisions)")

        let text = "Le sommet s'ouvre le 31 avril 2025 à Lyon.\n"
        let checked = try await served.postForm(
            "/drafts/assemblee-generale.fr.md/check", fields: [("text", text)], session: claire)
        #expect(checked.status == 200 && checked.url == draftPage, "\(checked.status) \(checked.url)")
        #expect(try String(contentsOf: workspace.appendingPathComponent("drafts/assemblee-generale.fr.md"), encoding: .utf8) == text)
        #expect(try Git.output(["log", "-1", "--format=%s"], in: workspace).hasPrefix("check drafts/assemblee-generale.fr.md: 1 error"))

        let created = try await served.postForm("/drafts", fields: [("name", "brief.en.md"), ("text", "See you on February 30, 2026.")], session: claire)
        #expect(created.status == 200 && created.url == served.base + "/drafts/brief.en.md", "\(created.status) \(created.url)")
        #expect(created.body.contains("February 30, 2026"))
        #expect(try await served.postForm("/drafts", fields: [("name", "brief.en.md"), ("text", "Again.")], session: claire).status == 409)

        // Another site's form, or one with no origin, is refused: it could be a forged request.
        for origin in ["http://elsewhere.example", ""] {
            let forged = try await served.postForm(
                "/findings/\(ids[2])/decision", fields: [("decision", "accept"), draft], session: claire, origin: origin)
            #expect(forged.status == 403, "\(origin): \(forged.status)")
        }
    }

    @Test func aNewDraftStartsFromTheBrowserCheckedOnCreation() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, _) = try desk(folder)
        let served = try ServedWorkbench(workspace: workspace, environment: server)
        defer { served.stop() }
        let session = try await served.session()
        let page = String(decoding: try await served.get("/", session: session).0, as: UTF8.self)
        #expect(page.contains("<form id=\"new-draft\" method=\"post\" action=\"/drafts\" data-create=\"/api/drafts\">"))
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
