import FactDeskServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// CSRF tokens, the body limit, paths that try to leave the workspace, escaping, the access token.
@Suite("Web workbench security")
struct SecurityTests {
    @Test func stateChangingRequestsNeedTheSessionsCSRFToken() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let other = try await TestSession.open(client)
            #expect(session.csrf != other.csrf)
            let body = ByteBuffer(string: "{\"text\": \"Bonjour.\"}")
            let altered = (session.csrf.hasPrefix("0") ? "1" : "0") + session.csrf.dropFirst()
            let attempts: [HTTPFields] = [
                [.contentType: "application/json"],
                [.cookie: session.cookie, .contentType: "application/json"],
                [.cookie: session.cookie, HTTPField.Name("X-CSRF-Token")!: altered],
                [.cookie: session.cookie, HTTPField.Name("X-CSRF-Token")!: other.csrf],
                [HTTPField.Name("X-CSRF-Token")!: session.csrf],
            ]
            for headers in attempts {
                let response = try await client.execute(
                    uri: "/api/drafts/assemblee-generale.fr.md/check", method: .post, headers: headers, body: body)
                #expect(response.status == .forbidden)
            }
            let accept = try await client.execute(uri: "/api/findings/x:y:z/accept", method: .post)
            #expect(accept.status == .forbidden)
            #expect(try desk.gitSubjects().count == 1)
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient(try desk.workbench(bodyLimit: 1024)) { client in
            let session = try await TestSession.open(client)
            let large = String(repeating: "Le 31 novembre. ", count: 100)
            let streamed = try await client.check(TestDesk.frenchDraft, text: large, session: session)
            #expect(streamed.status == .contentTooLarge)
            let body = ByteBuffer(string: "{\"text\": \"\(large)\"}")
            var headers = session.headers
            headers[.contentLength] = String(body.readableBytes)
            let declared = try await client.execute(
                uri: "/api/drafts/assemblee-generale.fr.md/check", method: .post, headers: headers, body: body)
            #expect(declared.status == .contentTooLarge)
            #expect(try declared.json()["error"] as? String == "the request body is over the 1024-byte limit")
            let small = try await client.check(TestDesk.frenchDraft, text: "Le 31 novembre 2025.", session: session)
            #expect(small.status == .created)
        }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let overTenMB = String(repeating: "a", count: 10 * 1024 * 1024 + 1)
            let response = try await client.check(TestDesk.frenchDraft, text: overTenMB, session: session)
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test(arguments: ["..%2Ffactdesk.yml", "..%2F..%2Fetc%2Fpasswd", "..", "a%2F..%2F..%2Fx.md", "%2Fetc%2Fpasswd"])
    func draftNamesCannotLeaveTheDraftsFolder(name: String) async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            for uri in ["/drafts/\(name)", "/drafts/\(name)/history", "/api/drafts/\(name)", "/api/drafts/\(name)/log"]
            {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
            }
            let check = try await client.post("/api/drafts/\(name)/check", json: ["text": "pwned"], session: session)
            #expect(check.status == .badRequest)
            #expect(try desk.file("factdesk.yml").contains("pwned") == false)
            #expect(try desk.gitSubjects().count == 1)
        }
    }

    @Test func symbolicLinksOutOfTheWorkspaceAreRefused() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        try FileManager.default.createSymbolicLink(
            at: desk.root.appendingPathComponent("drafts/outside.md"),
            withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        try await desk.withClient { client in
            let response = try await client.execute(uri: "/drafts/outside.md", method: .get)
            #expect(response.status == .badRequest)
        }
    }

    @Test func draftTextAndMessagesAreEscaped() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        let hostile = "<script>alert(\"x\")</script> Le 31 novembre 2025, <img src=x onerror=alert(1)> & \"fin\".\n"
        try await desk.withClient { client in
            let session = try await TestSession.open(client)
            let checked = try await client.check("drafts/hostile.md", text: hostile, session: session)
            #expect(checked.status == .created)
            let page = try await client.execute(uri: "/drafts/hostile.md", method: .get)
            let html = page.text
            #expect(!html.contains("<script>alert"))
            #expect(!html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;fin&quot;"))
            #expect(html.contains("\">31 novembre 2025</a></mark>"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            let listing = try await client.execute(uri: "/", method: .get)
            #expect(listing.text.contains(">hostile.md</a>"))
        }
    }

    @Test func aHostReachableFromOtherMachinesNeedsAToken() async throws {
        let desk = try TestDesk()
        defer { desk.remove() }
        #expect(throws: WorkbenchConfigurationError.tokenRequired(host: "0.0.0.0")) {
            try desk.workbench(host: "0.0.0.0")
        }
        #expect(throws: WorkbenchConfigurationError.weakToken) { try desk.workbench(host: "0.0.0.0", token: "short") }
        let token = "s3cret-token-for-tests"
        try await desk.withClient(try desk.workbench(host: "0.0.0.0", token: token)) { client in
            for uri in ["/", "/api/drafts", "/assets/workbench.js", "/drafts/assemblee-generale.fr.md"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .unauthorized)
            }
            let wrong = try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer nope"])
            #expect(wrong.status == .unauthorized)
            let bearer = try await client.execute(
                uri: "/api/drafts", method: .get, headers: [.authorization: "Bearer \(token)"])
            #expect(bearer.status == .ok)
            let link = try await client.execute(uri: "/?token=\(token)", method: .get)
            #expect(link.status == .ok)
            let cookies = link.headers[values: .setCookie]
            let access = try #require(cookies.first { $0.hasPrefix("factdesk_access=") })
            let cookie = String(access.split(separator: ";")[0])
            #expect(
                try await client.execute(uri: "/api/drafts", method: .get, headers: [.cookie: cookie]).status == .ok)
        }
    }
}
