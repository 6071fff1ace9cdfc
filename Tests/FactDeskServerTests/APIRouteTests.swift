import FactDeskServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The JSON API through Hummingbird's test client, on a real workspace verified with `git`.
@Suite("Web workbench API")
struct APIRouteTests {
    @Test func checkCommitsARevisionWithTheFindingsAndWritesTheDraft() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let text = try desk.file(TestDesk.frenchDraft) + "\nUne ligne ajoutée.\n"
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let response = try await client.check(TestDesk.frenchDraft, text: text, session: session)
            #expect(response.status == .created)
            let answer = try response.json()
            #expect(answer["schema"] as? String == "factdesk.check/1")
            let revision = try #require(answer["revision"] as? String)
            let rules = Set(try response.findings().compactMap { $0["rule"] as? String })
            #expect(rules.isSuperset(of: ["invalid-date", "weekday-mismatch", "fact-mismatch", "misspelled-name"]))
            #expect(try desk.git("rev-parse", "HEAD").hasPrefix(revision))
            #expect(try desk.gitSubjects().first?.hasPrefix("check drafts/assemblee-generale.fr.md: ") == true)
            #expect(try desk.file(TestDesk.frenchDraft) == text)
            #expect(try desk.git("show", "HEAD:\(TestDesk.frenchDraft)") == text)
            #expect(try desk.git("status", "--porcelain").isEmpty)

            let again = try await client.check(TestDesk.frenchDraft, text: text, session: session)
            #expect(again.status == .ok)
            #expect(try again.json()["revision"] is NSNull)
            #expect(try desk.gitSubjects().count == 2)
        }
    }

    @Test func draftListingAndDraftFindingsUseTheSchemas() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            _ = try await client.checkFrenchDraft(of: desk, session: session)
            let listing = try await client.execute(uri: "/api/drafts", method: .get)
            #expect(listing.status == .ok)
            #expect(listing.headers[.contentType] == "application/json; charset=utf-8")
            let drafts = try #require(try listing.json()["drafts"] as? [[String: Any]])
            #expect(drafts.map { $0["draft"] as? String } == [TestDesk.frenchDraft, TestDesk.englishDraft])
            let counts = try #require(drafts[0]["counts"] as? [String: Int])
            #expect(counts["open"] ?? 0 >= 6)
            #expect(drafts[1]["counts"] == nil)

            let draft = try await client.execute(uri: "/api/drafts/assemblee-generale.fr.md", method: .get)
            #expect(draft.status == .ok)
            let document = try #require((try draft.json()["documents"] as? [[String: Any]])?.first)
            #expect(document["path"] as? String == TestDesk.frenchDraft)
            #expect(document["language"] as? String == "fr")
            #expect(document["published"] as? String == "2025-11-24")
            let invalid = try #require(try draft.findings().first { $0["rule"] as? String == "invalid-date" })
            #expect((invalid["quote"] as? [String: Any])?["exact"] as? String == "31 novembre")
            #expect(invalid["status"] as? String == "open")

            let unchecked = try await client.execute(uri: "/api/drafts/general-assembly.en.md", method: .get)
            #expect(unchecked.status == .notFound)
            #expect(try unchecked.json()["error"] as? String == "drafts/general-assembly.en.md: no such draft")
        }
    }

    @Test func dismissAndAcceptAreCommittedAndShowInTheFindings() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let checked = try await client.checkFrenchDraft(of: desk, session: session)
            let invalid = try checked.findingID(rule: "invalid-date")
            let weekday = try checked.findingID(rule: "weekday-mismatch")

            let dismissed = try await client.post(
                "/api/findings/\(invalid)/dismiss", json: ["reason": "date confirmée par l’organisateur"],
                session: session)
            #expect(dismissed.status == .created)
            let decision = try #require(try dismissed.json()["decision"] as? [String: Any])
            #expect(decision["status"] as? String == "dismissed")
            #expect(decision["author"] as? String == "Ada Editor <ada@example.org>")
            #expect(
                try desk.gitSubjects().first
                    == "dismiss \(invalid) in \(TestDesk.frenchDraft): date confirmée par l’organisateur")

            let accepted = try await client.post(
                "/api/findings/\(weekday)/accept", json: ["note": "à corriger"], session: session)
            #expect(accepted.status == .created)
            #expect(try desk.gitSubjects().first == "accept \(weekday) in \(TestDesk.frenchDraft): à corriger")

            let now = try await client.execute(uri: "/api/drafts/assemblee-generale.fr.md", method: .get).findings()
            #expect(now.first { $0["id"] as? String == invalid }?["status"] as? String == "dismissed")
            #expect(now.first { $0["id"] as? String == weekday }?["status"] as? String == "accepted")

            let history = try await client.execute(uri: "/api/findings/\(invalid)/history", method: .get)
            #expect(history.status == .ok)
            let events = try #require(try history.json()["events"] as? [[String: Any]])
            #expect(events.map { $0["kind"] as? String } == ["appeared", "dismissed"])
        }
    }

    @Test func decisionsRefuseBadRequests() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let checked = try await client.checkFrenchDraft(of: desk, session: session)
            let id = try #require(try checked.findings().first?["id"] as? String)
            let revisions = try desk.gitSubjects().count

            let noReason = try await client.post(
                "/api/findings/\(id)/dismiss", json: ["reason": "  "], session: session)
            #expect(noReason.status == .badRequest)
            #expect(try noReason.json()["error"] as? String == "\"reason\" must say why the finding is dismissed")
            let unknown = try await client.post(
                "/api/findings/date:invalid-date:00000000/dismiss", json: ["reason": "x"], session: session)
            #expect(unknown.status == .notFound)
            let notJSON = try await client.execute(
                uri: "/api/findings/\(id)/dismiss", method: .post, headers: session.headers,
                body: ByteBuffer(string: "reason=x"))
            #expect(notJSON.status == .badRequest)
            let wrongType = try await client.check(TestDesk.frenchDraft, text: "", session: session)
            #expect(wrongType.status == .badRequest)
            let noText = try await client.post("/api/drafts/x.md/check", json: ["texte": "x"], session: session)
            #expect(noText.status == .badRequest)
            #expect(try noText.json()["error"] as? String == "the body is not the JSON expected: missing \"text\"")
            #expect(try desk.gitSubjects().count == revisions)
        }
    }

    @Test func logAndDiffFollowTheRevisions() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let original = try desk.file(TestDesk.frenchDraft)
        let fixed = original.replacingOccurrences(of: "31 novembre", with: "27 novembre")
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let first = try await client.check(TestDesk.frenchDraft, text: original, session: session)
            let second = try await client.check(TestDesk.frenchDraft, text: fixed, session: session)
            let from = try #require(try first.json()["revision"] as? String)
            let to = try #require(try second.json()["revision"] as? String)

            let log = try await client.execute(uri: "/api/drafts/assemblee-generale.fr.md/log", method: .get)
            #expect(log.status == .ok)
            let revisions = try #require(try log.json()["revisions"] as? [[String: Any]])
            #expect(revisions.map { $0["revision"] as? String } == [to, from])
            #expect((revisions[0]["counts"] as? [String: Int])?["resolved"] == 1)

            let diff = try await client.execute(
                uri: "/api/diff?draft=assemblee-generale.fr.md&from=\(from)&to=\(to)", method: .get)
            #expect(diff.status == .ok)
            let drafts = try #require(try diff.json()["drafts"] as? [[String: Any]])
            let resolved = try #require(drafts.first?["resolved"] as? [[String: Any]])
            #expect(resolved.map { $0["rule"] as? String } == ["invalid-date"])
            #expect((drafts.first?["text"] as? [String: Any])?["linesAdded"] as? Int == 1)

            let missing = try await client.execute(
                uri: "/api/diff?draft=assemblee-generale.fr.md&from=\(from)", method: .get)
            #expect(missing.status == .badRequest)
            let unknown = try await client.execute(uri: "/api/diff?from=\(from)&to=deadbeef", method: .get)
            #expect(unknown.status == .notFound)
            let unknownFinding = try await client.execute(uri: "/api/findings/name:x:1/history", method: .get)
            #expect(unknownFinding.status == .notFound)
        }
    }
}
