import FactDeskCheckers
import FactDeskEngine
import FactDeskServer
import FactDeskWorkspace
import Foundation

/// The web workbench under load on loopback: requests/s and latency percentiles for viewing a
/// checked draft's page and for check requests (each committing a revision), 16 concurrent
/// keep-alive clients, each run bounded in requests and time.
enum WebBenchmark {
    static let clients = 16

    static func run() async throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-web-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = WorkspaceOptions(environment: ["FACTDESK_AUTHOR": "Bench Mark <bench@example.org>"])
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Workspaces/interpol-ga")
        let root = try Workspace.create(at: folder.appendingPathComponent("desk"), template: source, options: options)
            .root
        let draft = "drafts/assemblee-generale.fr.md"
        let text = try String(contentsOf: root.appendingPathComponent(draft), encoding: .utf8)

        let workbench = Workbench(
            configuration: try WorkbenchConfiguration(
                workspace: root, port: 0, catalog: try CheckerCatalog(BuiltinCheckers.all), factdeskVersion: "0.1.0",
                workspaceOptions: options))
        let (ports, portSink) = AsyncStream.makeStream(of: Int.self)
        let server = Task {
            try await workbench.run { port in portSink.yield(port) }
        }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return ["web: the server did not start"] }

        let session = try openSession(port: port)
        let checkBody: @Sendable (Int) -> [UInt8] = { index in
            let body = try! JSONSerialization.data(withJSONObject: ["text": text + "\nRévision \(index).\n"])
            return Array(
                ("POST /api/drafts/assemblee-generale.fr.md/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Cookie: \(session.cookie)\r\nX-CSRF-Token: \(session.csrf)\r\n"
                    + "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n").utf8) + Array(body)
        }
        let warmUp = HTTPLoadClient(request: checkBody, port: port, clients: 1, count: 1, duration: 30).run()
        guard warmUp.requests == 1 else { return ["web: the first check failed"] }
        let view = Array(
            ("GET /drafts/assemblee-generale.fr.md HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(session.cookie)\r\n\r\n")
                .utf8)

        var lines = ["web (\(clients) keep-alive clients on loopback, medians of \(Measurement.runs) runs):"]
        let views = (0..<Measurement.runs).map { _ in
            HTTPLoadClient(request: { _ in view }, port: port, clients: clients, count: 20_000, duration: 5).run()
        }
        lines.append(summary("view a checked draft", views))
        var offset = 1
        let checks = (0..<3).map { _ in
            defer { offset += 1000 }
            let start = offset
            return HTTPLoadClient(
                request: { checkBody(start + $0) }, port: port, clients: clients, count: 300, duration: 20
            ).run()
        }
        lines.append(summary("check (commits a revision)", checks))
        return lines
    }

    private static func summary(_ name: String, _ outcomes: [HTTPLoadClient.Outcome]) -> String {
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let failures = outcomes.map(\.failures).reduce(0, +)
        return String(
            format: "  %@: %.0f requests/s, p50 %.1f ms, p99 %.1f ms (%d runs of up to %d requests%@)",
            name, median(outcomes.map(\.perSecond)), median(outcomes.map { $0.percentile(0.5) }),
            median(outcomes.map { $0.percentile(0.99) }), outcomes.count, outcomes.map(\.requests).max() ?? 0,
            failures == 0 ? "" : ", \(failures) failed")
    }

    /// A session cookie and its CSRF token, read from `GET /api/session` over a plain socket.
    private static func openSession(port: Int) throws -> (cookie: String, csrf: String) {
        let response = try rawExchange(
            port: port, request: "GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        guard
            let cookieLine = response.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("set-cookie:") }
            ),
            let body = response.range(of: "\r\n\r\n").map({ response[$0.upperBound...] }),
            let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: String],
            let csrf = json["csrf"]
        else { throw BenchmarkError(message: "no session from the workbench: \(response)") }
        let cookie = cookieLine.dropFirst("set-cookie:".count).split(separator: ";")[0].trimmingCharacters(
            in: .whitespaces)
        return (cookie, csrf)
    }

    private static func rawExchange(port: Int, request: String) throws -> String {
        guard let connection = LoopbackConnection(port: port) else {
            throw BenchmarkError(message: "cannot connect to port \(port)")
        }
        defer { connection.close() }
        guard connection.send(Array(request.utf8)) else {
            throw BenchmarkError(message: "cannot send to port \(port)")
        }
        return String(decoding: connection.readToEnd(), as: UTF8.self)
    }

    struct BenchmarkError: Error { let message: String }
}
