import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `factdesk serve` through the real binary on a real port.
@Suite("factdesk serve")
struct ServeCommandTests {
    private let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
    private let draft = "drafts/assemblee-generale.fr.md"

    @Test func aHostReachableFromOtherMachinesNeedsAToken() throws {
        let result = try FactDeskBinary.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("--host 0.0.0.0 makes the workbench reachable from other machines: give --token"))
        let badPort = try FactDeskBinary.run(["serve", "--port", "70000"])
        #expect(badPort.status == 2)
        #expect(badPort.stderr.contains("--port 70000: not a port"))
    }

    @Test func aCheckFromTheWebCommitsTheSameRevisionAsTheCommandLine() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let byCommand = folder.url.appendingPathComponent("cli")
        let byWeb = folder.url.appendingPathComponent("web")
        for workspace in [byCommand, byWeb] {
            #expect(
                try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"], environment: author)
                    .status == 0)
        }
        #expect(try FactDeskBinary.run(["check", draft], environment: author, in: byCommand).status == 1)

        let server = try ServedWorkbench(workspace: byWeb, environment: author)
        defer { server.stop() }
        let session = try await server.session()
        let text = try String(contentsOf: byWeb.appendingPathComponent(draft), encoding: .utf8)
        let (status, _) = try await server.post(
            "/api/drafts/assemblee-generale.fr.md/check", json: ["text": text], session: session)
        #expect(status == 201)

        for show in [["show", "HEAD:annotations/assemblee-generale.fr.json"], ["log", "-1", "--format=%s%n%b"]] {
            #expect(try Git.output(show, in: byWeb) == (try Git.output(show, in: byCommand)))
        }
    }
}

extension ServeCommandTests {
    @Test func aCheckerThatTrapsDuringAWebCheckLeavesTheWorkbenchServing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = folder.url.appendingPathComponent("desk")
        #expect(
            try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"], environment: author).status
                == 0)
        let server = try ServedWorkbench(
            workspace: workspace, environment: author.merging(["FACTDESK_FAULT": "trap:date"]) { $1 })
        defer { server.stop() }
        let session = try await server.session()
        let text = try String(contentsOf: workspace.appendingPathComponent(draft), encoding: .utf8)
        let (status, body) = try await server.post(
            "/api/drafts/assemblee-generale.fr.md/check", json: ["text": text], session: session)
        #expect(status == 201, "\(String(decoding: body, as: UTF8.self))")
        let answer = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        let documents = try #require((answer["findings"] as? [String: Any])?["documents"] as? [[String: Any]])
        let findings = try #require(documents.first?["findings"] as? [[String: Any]])
        let rules = Set(findings.map { "\($0["checker"] as? String ?? "")/\($0["rule"] as? String ?? "")" })
        #expect(rules.contains("date/checker-error"), "\(rules)")
        #expect(rules.contains("number/edition-mismatch"), "\(rules)")
        #expect(!rules.contains("date/weekday-mismatch"))

        // The workbench still answers, and the revision was committed.
        let (_, response) = try await server.client.data(from: URL(string: server.base + "/api/drafts")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(server.process.isRunning)
        #expect(try Git.output(["log", "-1", "--format=%s"], in: workspace).hasPrefix("check drafts/assemblee-generale.fr.md"))
    }
}

/// A `factdesk serve` process on a free port of the loopback interface, stopped by the test.
final class ServedWorkbench: Sendable {
    let process: Process
    let base: String
    /// A client that keeps no cookies: each workbench of concurrent tests (all on 127.0.0.1,
    /// where cookies do not tell ports apart) sees only the session cookie given explicitly.
    let client: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        return URLSession(configuration: configuration)
    }()

    /// The access token every request sends, when the workbench was started with one.
    let token: String?

    init(workspace: URL, environment: [String: String], token: String? = nil) throws {
        self.token = token
        process = Process()
        process.executableURL = FactDeskBinary.executable
        process.arguments = ["serve", "--port", "0"] + (token.map { ["--token", $0] } ?? []) + [workspace.path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A), let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression) else {
            process.terminate()
            throw ServeError(message: "factdesk serve printed \(text)")
        }
        base = String(text[range])
    }

    struct ServeError: Error { let message: String }

    /// Opens a session: its cookie and CSRF token.
    func session() async throws -> (cookie: String, csrf: String) {
        let (data, response) = try await get("/api/session", session: nil)
        let http = try #require(response as? HTTPURLResponse)
        let cookie = try #require(
            (http.value(forHTTPHeaderField: "Set-Cookie")?.split(separator: ";").first).map(String.init))
        let body = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (cookie, try #require(body["csrf"] as? String))
    }

    /// A GET, in a session when one is given, with the access token when there is one.
    func get(_ path: String, session: (cookie: String, csrf: String)?) async throws -> (Data, URLResponse) {
        var request = URLRequest(url: URL(string: base + path)!)
        if let session { request.setValue(session.cookie, forHTTPHeaderField: "Cookie") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        return try await client.data(for: request)
    }

    /// A JSON POST in a session; the status and body.
    func post(_ path: String, json: [String: String], session: (cookie: String, csrf: String)) async throws
        -> (Int, Data)
    {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(session.cookie, forHTTPHeaderField: "Cookie")
        request.setValue(session.csrf, forHTTPHeaderField: "X-CSRF-Token")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONSerialization.data(withJSONObject: json)
        let (data, response) = try await client.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// A form POST as a browser with the script off sends it from one of the workbench's pages:
    /// form-encoded, the session cookie, `Origin` this server unless another is given, and no
    /// CSRF header. The status and body at the end of the redirects, and the address reached.
    func postForm(
        _ path: String, fields: [(String, String)], session: (cookie: String, csrf: String), origin: String? = nil
    ) async throws -> (status: Int, body: String, url: String) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue(session.cookie, forHTTPHeaderField: "Cookie")
        request.setValue(origin ?? base, forHTTPHeaderField: "Origin")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(
            fields.map { name, value in
                name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
            }.joined(separator: "&").utf8)
        let (data, response) = try await client.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, String(decoding: data, as: UTF8.self), http?.url?.absoluteString ?? "")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
