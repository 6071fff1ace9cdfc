import Foundation
import Testing

/// The web workbench in headless Chromium (installed by `.ci/setup`), driven through the
/// DevTools protocol by `Tests/Browser/workbench_browser_test.py`: highlights at the planted
/// errors, a check from the editor, a dismissal through the page; screenshots of the draft and
/// history pages are kept in `.build/artifacts/`.
@Suite("Web workbench in a browser")
struct BrowserTests {
    @Test func draftPageInHeadlessChromium() async throws {
        let root = FactDeskBinary.packageRoot
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("Tests/Browser/workbench_browser_test.py").path,
            FactDeskBinary.executable.path, root.appendingPathComponent(".build/artifacts").path,
        ]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "factdesk-browser-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        // Wait without holding a thread of the test runner's pool: the other tests go on.
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in finished.resume() }
            do { try process.run() } catch { finished.resume() }
        }
        try log.close()
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("passed, 0 failed"), "\(text)")
    }
}
