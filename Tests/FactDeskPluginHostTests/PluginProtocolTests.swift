import FactDeskEngine
import FactDeskKit
import FactDeskPluginHost
import FactDeskText
import Foundation
import Testing

/// A well-behaved plugin through the host: handshake, requests, findings, reference data.
@Suite("Plugin protocol")
struct PluginProtocolTests {
    @Test func handshakeBecomesTheDescriptor() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var declaration = PluginFixtures.declaration("well-behaved.py", in: folder.url)
        declaration.languages = [.fr]
        let plugin = try PluginFixtures.start(declaration)
        #expect(plugin.descriptor.id == "fixture")
        #expect(plugin.descriptor.version == "1.0.0")
        #expect(plugin.descriptor.languages == [.fr])
        #expect(plugin.descriptor.rules.map(\.id) == ["flag"])
        #expect(plugin.descriptor.origin == CheckerOrigin(kind: .externalPlugin, location: declaration.command))
        let english = Document(path: "en.md", text: "Hello there.", language: .en)
        #expect(try plugin.check(english, context: CheckContext(mentions: [])).isEmpty)
    }

    @Test func oneProcessServesManyDocumentsCheckedConcurrently() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("well-behaved.py", in: folder.url))
        let engine = Engine(catalog: try CheckerCatalog([plugin]), extractors: StandardExtractors.all)
        let documents = (0..<40).map { index in
            Document(
                path: "d\(index).md", text: "🧭 Mot\(index) le 24 novembre 2025.", language: .fr,
                published: CalendarDate(year: 2025, month: 11, day: 24))
        }
        let reports = await engine.check(documents)
        for (index, report) in reports.enumerated() {
            let finding = try #require(report.findings.first)
            #expect(report.findings.count == 1)
            #expect(finding.quote.exact == "🧭", "document \(index)")
            #expect(finding.span == Span(start: 0, end: 1))
            #expect(finding.location == SourceLocation(line: 1, column: 1))
            #expect(finding.id.hasPrefix("fixture:flag:"))
            #expect(finding.severity == .warning)
            let mentions = StandardExtractors.all.mentions(in: documents[index]).count
            #expect(mentions > 0)
            #expect(
                finding.message.hasSuffix("; \(mentions) mentions; 0 names; d\(index).md fr 2025-11-24"),
                "\(finding.message)")
        }
    }

    @Test func referenceNamesAreSentWhenAskedFor() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("well-behaved.py", in: folder.url))
        let reference = InMemoryReference([
            .init(id: "valdecy-urquiza", kind: .person, names: ["Valdecy Urquiza"]),
            .init(id: "interpol", kind: .organization, names: ["INTERPOL"]),
        ])
        let document = Document(path: "a.md", text: "Valdecy Urquiza parle.", language: .fr)
        let findings = try plugin.check(document, context: CheckContext(mentions: [], reference: reference))
        #expect(findings.map(\.message) == ["Valdecy; 0 mentions; 2 names; a.md fr None"])
    }

    @Test func onlyTheKindsOfMentionAskedForAreSent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(
            PluginFixtures.declaration("well-behaved.py", in: folder.url, arguments: ["date", "percent"]))
        let document = Document(path: "a.md", text: "Le 24 novembre 2025, 196 pays, 12,5 %.", language: .fr)
        let mentions = StandardExtractors.all.mentions(in: document)
        let asked = mentions.filter { $0.kind == .date || $0.kind == .percent }.count
        #expect(asked == 2 && mentions.count > asked)
        let findings = try plugin.check(document, context: CheckContext(mentions: mentions))
        #expect(findings.first?.message.contains("; \(asked) mentions;") == true, "\(findings)")
    }

    @Test func anErrorAnswerIsReportedAndThePluginServesTheNextDocument() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let plugin = try PluginFixtures.start(PluginFixtures.declaration("well-behaved.py", in: folder.url))
        #expect(throws: PluginError.reported("cannot check this")) {
            try plugin.check(Document(path: "a.md", text: "!oops", language: .fr), context: CheckContext(mentions: []))
        }
        let next = try plugin.check(
            Document(path: "b.md", text: "Suite.", language: .fr), context: CheckContext(mentions: []))
        #expect(next.count == 1)
    }
}
