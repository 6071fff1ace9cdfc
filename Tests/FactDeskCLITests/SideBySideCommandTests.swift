import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The side-by-side page of `factdesk serve`, through the real binary on a real port: the sample
/// drafts checked from the web, each beside the other with its own findings, parity findings
/// linked across, and a decision on one version that leaves the other alone.
@Suite("factdesk serve: side by side")
struct SideBySideCommandTests {
    private let author = ["FACTDESK_AUTHOR": "Claire Martin <claire@example.org>"]
    private let french = "drafts/assemblee-generale.fr.md"
    private let english = "drafts/general-assembly.en.md"

    /// The findings list items of one column of the page (ids `a…` on the left, `b…` on the
    /// right), each item's HTML by its id.
    private func items(_ html: String, prefix: String) -> [String: String] {
        var items: [String: String] = [:]
        for chunk in html.components(separatedBy: "<li class=\"finding").dropFirst() {
            guard let id = chunk.firstMatch(of: /id="([ab]\d+)"/)?.1, id.hasPrefix(prefix) else { continue }
            items[String(id)] = chunk
        }
        return items
    }

    /// The sample workspace made in `folder`, prepared by `prepare`, and a workbench serving it.
    private func sample(in folder: TemporaryFolder, prepare: (URL) throws -> Void = { _ in }) throws
        -> (URL, ServedWorkbench)
    {
        let workspace = folder.url.appendingPathComponent("desk")
        let created = try FactDeskBinary.run(["init", workspace.path, "--template", "interpol-ga"], environment: author)
        #expect(created.status == 0, "\(created.stderr)")
        try prepare(workspace)
        return (workspace, try ServedWorkbench(workspace: workspace, environment: author))
    }

    private func page(_ server: ServedWorkbench, _ path: String) async throws -> (status: Int, html: String) {
        let (data, response) = try await server.get(path, session: nil)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func theSampleDraftsSideBySideLinkTheirParityFindingsAndAreDecidedApart() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (workspace, server) = try sample(in: folder)
        defer { server.stop() }
        let sideBySide = "/drafts/assemblee-generale.fr.md/side-by-side"

        let unchecked = try await page(server, sideBySide)
        #expect(unchecked.status == 200)
        #expect(unchecked.html.components(separatedBy: "not checked yet").count == 3)
        #expect(!unchecked.html.contains("<mark"))

        let session = try await server.session()
        for draft in [french, english] {
            let text = try String(contentsOf: workspace.appendingPathComponent(draft), encoding: .utf8)
            let (status, _) = try await server.post(
                "/api/drafts/\(draft.dropFirst("drafts/".count))/check", json: ["text": text], session: session)
            #expect(status == 201)
        }
        let draftPage = try await page(server, "/drafts/assemblee-generale.fr.md").html
        #expect(draftPage.contains("<a href=\"\(sideBySide)\">Side by side with general-assembly.en.md</a>"))

        let html = try await page(server, sideBySide).html
        // Plain HTML: one row per aligned pair, both versions' paragraphs in it; the quotation
        // the English version leaves out stands alone on its row.
        #expect(html.contains("<tr><td id=\"a-p1\"><pre class=\"draft\"># "))
        #expect(html.contains("</td><td id=\"b-p1\"><pre class=\"draft\"># "))
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("La coopération policière") })
        #expect(row.contains("<td class=\"absent\"></td>"), "\(row)")

        let left = items(html, prefix: "a")
        let right = items(html, prefix: "b")
        // « 195 » on the French side leads to “196”, the English finding at its own words, and back.
        let french195 = try #require(left.first { $0.value.contains("parity/value-mismatch") && $0.value.contains("« 195 »") })
        let target = try #require(french195.value.firstMatch(of: /class="other-version" href="#(b\d+)-text"/)?.1)
        let english196 = try #require(right[String(target)])
        #expect(english196.contains("<code>parity/value-mismatch</code>") && english196.contains("“196”"))
        #expect(english196.contains("class=\"other-version\" href=\"#\(french195.key)-text\""))
        #expect(html.contains("<span id=\"\(target)-text\"></span><mark class=\"error\" title=\""))
        // Each side's findings sit at its own words: the French one's highlight links to its item.
        #expect(html.contains("<a href=\"#\(french195.key)\">195</a></mark>"))
        // The 700 delegates only the English version gives lead to the French paragraph aligned.
        let missing = try #require(right.first { $0.value.contains("parity/missing-fact") })
        let cell = try #require(missing.value.firstMatch(of: /class="other-version" href="#(a-p\d+)"/)?.1)
        let paragraph = try #require(
            html.components(separatedBy: "<td id=\"\(cell)\">").dropFirst().first?.components(separatedBy: "</td>").first)
        #expect(paragraph.contains("a rappelé que les délégués"), "\(paragraph)")
        // Each side's decision forms decide that side's draft.
        #expect(french195.value.contains("data-draft=\"\(french)\""))
        #expect(english196.contains("data-draft=\"\(english)\""))

        let id = try #require(french195.value.firstMatch(of: /data-finding="([^"]+)"/)?.1)
        let (status, _) = try await server.post(
            "/api/findings/\(id)/dismiss", json: ["reason": "chiffre vérifié", "draft": french], session: session)
        #expect(status == 201)
        let decided = try await page(server, sideBySide).html
        #expect(items(decided, prefix: "a")[french195.key]?.hasPrefix(" error settled\"") == true)
        #expect(items(decided, prefix: "b")[String(target)]?.hasPrefix(" error\"") == true)
    }

    @Test func aDraftWithoutCounterpartHasNoSideBySidePage() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, server) = try sample(in: folder) { workspace in
            try Data("Une note sans traduction.\n".utf8).write(to: workspace.appendingPathComponent("drafts/note.md"))
        }
        defer { server.stop() }
        let missing = try await page(server, "/drafts/note.md/side-by-side")
        #expect(missing.status == 404)
        #expect(missing.html.contains("has no other-language version"))
        #expect(!(try await page(server, "/drafts/note.md").html.contains("Side by side")))
    }
}
