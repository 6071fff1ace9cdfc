import FactDeskCheckers
import FactDeskEngine
import FactDeskKit
import FactDeskServer
import FactDeskWorkspace
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A workspace made from the example `interpol-ga` template in a temporary folder, and a
/// workbench serving it with the built-in checkers.
struct TestDesk {
    static let frenchDraft = "drafts/assemblee-generale.fr.md"
    static let englishDraft = "drafts/general-assembly.en.md"
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    let root: URL
    let options: WorkspaceOptions

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdesk-server-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        options = WorkspaceOptions(environment: ["FACTDESK_AUTHOR": "Ada Editor <ada@example.org>"])
        root = try Workspace.create(
            at: folder.appendingPathComponent("desk"),
            template: TestDesk.packageRoot.appendingPathComponent("Workspaces/interpol-ga"), options: options
        ).root
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A workbench over the workspace.
    func workbench(
        checkers: [any Checker] = BuiltinCheckers.all, bodyLimit: Int = WorkbenchConfiguration.defaultBodyLimit,
        host: String = "127.0.0.1", token: String? = nil
    ) throws -> Workbench {
        Workbench(
            configuration: try WorkbenchConfiguration(
                workspace: root, host: host, port: 0, accessToken: token, bodyLimit: bodyLimit,
                catalog: try CheckerCatalog(checkers), factdeskVersion: "0.1.0", workspaceOptions: options))
    }

    /// Runs `body` with a test client talking to the workbench's router.
    func withClient<Value>(
        _ workbench: Workbench? = nil, _ body: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let app = Application(router: try (workbench ?? self.workbench()).router())
        return try await app.test(.router, body)
    }

    /// The text of a file of the work tree.
    func file(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// `git` run in the workspace; its standard output.
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The subjects of `git log`, newest first.
    func gitSubjects() throws -> [String] {
        try git("log", "--format=%s").split(separator: "\n").map(String.init)
    }
}

/// A browser session as a client holds it: the session cookie and its CSRF token.
struct TestSession: Sendable {
    let cookie: String
    let csrf: String

    /// Opens a session with `GET /api/session`.
    static func open(_ client: any TestClientProtocol, headers: HTTPFields = [:]) async throws -> TestSession {
        try await client.execute(uri: "/api/session", method: .get, headers: headers) { response in
            #expect(response.status == .ok)
            let setCookie = try #require(response.headers[.setCookie])
            let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            let body =
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: String]
            return TestSession(cookie: cookie, csrf: try #require(body?["csrf"]))
        }
    }

    /// The headers of a state-changing JSON request in this session.
    var headers: HTTPFields {
        [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf, .contentType: "application/json"]
    }
}

extension TestClientProtocol {
    /// A POST with a JSON body in a session.
    func post(_ uri: String, json: [String: Any], session: TestSession) async throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: json)
        return try await execute(uri: uri, method: .post, headers: session.headers, body: ByteBuffer(bytes: body))
    }

    /// Checks a draft's text through the API.
    func check(_ draft: String, text: String, session: TestSession) async throws -> TestResponse {
        try await post("/api/drafts/\(draft.dropFirst("drafts/".count))/check", json: ["text": text], session: session)
    }

    /// Checks the French sample draft as it is in the desk's workspace.
    func checkFrenchDraft(of desk: TestDesk, session: TestSession) async throws -> TestResponse {
        try await check(TestDesk.frenchDraft, text: try desk.file(TestDesk.frenchDraft), session: session)
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }

    /// The findings of the first document of a `factdesk.findings/1` body (or of the one inside a check's answer).
    func findings() throws -> [[String: Any]] {
        var root = try json()
        if let inner = root["findings"] as? [String: Any] { root = inner }
        #expect(root["schema"] as? String == "factdesk.findings/1")
        let documents = try #require(root["documents"] as? [[String: Any]])
        return try #require(documents.first?["findings"] as? [[String: Any]])
    }

    /// The id of the first finding of a rule among ``findings()``.
    func findingID(rule: String) throws -> String {
        try #require(try findings().first { $0["rule"] as? String == rule }?["id"] as? String)
    }
}
