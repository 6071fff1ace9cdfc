import FactDeskServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The HTML pages through Hummingbird's test client.
@Suite("Web workbench pages")
struct PageRouteTests {
    @Test func draftListShowsEveryDraftWithItsCounts() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let empty = try await client.execute(uri: "/", method: .get)
            #expect(empty.status == .ok)
            #expect(empty.headers[.contentType] == "text/html; charset=utf-8")
            #expect(empty.text.contains("<a href=\"/drafts/assemblee-generale.fr.md\">assemblee-generale.fr.md</a>"))
            #expect(empty.text.components(separatedBy: "not checked yet").count == 3)

            let session = try await TestSession.open(client)
            _ = try await client.checkFrenchDraft(of: desk, session: session)
            let listed = try await client.execute(uri: "/", method: .get).text
            #expect(listed.components(separatedBy: "not checked yet").count == 2)
            #expect(listed.contains("<td class=\"open\">"))
        }
    }

    @Test func draftPageHighlightsThePlantedErrorsAndEmbedsTheSessionToken() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let unchecked = try await client.execute(uri: "/drafts/assemblee-generale.fr.md", method: .get)
            #expect(unchecked.status == .ok)
            #expect(unchecked.text.contains("Not checked yet."))
            #expect(!unchecked.text.contains("<mark"))

            let session = try await TestSession.open(client)
            _ = try await client.checkFrenchDraft(of: desk, session: session)
            let page = try await client.execute(
                uri: "/drafts/assemblee-generale.fr.md", method: .get, headers: [.cookie: session.cookie])
            #expect(page.status == .ok)
            #expect(page.headers[.setCookie] == nil)
            let html = page.text
            #expect(html.contains("<meta name=\"factdesk-csrf\" content=\"\(session.csrf)\">"))
            for words in ["31 novembre", "mardi 24 novembre 2025", "195 pays membres", "Valdecy Urquisa"] {
                #expect(html.contains("\">\(words)</a></mark>"), "no highlight at « \(words) », linked to its finding")
            }
            #expect(html.contains("<mark class=\"error\""))
            #expect(html.contains("class=\"decide\" method=\"post\" action=\"/findings/date:invalid-date:"))
            #expect(html.contains("<button type=\"button\" class=\"apply\""))
            #expect(html.contains("<textarea name=\"text\" id=\"editor-text\""))
            #expect(html.contains("<script src=\"/assets/workbench.js\" defer></script>"))
            #expect(!html.contains("<script>"))
        }
    }

    @Test func aDecisionShowsOnTheDraftPageAtOnce() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let checked = try await client.checkFrenchDraft(of: desk, session: session)
            let id = try checked.findingID(rule: "invalid-date")
            let page = {
                try await client.execute(
                    uri: "/drafts/assemblee-generale.fr.md", method: .get, headers: [.cookie: session.cookie]
                ).text
            }
            let before = try await page()
            #expect(!before.contains("settled"))
            #expect(try await page() == before)
            _ = try await client.post("/api/findings/\(id)/dismiss", json: ["reason": "vérifié"], session: session)
            let after = try await page()
            #expect(after.contains("<mark class=\"error settled\""))
            #expect(after.contains("<span class=\"status\">dismissed</span>"))
        }
    }

    @Test func historyPageChartsOpenFindingsAndDiffsTwoRevisions() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let original = try desk.file(TestDesk.frenchDraft)
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            _ = try await client.check(TestDesk.frenchDraft, text: original, session: session)
            let fixed = original.replacingOccurrences(of: "pour le 31 novembre", with: "pour le 27 novembre")
            _ = try await client.check(TestDesk.frenchDraft, text: fixed, session: session)
            let page = try await client.execute(uri: "/drafts/assemblee-generale.fr.md/history", method: .get)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<svg class=\"chart\" id=\"open-chart\""))
            #expect(html.components(separatedBy: "<g class=\"bar\"").count == 3)
            #expect(html.contains("<section class=\"diff\" id=\"diff\">"))
            #expect(html.contains("<del>-pour le 31 novembre, a précisé l’organisation.</del>"))
            #expect(html.contains("<ins>+pour le 27 novembre, a précisé l’organisation.</ins>"))
            #expect(html.contains("<ul class=\"diff-findings resolved\">"))

            let onlyOne = try await client.execute(
                uri: "/drafts/assemblee-generale.fr.md/history?from=HEAD~1", method: .get)
            #expect(onlyOne.status == .badRequest)
            let never = try await client.execute(uri: "/drafts/general-assembly.en.md/history", method: .get)
            #expect(never.status == .notFound)
        }
    }

    @Test func findingPageShowsItsLife() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let checked = try await client.checkFrenchDraft(of: desk, session: session)
            let id = try checked.findingID(rule: "invalid-date")
            _ = try await client.post("/api/findings/\(id)/dismiss", json: ["reason": "vérifié"], session: session)
            let page = try await client.execute(uri: "/findings/\(id)", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<li class=\"event appeared\">"))
            #expect(page.text.contains("<strong>dismissed</strong> in drafts/assemblee-generale.fr.md (vérifié)"))
            #expect(page.text.contains("<span class=\"status\">dismissed</span>"))

            let unknown = try await client.execute(uri: "/findings/date:invalid-date:00000000", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.contentType] == "text/html; charset=utf-8")
            #expect(unknown.text.contains("<p class=\"error\">date:invalid-date:00000000: no such finding"))
        }
    }

    @Test func assetsAreServedByTheWorkbench() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let script = try await client.execute(uri: "/assets/workbench.js", method: .get)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("X-CSRF-Token"))
            let style = try await client.execute(uri: "/assets/workbench.css", method: .get)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            #expect(style.text.contains("mark.error"))
            let missing = try await client.execute(uri: "/assets/other.js", method: .get)
            #expect(missing.status == .notFound)
        }
    }
}
