import Foundation
import Testing

/// `factdesk lsp` driven by a real LSP client: pygls's language client, installed by `.ci/setup`
/// in a virtual environment, runs `Tests/LanguageServer/lsp_client_test.py` against the built
/// binary (diagnostics at UTF-16 and UTF-8 ranges, the debounce, a suggestion applied, a finding
/// dismissed and one accepted, one paragraph edited, hover, a revision on save, reloaded reference
/// data and rule packs, a checker that traps).
@Suite("factdesk lsp with a real client")
struct LanguageServerCommandTests {
    /// The Python of the client's virtual environment: `FACTDESK_LSP_PYTHON`, else where
    /// `.ci/setup` puts it.
    static var python: String {
        let environment = ProcessInfo.processInfo.environment
        return environment["FACTDESK_LSP_PYTHON"]
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(
                ".cache/factdesk/lsp-client/bin/python"
            ).path
    }

    @Test func theClientSeesTheFindingsAndDecides() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.python),
            "no LSP client at \(Self.python): run `bash .ci/setup`")
        let root = FactDeskBinary.packageRoot
        let (status, text) = try await ScriptRun.run(
            Self.python,
            [
                root.appendingPathComponent("Tests/LanguageServer/lsp_client_test.py").path,
                FactDeskBinary.executable.path, root.path,
            ], logName: "lsp")
        #expect(status == 0, "\(text)")
        #expect(text.contains("lsp client test: passed"), "\(text)")
    }

    /// Messages framed as LSP frames them.
    private func framed(_ messages: [String]) -> Data {
        Data(messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined().utf8)
    }

    @Test func itExitsWithZeroAfterShutdownAndOneWithout() throws {
        let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
        let shutdown = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
        let exit = #"{"jsonrpc":"2.0","method":"exit"}"#
        let clean = try FactDeskBinary.run(["lsp"], input: framed([initialize, shutdown, exit]))
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(clean.stdout.contains(#""positionEncoding":"utf-16""#), "\(clean.stdout)")
        #expect(clean.stdout.contains(#""result":null"#), "\(clean.stdout)")
        let abrupt = try FactDeskBinary.run(["lsp"], input: framed([initialize, exit]))
        #expect(abrupt.status == 1)
    }

    @Test func badFramingIsAUsageError() throws {
        let result = try FactDeskBinary.run(["lsp"], input: Data("Content-Length: lots\r\n\r\n{}".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("factdesk: lsp: no valid Content-Length"), "\(result.stderr)")
    }
}
