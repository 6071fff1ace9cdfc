import FactDeskKit
import Foundation
import Testing

@testable import FactDeskReport

@Suite("FindingsJSON")
struct FindingsJSONTests {
    @Test("renders the golden factdesk.findings/1 document, with null for an unknown date")
    func golden() throws {
        let document = Document(path: "-", text: "Le mardi 24 novembre.", language: .fr)
        let finding = document.finding(
            checker: "date", rule: "weekday-mismatch", severity: .error, span: Span(start: 3, end: 20),
            message: "Le 24 novembre 2025 est un lundi.", suggestions: ["lundi 24 novembre"],
            evidence: [Evidence(statement: "2025-11-24 is a Monday")])
        let expected = """
            {
              "documents" : [
                {
                  "findings" : [
                    {
                      "checker" : "date",
                      "evidence" : [
                        {
                          "source" : null,
                          "statement" : "2025-11-24 is a Monday"
                        }
                      ],
                      "id" : "\(finding.id)",
                      "message" : "Le 24 novembre 2025 est un lundi.",
                      "quote" : {
                        "exact" : "mardi 24 novembre",
                        "prefix" : "Le ",
                        "suffix" : "."
                      },
                      "rule" : "weekday-mismatch",
                      "severity" : "error",
                      "span" : {
                        "column" : 4,
                        "end" : 20,
                        "line" : 1,
                        "start" : 3
                      },
                      "status" : "open",
                      "suggestions" : [
                        "lundi 24 novembre"
                      ]
                    }
                  ],
                  "language" : "fr",
                  "path" : "-",
                  "published" : null,
                  "summary" : {
                    "error" : 1,
                    "info" : 0,
                    "warning" : 0
                  }
                }
              ],
              "schema" : "factdesk.findings/1"
            }

            """
        let rendered = try FindingsJSON(reports: [DocumentReport(document: document, findings: [finding])]).rendered()
        #expect(rendered == expected)
    }

    @Test("gives the same bytes for many documents, encoded on all cores, as one encoding of the whole")
    func manyDocuments() throws {
        let empty = DocumentReport(document: Document(path: "empty.md", text: "Rien.", language: .fr), findings: [])
        let reports = (0..<40).map { $0.isMultiple(of: 3) ? empty : Fixtures.frenchReport }
        for notices in [[], [RunNotice(checker: "quotes", message: "not trusted")]] {
            let payload = FindingsJSON(reports: reports, notices: notices)
            #expect(try payload.rendered() == JSONOutput.string(payload))
        }
    }

    @Test("has the schema's keys and types")
    func shape() throws {
        let root = try JSONTestSupport.object(try FindingsJSON(reports: [Fixtures.frenchReport]).rendered())
        #expect(JSONTestSupport.keys(root) == ["documents", "schema"])
        #expect(root["schema"] as? String == "factdesk.findings/1")
        let documents = try #require(root["documents"] as? [[String: Any]])
        let document = try #require(documents.first)
        #expect(JSONTestSupport.keys(document) == ["findings", "language", "path", "published", "summary"])
        #expect(document["path"] as? String == "drafts/interpol.md")
        #expect(document["language"] as? String == "fr")
        #expect(document["published"] as? String == "2025-11-24")
        #expect(try JSONTestSupport.compact(document["summary"]!) == #"{"error":1,"info":1,"warning":1}"#)

        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 3)
        let finding = findings[1]
        #expect(
            JSONTestSupport.keys(finding) == [
                "checker", "evidence", "id", "message", "quote", "rule", "severity", "span", "status", "suggestions",
            ])
        #expect(finding["id"] as? String == Fixtures.frenchReport.findings[1].id)
        #expect(try JSONTestSupport.compact(finding["span"]!) == #"{"column":18,"end":123,"line":2,"start":107}"#)
        #expect(JSONTestSupport.keys(finding["quote"]) == ["exact", "prefix", "suffix"])
        #expect(
            try JSONTestSupport.compact(finding["evidence"]!)
                == #"[{"source":"https://www.interpol.int/","statement":"member-countries = 196"}]"#)
        #expect(try JSONTestSupport.compact(finding["suggestions"]!) == #"["196 pays membres"]"#)
        #expect(finding["severity"] as? String == "warning")
        #expect(finding["status"] as? String == "open")
    }

    @Test("reads back what it writes")
    func roundTrip() throws {
        var report = Fixtures.frenchReport
        report.findings[2].status = .accepted
        let written = FindingsJSON(reports: [report, Fixtures.report(path: "-", text: "Un mot.", flagging: "mot")])
        let read = try JSONDecoder().decode(FindingsJSON.self, from: Data(try written.rendered().utf8))
        #expect(read == written)
        #expect(read.documents[0].findings == report.findings)
        // The summary counts open findings; the accepted info is counted apart.
        #expect(read.documents[0].summary == SeverityCounts(error: 1, warning: 1, info: 0, accepted: 1))
    }

    @Test("rejects another schema")
    func otherSchema() {
        let json = #"{"schema": "factdesk.findings/2", "documents": []}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(FindingsJSON.self, from: Data(json.utf8))
        }
    }
}
